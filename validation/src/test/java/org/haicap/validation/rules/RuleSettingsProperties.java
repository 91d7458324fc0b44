package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Severity;

/** Any parameters written as settings read back to the same settings, onto any base. */
class RuleSettingsProperties {

    private static final List<UnitCode> UNITS = List.of(UnitCode.of("00004"), UnitCode.of("00070"), UnitCode.of("00082"));

    @Property(tries = 200)
    void writtenSettingsReadBack(@ForAll("parameters") RuleParameters p, @ForAll("parameters") RuleParameters base) {
        String json = RuleSettings.toJson(p);
        RuleParameters back = RuleSettings.parse(json, "p.json", base);
        assertEquals(json, RuleSettings.toJson(back));
        for (UnitCode u : UNITS) {
            assertEquals(p.committeeViceChairs(u), back.committeeViceChairs(u));
            assertEquals(p.hdndChair().arrangementFor(u), back.hdndChair().arrangementFor(u));
        }
        assertEquals(p.severityOverrides(), back.severityOverrides());
        assertEquals(p.staffing(), back.staffing());
    }

    @Provide
    Arbitrary<RuleParameters> parameters() {
        Arbitrary<Integer> vice = Arbitraries.integers().between(0, 10);
        Arbitrary<HdndChairArrangement> chair = Arbitraries.of(HdndChairArrangement.class);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2025, 7, 1).plusDays(d));
        Arbitrary<RuleParameters.Builder> start = Combinators.combine(chair, vice, vice.optional(), chair.optional(),
                Arbitraries.integers().between(1, 100).map(n -> n / 10.0), date, date,
                Arbitraries.integers().between(1, 100)).as((c, v, vu, cu, avg, from, end, small) -> {
                    RuleParameters.Builder b = RuleParameters.builder()
                            .hdndChair(org.haicap.core.people.HdndChairSettings.uniform(c))
                            .committeeViceChairs(v).provinceViceChairAverage(avg, from).overQuotaToleranceEnd(end)
                            .executiveCommitteeCaps(small, small + 10, 1 + small % 5);
                    vu.ifPresent(n -> b.committeeViceChairs(UNITS.get(n % 3), n));
                    cu.ifPresent(a -> b.hdndChair(org.haicap.core.people.HdndChairSettings.uniform(c).with(UNITS.get(1), a)));
                    return b;
                });
        return Combinators.combine(start, Arbitraries.integers().between(0, 50), Arbitraries.integers().between(1, 100),
                Arbitraries.integers().between(0, 24), Arbitraries.of(DueDateBasis.class),
                Arbitraries.of(Severity.class).optional(), Arbitraries.integers().between(1, 12),
                Arbitraries.of(true, false)).as((b, min, members, months, due, sev, unpaid, flag) -> {
                    b.standingCommittee(min, Math.max(min, 1) + 5).minimumFullMembers(members)
                            .basicCommitteeThreshold(members + 1).secretaryGracePeriod(Period.ofMonths(months))
                            .timelinessDueDate(due).cellCommittee(members + 1, members).unpaidFeeMonths(unpaid)
                            .staffing(new StaffingParameters(members, flag, !flag));
                    sev.ifPresent(s -> b.severity("vn.party.cell-committee", s));
                    return b.build();
                });
    }
}
