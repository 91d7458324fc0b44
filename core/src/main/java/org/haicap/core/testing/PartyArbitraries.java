package org.haicap.core.testing;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Committee;
import org.haicap.core.party.CommitteeId;
import org.haicap.core.party.Congress;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.FeeReduction;
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Seal;
import org.haicap.core.party.SealId;
import org.haicap.core.party.Term;
import org.haicap.core.party.WageRegion;

/**
 * jqwik generators of valid party organisations, terms, congresses, seals and party-fee inputs
 * (org.haicap.core.party) for users' own property-based tests. Every value generated passes the
 * type's checks. Needs jqwik on the class path. This class is stateless and thread-safe.
 */
public final class PartyArbitraries {
    private PartyArbitraries() {
    }

    /** Organisation ids such as {@code ORG-12}. */
    public static Arbitrary<PartyOrganisationId> organisationIds() {
        return Arbitraries.integers().between(0, 999_999).map(n -> new PartyOrganisationId("ORG-" + n));
    }

    /** Party organisations of any kind with 0–300 full and 0–30 probationary members. */
    public static Arbitrary<PartyOrganisation> organisations() {
        return Combinators.combine(organisationIds(), Arbitraries.of(PartyOrganisation.Kind.class),
                Arbitraries.of("Đảng bộ phường Ba Đình", "Chi bộ thôn Đông", "Đảng bộ xã Phúc Thọ",
                        "Chi bộ Trường Tiểu học Kim Liên"),
                organisationIds().optional(), PeopleArbitraries.unitCodes(),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 30))
                .as((id, kind, name, parent, unit, full, prob) -> new PartyOrganisation(id, kind, name,
                        parent.filter(p -> !p.equals(id)), unit, full, prob));
    }

    /** Terms of 2 to 5 years starting 2000–2040. */
    public static Arbitrary<Term> terms() {
        return Combinators.combine(Arbitraries.integers().between(2000, 2040), Arbitraries.integers().between(2, 5))
                .as((s, n) -> Term.of(s, s + n));
    }

    /** Congress dates of 1–3 days. */
    public static Arbitrary<Congress.Dates> congressDates() {
        return Combinators.combine(PeopleArbitraries.dates(), Arbitraries.integers().between(0, 2))
                .as((d, n) -> new Congress.Dates(d, d.plusDays(n)));
    }

    /** Congresses, some registered, held, pilot or with a report status. */
    public static Arbitrary<Congress> congresses() {
        return Combinators.combine(Arbitraries.integers().between(0, 999_999).map(n -> new CongressId("DH-" + n)),
                organisationIds(), terms(), Arbitraries.integers().between(1, 30), congressDates().optional(),
                Arbitraries.of(true, false), congressDates().optional(),
                Arbitraries.of(Congress.ReportDraftStatus.class).optional())
                .as((id, org, term, ordinal, reg, pilot, held, report) -> new Congress(id, org, term, ordinal, reg,
                        pilot, held, true, report));
    }

    /** Seals in any state; the issue date never precedes the request date. */
    public static Arbitrary<Seal> seals() {
        return Combinators.combine(Arbitraries.integers().between(0, 999_999).map(n -> new SealId("SEAL-" + n)),
                organisationIds(), Arbitraries.of(Seal.Purpose.class), PeopleArbitraries.dates().optional(),
                Arbitraries.integers().between(0, 120).optional())
                .as((id, owner, purpose, requested, days) -> new Seal(id, owner, purpose, requested,
                        days.flatMap(d -> requested.map(r -> r.plusDays(d)))));
    }

    /** Committees of any kind with 1–33 planned seats and 0–2 seat posts. */
    public static Arbitrary<Committee> committees() {
        return Combinators.combine(Arbitraries.integers().between(0, 999_999).map(n -> new CommitteeId("C-" + n)),
                organisationIds(), Arbitraries.of(Committee.Kind.class), terms(), Arbitraries.integers().between(1, 33),
                PeopleArbitraries.postIds().set().ofMaxSize(2))
                .as(Committee::new);
    }

    /**
     * Party-fee rules with a QĐ 342 fixed amount in 2,000–30,000 đ, rounding to 1, 100 or 1,000 đ
     * with HALF_UP, HALF_EVEN, DOWN or CEILING, and either setting of the QĐ 342 50-year exemption.
     */
    public static Arbitrary<PartyFeeRules> feeRules() {
        return Combinators.combine(Arbitraries.longs().between(2_000, 30_000).map(Vnd::of),
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING),
                Arbitraries.of(1L, 100L, 1_000L), Arbitraries.of(true, false))
                .as((fixed, mode, unit, fifty) -> PartyFeeRules.defaults().withLegacyFixedAmount(fixed)
                        .withRounding(mode, unit).withLegacyFiftyYearExemption(fifty));
    }

    /** Months whose fees haicap computes: April 2011 to December 2032. */
    public static Arbitrary<YearMonth> feeMonths() {
        return Arbitraries.integers().between(0, (2032 - 2011) * 12 + 8).map(n -> YearMonth.of(2011, 4).plusMonths(n));
    }

    /** Minimum-wage regions. */
    public static Arbitrary<WageRegion> wageRegions() {
        return Arbitraries.of(WageRegion.class);
    }

    /** Member situations the rules support (never {@link MemberSituation.Abroad}); amounts up to 200 million đ. */
    public static Arbitrary<MemberSituation> memberSituations() {
        Arbitrary<Vnd> money = Arbitraries.longs().between(0, 200_000_000).map(Vnd::of);
        return Arbitraries.oneOf(
                money.map(MemberSituation.CompulsoryInsurance::new),
                money.map(MemberSituation.SicknessOrMaternityBenefit::new),
                money.map(MemberSituation.Pensioner::new),
                Arbitraries.of(true, false).map(MemberSituation.NotInsured::new),
                Arbitraries.just(new MemberSituation.Student()));
    }

    /** Reductions of 30, 50 or 70 % for 1–12 months. */
    public static Arbitrary<FeeReduction> feeReductions() {
        return Combinators.combine(Arbitraries.of(30, 50, 70), feeMonths(), Arbitraries.integers().between(1, 12))
                .as(FeeReduction::of);
    }

    /** Fee bases with a region always set, sometimes an admission date, exemption or reduction. */
    public static Arbitrary<PartyFeeBasis> feeBases() {
        return Combinators.combine(memberSituations(), wageRegions(),
                PartyArbitraries.admissionDates().optional(), Arbitraries.of(false, false, false, true),
                Arbitraries.of(false, false, false, true), feeReductions().optional())
                .as((s, r, admitted, social, hardship, reduction) -> new PartyFeeBasis(s, Optional.of(r), admitted,
                        social, hardship, reduction));
    }

    private static Arbitrary<java.time.LocalDate> admissionDates() {
        return Arbitraries.longs().between(java.time.LocalDate.of(1945, 1, 1).toEpochDay(),
                java.time.LocalDate.of(2025, 12, 31).toEpochDay()).map(java.time.LocalDate::ofEpochDay);
    }
}
