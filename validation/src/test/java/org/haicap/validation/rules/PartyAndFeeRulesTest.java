package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Committee;
import org.haicap.core.party.CommitteeId;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.party.FeeBasisKind;
import org.haicap.core.party.FeeExemption;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Seal;
import org.haicap.core.party.SealId;
import org.haicap.core.party.Term;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Measure;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** For each party-organisation and party-fee rule of DOMAIN.md §2–3 a passing and a failing case. */
class PartyAndFeeRulesTest {
    private static final UnitCode UNIT = UnitCode.of("00004");
    private static final PartyOrganisationId COMMUNE = PartyOrganisationId.of("DU-1");
    private static final PartyOrganisationId BASIC = PartyOrganisationId.of("DB-1");
    private static final PartyOrganisationId SUB = PartyOrganisationId.of("CB-1");
    private static final PartyOrganisationId SMALL = PartyOrganisationId.of("CB-2");
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);

    private static Dataset dataset(List<Seal> seals, List<Committee> committees, List<Person> people) {
        List<PartyOrganisation> orgs = List.of(
                PartyOrganisation.of(COMMUNE, Kind.COMMUNE_PARTY_COMMITTEE, "Đảng bộ phường Ba Đình", UNIT, 400, 5),
                PartyOrganisation.of(BASIC, Kind.BASIC_PARTY_COMMITTEE, "Đảng bộ cơ sở mẫu", UNIT, 60, 2).withParent(COMMUNE),
                PartyOrganisation.of(SUB, Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc mẫu", UNIT, 12, 0).withParent(BASIC),
                PartyOrganisation.of(SMALL, Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc nhỏ", UNIT, 8, 1)
                        .withParent(BASIC));
        return Dataset.builder(DatasetInfo.of("t", AS_OF)).units(List.of(UNIT)).organisations(orgs).seals(seals)
                .committees(committees).people(people).build();
    }

    private static Seal seal(String id, PartyOrganisationId owner) {
        return Seal.preparing(SealId.of(id), owner, Seal.Purpose.ORGANISATION).requested(LocalDate.of(2025, 7, 8));
    }

    private static Committee chiUy(String id, PartyOrganisationId org, int seats) {
        return new Committee(CommitteeId.of(id), org, Committee.Kind.CELL_COMMITTEE, Term.of(2025, 2030), seats, Set.of());
    }

    private static ValidationResult validate(Dataset ds) {
        return DatasetValidator.standard().validate(ds, AS_OF);
    }

    @Test
    @RuleCase(value = "vn.party.seal-entitlement", outcome = RuleCase.Outcome.PASSES)
    @DisplayName("seals [P]: a basic organisation's and the commune committee's seals pass")
    void sealsOfEntitledOrganisations() {
        ValidationResult r = validate(dataset(List.of(seal("S-1", BASIC), seal("S-2", COMMUNE)), List.of(), List.of()));
        assertEquals(0, r.count(Rules.PARTY_SEAL_ENTITLEMENT.id()));
        assertEquals(new Measure(2, 2), r.measure(Rules.PARTY_SEAL_ENTITLEMENT.id()).orElseThrow());
    }

    @Test
    @RuleCase(value = "vn.party.seal-entitlement", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("seals [P]: a chi bộ trực thuộc's seal is a warning at the seal's owner; an unknown owner an error")
    void sealOfASubordinateCell() {
        ValidationResult r = validate(dataset(List.of(seal("S-1", BASIC), seal("S-2", SUB), seal("S-3",
                PartyOrganisationId.of("X-9"))), List.of(), List.of()));
        List<Finding> f = r.findings(Rules.PARTY_SEAL_ENTITLEMENT.id());
        assertEquals(2, f.size());
        Finding sub = f.stream().filter(x -> x.location().key().equals("S-2")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, sub.severity());
        assertEquals("$.seals[1].owner", sub.location().path());
        assertTrue(sub.messageEn().contains("Subordinate party cell"), sub.messageEn());
        assertTrue(sub.messageVi().contains("Chi bộ trực thuộc"), sub.messageVi());
        assertTrue(sub.citedRegulation().orElseThrow().endsWith("[P]"));
        Finding unknown = f.stream().filter(x -> x.location().key().equals("S-3")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, unknown.severity());
        assertEquals(new Measure(1, 3), r.measure(Rules.PARTY_SEAL_ENTITLEMENT.id()).orElseThrow());
    }

    @Test
    @RuleCase(value = "vn.party.cell-committee", outcome = RuleCase.Outcome.PASSES)
    @DisplayName("QĐ 29-QĐ/TW item 24: a chi ủy of 7 in a chi bộ of 12 full members passes")
    void cellCommitteeWithinTheRules() {
        ValidationResult r = validate(dataset(List.of(), List.of(chiUy("CU-1", SUB, 7)), List.of()));
        assertEquals(0, r.count(Rules.PARTY_CELL_COMMITTEE.id()));
        assertEquals(new Measure(1, 1), r.measure(Rules.PARTY_CELL_COMMITTEE.id()).orElseThrow());
    }

    @Test
    @RuleCase(value = "vn.party.cell-committee", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("QĐ 29-QĐ/TW item 24: a chi ủy of 8, a chi ủy in a chi bộ of 8 full members, and one of a đảng bộ are errors")
    void cellCommitteeBreakingTheRules() {
        ValidationResult r = validate(dataset(List.of(), List.of(chiUy("CU-1", SUB, 8), chiUy("CU-2", SMALL, 3),
                chiUy("CU-3", BASIC, 5)), List.of()));
        List<Finding> f = r.findings(Rules.PARTY_CELL_COMMITTEE.id());
        assertEquals(3, f.size(), r.summary(Locale.ENGLISH));
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
        assertEquals(Set.of("$.committees[0].plannedSeats", "$.committees[1].organisation", "$.committees[2].organisation"),
                Set.copyOf(f.stream().map(x -> x.location().path()).toList()));
        assertTrue(f.stream().anyMatch(x -> x.messageEn().contains("8 full members, fewer than 9")));
        assertEquals(new Measure(0, 3), r.measure(Rules.PARTY_CELL_COMMITTEE.id()).orElseThrow());
        RuleParameters wider = RuleParameters.builder().cellCommittee(9, 9).build();
        assertEquals(2, DatasetValidator.of(wider).validate(dataset(List.of(), List.of(chiUy("CU-1", SUB, 8),
                chiUy("CU-2", SMALL, 3), chiUy("CU-3", BASIC, 5)), List.of()), AS_OF).count(Rules.PARTY_CELL_COMMITTEE.id()));
    }

    @Test
    @DisplayName("the new parameters keep their values through toBuilder and refuse values out of range")
    void parameters() {
        RuleParameters p = RuleParameters.builder().cellCommittee(10, 5).unpaidFeeMonths(2).build().toBuilder().build();
        assertEquals(10, p.cellCommitteeThreshold());
        assertEquals(5, p.cellCommitteeMax());
        assertEquals(2, p.unpaidFeeMonths());
        assertEquals(9, RuleParameters.defaults().cellCommitteeThreshold());
        assertEquals(7, RuleParameters.defaults().cellCommitteeMax());
        assertEquals(3, RuleParameters.defaults().unpaidFeeMonths());
        org.junit.jupiter.api.Assertions.assertThrows(InvalidParameterException.class,
                () -> RuleParameters.builder().unpaidFeeMonths(13));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidParameterException.class,
                () -> RuleParameters.builder().cellCommittee(1, 7));
    }

    // ---- party fees ----

    private static final long SALARY = 6_543_210;

    private static List<Person> members(int n) {
        List<Person> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Person.of(PersonId.of("DV-" + i), "Đảng viên Mẫu " + i));
        }
        return out;
    }

    private static Payment paid(String member, YearMonth month, long amount) {
        return Payment.partyFee("P-" + member + "-" + month, member, month, SUB.value(), Vnd.of(amount),
                PaymentChannel.ONLINE_PORTAL, PaymentStatus.SUCCEEDED, LocalDateTime.of(2025, 7, 2, 9, 0),
                Optional.of("R-" + member + "-" + month));
    }

    private static ValidationResult payments(FeeBases bases, List<Payment> ps) {
        RuleParameters p = RuleParameters.builder().feeBasis(FeeBasisLookup.of(bases)).build();
        PaymentCheck c = PaymentCheck.of(dataset(List.of(), List.of(), members(4)), p);
        for (int i = 0; i < ps.size(); i++) {
            c.accepted(ps.get(i), SourceLocation.of("payments.jsonl", i + 1, 1));
        }
        return c.result();
    }

    @Test
    @RuleCase(value = "vn.party-fee.unpaid-months", outcome = RuleCase.Outcome.PASSES)
    @DisplayName("Điều lệ Đảng, Điều 8: two unpaid months in the year pass; an exempt member owes nothing")
    void fewerThanThreeUnpaidMonths() {
        YearMonth from = YearMonth.of(2025, 2);
        FeeBases bases = FeeBases.of(List.of(FeeBasisEntry.salary("DV-1", SALARY, from),
                new FeeBasisEntry("DV-2", FeeBasisKind.PENSION, Optional.of(Vnd.of(3_000_000)), Optional.empty(),
                        Optional.empty(), Optional.empty(), Set.of(FeeExemption.HARDSHIP), Optional.empty(), from,
                        Optional.empty())));
        List<Payment> ps = new ArrayList<>();
        for (int m = 2; m <= 4; m++) {
            ps.add(paid("DV-1", YearMonth.of(2025, m), 65_432));
        }
        ValidationResult r = payments(bases, ps);
        assertEquals(0, r.count(Rules.PARTY_FEE_UNPAID_MONTHS.id()), r.summary(Locale.ENGLISH));
        assertEquals(new Measure(2, 2), r.measure(Rules.PARTY_FEE_UNPAID_MONTHS.id()).orElseThrow());
        assertEquals(new Measure(3, 3), r.measure(Rules.PAYMENT_PARTY_FEE.id()).orElseThrow());
    }

    @Test
    @RuleCase(value = "vn.party-fee.unpaid-months", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Điều lệ Đảng, Điều 8: three unpaid months are a warning for review naming member and months, as of the dataset date")
    void threeUnpaidMonths() {
        FeeBases bases = FeeBases.of(List.of(FeeBasisEntry.salary("DV-1", SALARY, YearMonth.of(2024, 10)),
                FeeBasisEntry.salary("DV-3", SALARY, YearMonth.of(2025, 7))));
        List<Payment> ps = List.of(paid("DV-1", YearMonth.of(2025, 1), 65_432), paid("DV-1", YearMonth.of(2025, 3), 65_432),
                paid("DV-1", YearMonth.of(2025, 5), 65_432));
        ValidationResult r = payments(bases, ps);
        List<Finding> f = r.findings(Rules.PARTY_FEE_UNPAID_MONTHS.id());
        assertEquals(1, f.size(), r.summary(Locale.ENGLISH));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("DV-1", f.get(0).location().key());
        assertTrue(f.get(0).messageEn().contains("3 months (2025-02, 2025-04, 2025-06) as of 2025-07-15"), f.get(0).messageEn());
        assertTrue(f.get(0).messageVi().contains("DV-1"), f.get(0).messageVi());
        // DV-3 starts in the month of the date: nothing is judged for them yet
        assertEquals(new Measure(0, 1), r.measure(Rules.PARTY_FEE_UNPAID_MONTHS.id()).orElseThrow());
        RuleParameters lenient = RuleParameters.builder().feeBasis(FeeBasisLookup.of(bases)).unpaidFeeMonths(4).build();
        PaymentCheck c = PaymentCheck.of(dataset(List.of(), List.of(), members(4)), lenient);
        ps.forEach(p -> c.accepted(p, SourceLocation.of("p", 1, 1)));
        assertEquals(0, c.result().count(Rules.PARTY_FEE_UNPAID_MONTHS.id()));
    }

    @Test
    @DisplayName("pieces of a payment stream merge their paid months")
    void piecesMerge() {
        FeeBases bases = FeeBases.of(List.of(FeeBasisEntry.salary("DV-1", SALARY, YearMonth.of(2025, 1))));
        RuleParameters p = RuleParameters.builder().feeBasis(FeeBasisLookup.of(bases)).build();
        Dataset ds = dataset(List.of(), List.of(), members(1));
        PaymentCheck a = PaymentCheck.of(ds, p);
        PaymentCheck b = PaymentCheck.of(ds, p);
        for (int m = 1; m <= 6; m++) {
            (m % 2 == 0 ? a : b).accepted(paid("DV-1", YearMonth.of(2025, m), 65_432), SourceLocation.of("p", m, 1));
        }
        assertEquals(0, a.merge(b).result().count(Rules.PARTY_FEE_UNPAID_MONTHS.id()));
    }

    @Test
    @DisplayName("no output shows a salary in full: findings, summaries, the lookup and the parameters")
    void salariesAreMaskedInEveryOutput() {
        FeeBases bases = FeeBases.of(List.of(FeeBasisEntry.salary("DV-1", SALARY, YearMonth.of(2025, 1))));
        ValidationResult r = payments(bases, List.of(paid("DV-1", YearMonth.of(2025, 6), 65_000)));
        assertEquals(1, r.count(Rules.PAYMENT_PARTY_FEE.id()));
        assertEquals(1, r.count(Rules.PARTY_FEE_UNPAID_MONTHS.id()));
        String all = r.summary(Locale.ENGLISH, 100) + r.summary(Locale.forLanguageTag("vi"), 100) + r
                + FeeBasisLookup.of(bases) + bases + bases.entries() + bases.basis("DV-1", YearMonth.of(2025, 6));
        for (Finding f : r.sampledFindings()) {
            all += f.format(Locale.ENGLISH) + f.format(Locale.forLanguageTag("vi")) + f;
        }
        for (String shown : List.of("6543210", "6.543.210", "6,543,210")) {
            assertFalse(all.contains(shown), all);
        }
    }
}
