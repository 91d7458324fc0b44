package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.HdndChairSettings;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Measure;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.haicap.validation.testing.ValidCommuneArbitraries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** For each staffing-gap rule a passing and a failing case, named by the regulation it encodes. */
class StaffingGapRulesTest {

    private final ValidCommune commune = Fixture.commune();
    private final Dataset valid = commune.dataset();
    private final LocalDate asOf = LocalDate.of(2025, 12, 1);
    private final RuleParameters params = commune.parameters();
    private final String unit = commune.unit().value();

    private ValidationResult run(Dataset ds) {
        return DatasetValidator.of(params).validate(ds, asOf);
    }

    private ValidationResult run(Consumer<Fixture.Lists> change) {
        return run(Fixture.change(valid, change));
    }

    private static Measure measure(ValidationResult r, RuleInfo rule) {
        return r.measure(rule.id()).orElseThrow(() -> new AssertionError("no measure: " + rule.id()));
    }

    @Test
    @RuleCase(value = {
            "vn.dataset.unit-exists", "vn.commune.vacancy.council-chair", "vn.commune.vacancy.committee-chair",
            "vn.commune.executive-committee-seats", "vn.commune.standing-committee-seats",
            "vn.commune.executive-committee-appointed", "vn.commune.standing-committee-appointed",
            "vn.commune.leaders-in-standing", "vn.commune.council-standing-outside-committee",
            "vn.commune.vacancy.declared-post"}, outcome = RuleCase.Outcome.PASSES)
    @DisplayName("the valid commune passes every staffing-gap rule, each with a complete measure")
    void validPasses() {
        ValidationResult r = run(valid);
        assertEquals(Map.of(), Fixture.counts(r));
        for (RuleInfo rule : List.of(Rules.DATASET_UNIT_EXISTS, Rules.COMMUNE_VACANCY_COUNCIL_CHAIR,
                Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR, Rules.COMMUNE_EXECUTIVE_SEATS, Rules.COMMUNE_STANDING_SEATS,
                Rules.COMMUNE_EXECUTIVE_APPOINTED, Rules.COMMUNE_STANDING_APPOINTED, Rules.COMMUNE_LEADERS_IN_STANDING,
                Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE)) {
            Measure m = measure(r, rule);
            assertTrue(m.complete() && m.total() > 0, rule.id() + " " + m);
        }
        assertEquals(new Measure(11, 11), measure(r, Rules.COMMUNE_STANDING_SEATS));
    }

    @Test
    @RuleCase(value = "vn.dataset.unit-exists", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Luật 72/2025/QH15: a listed unit the catalogue does not have is an error, and no other rule judges it")
    void unknownUnit() {
        ValidationResult r = run(l -> l.units.add(UnitCode.of("99998")));
        Finding f = r.findings(Rules.DATASET_UNIT_EXISTS.id()).get(0);
        assertEquals(1, r.count(Rules.DATASET_UNIT_EXISTS.id()));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("99998", f.location().key());
        assertEquals("$.units[1]", f.location().path());
        assertTrue(f.messageEn().contains("unit 99998 is not in the catalogue"), f.messageEn());
        assertEquals(new Measure(1, 2), measure(r, Rules.DATASET_UNIT_EXISTS));
        // before, 99998 drew vacancy errors (no Bí thư, …) and was never said not to exist
        for (Finding other : r.sampledFindings()) {
            assertEquals(Rules.DATASET_UNIT_EXISTS.id(), other.ruleId(), other.toString());
        }
        assertEquals(new Measure(1, 1), measure(r, Rules.COMMUNE_SECRETARY));
        assertEquals(1, r.count(Severity.ERROR));
    }

    @Test
    @DisplayName("Luật 72/2025/QH15: on a dataset date before 1/7/2025 no commune-level unit exists yet")
    void unitBeforeTheReform() {
        Dataset early = Fixture.change(valid, l -> { });
        early = Dataset.builder(DatasetInfo.of(valid.info().name(), LocalDate.of(2025, 6, 30))).units(early.units())
                .people(early.people()).posts(early.posts()).appointments(early.appointments()).build();
        ValidationResult r = run(early);
        assertEquals(new Measure(0, 1), measure(r, Rules.DATASET_UNIT_EXISTS));
        assertTrue(r.findings(Rules.DATASET_UNIT_EXISTS.id()).get(0).messageVi().contains("2025-06-30"));
    }

    @Test
    @RuleCase(value = "vn.commune.vacancy.council-chair", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a vacant Chủ tịch HĐND is an error, though the arrangement rule still passes")
    void councilChairVacant() {
        ValidationResult r = run(l -> l.removeRole(PostRole.COUNCIL_CHAIR));
        assertEquals(Map.of(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id(), 1L), Fixture.counts(r));
        Finding f = r.findings(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id()).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(unit, f.location().key());
        assertTrue(f.messageVi().contains("chưa có Chủ tịch HĐND"), f.messageVi());
        assertEquals(new Measure(0, 1), measure(r, Rules.COMMUNE_VACANCY_COUNCIL_CHAIR));
        assertEquals(new Measure(1, 1), measure(r, Rules.COMMUNE_COUNCIL_CHAIR));
    }

    @Test
    @DisplayName("Chỉ thị 45-CT/TW: a chair held by nobody, where the HĐND chair is configured as separate, is an error too")
    void councilChairVacantSeparate() {
        RuleParameters separate = params.toBuilder().hdndChair(HdndChairSettings.uniform(HdndChairArrangement.SEPARATE))
                .build();
        ValidationResult r = DatasetValidator.of(separate).validate(Fixture.change(valid, l -> {
            l.removeRole(PostRole.COUNCIL_CHAIR);
            l.removeRole(PostRole.SECRETARY);
        }), asOf);
        assertEquals(1, r.rules().get(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id()).errors());
    }

    @Test
    @RuleCase(value = "vn.commune.vacancy.committee-chair", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Luật 72/2025/QH15: a vacant Chủ tịch UBND is an error; the arrangement rule still passes")
    void committeeChairVacant() {
        ValidationResult r = run(l -> l.removeRole(PostRole.COMMITTEE_CHAIR));
        assertEquals(Map.of(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id(), 1L), Fixture.counts(r));
        Finding f = r.findings(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id()).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.messageEn().contains("has no People's Committee Chair"), f.messageEn());
        assertEquals(new Measure(0, 1), measure(r, Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR));
        assertEquals(new Measure(1, 1), measure(r, Rules.COMMUNE_COMMITTEE_CHAIR));
    }

    @Test
    @DisplayName("one vacancy, one error: a chair vacant with its concurrent party post is an INFO naming that post's rule")
    void chairVacantWithItsPartyPost() {
        ValidationResult r = run(l -> {
            l.removeRole(PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR);
            l.removeRole(PostRole.COMMITTEE_CHAIR);
        });
        Finding f = r.findings(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id()).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.messageEn().contains(Rules.COMMUNE_DEPUTY_SECRETARIES.id()), f.messageEn());
        assertEquals(new Measure(0, 1), measure(r, Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR));
        assertEquals(1, r.count(Severity.ERROR));
    }

    @Test
    @RuleCase(value = "vn.commune.executive-committee-seats", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: vacant Ban Chấp hành seats are a warning; the measure counts seats")
    void executiveSeats() {
        int cap = valid.posts().stream().filter(p -> p.role() == PostRole.EXECUTIVE_COMMITTEE_MEMBER).findFirst()
                .orElseThrow().seats();
        // P010, P011 and P012 hold no other post
        ValidationResult r = run(l -> l.appointments.removeIf(a -> a.id().value().matches(".*-A-BCH1[0-2]")));
        Finding f = r.findings(Rules.COMMUNE_EXECUTIVE_SEATS.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains((cap - 3) + "/" + cap + " Executive Committee seats filled, 3 vacant"),
                f.messageEn());
        assertEquals(new Measure(cap - 3, cap), measure(r, Rules.COMMUNE_EXECUTIVE_SEATS));
        assertEquals(0, r.count(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id()));
    }

    @Test
    @RuleCase(value = "vn.commune.standing-committee-seats", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: vacant Ban Thường vụ seats are a warning; the measure counts seats")
    void standingSeats() {
        ValidationResult r = run(l -> l.appointments.removeIf(a -> a.id().value().endsWith("-A-BTV11")));
        assertEquals(Map.of(Rules.COMMUNE_STANDING_SEATS.id(), 1L), Fixture.counts(r));
        assertTrue(r.findings(Rules.COMMUNE_STANDING_SEATS.id()).get(0).messageVi()
                .contains("10/11 chỗ Ban Thường vụ có người, còn trống 1 chỗ"));
        assertEquals(new Measure(10, 11), measure(r, Rules.COMMUNE_STANDING_SEATS));
    }

    @Test
    @RuleCase(value = "vn.commune.executive-committee-appointed", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: fewer than 27 appointed Ban Chấp hành members is a warning (minimum a parameter)")
    void executiveAppointed() {
        int cap = valid.posts().stream().filter(p -> p.role() == PostRole.EXECUTIVE_COMMITTEE_MEMBER).findFirst()
                .orElseThrow().seats();
        ValidationResult r = run(l -> {
            for (int i = 27; i <= cap; i++) {
                String id = unit + "-A-BCH" + i;
                l.appointments.removeIf(a -> a.id().value().equals(id));
            }
        });
        Finding f = r.findings(Rules.COMMUNE_EXECUTIVE_APPOINTED.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("has 26 appointed Executive Committee members, fewer than 27"), f.messageEn());
        assertEquals(new Measure(0, 1), measure(r, Rules.COMMUNE_EXECUTIVE_APPOINTED));
        RuleParameters lower = params.toBuilder()
                .staffing(StaffingParameters.defaults().withExecutiveCommitteeMinimum(26)).build();
        ValidationResult ok = DatasetValidator.of(lower).validate(Fixture.change(valid, l -> {
            for (int i = 27; i <= cap; i++) {
                String id = unit + "-A-BCH" + i;
                l.appointments.removeIf(a -> a.id().value().equals(id));
            }
        }), asOf);
        assertEquals(0, ok.count(Rules.COMMUNE_EXECUTIVE_APPOINTED.id()));
        assertEquals(new Measure(1, 1), measure(ok, Rules.COMMUNE_EXECUTIVE_APPOINTED));
        assertThrows(InvalidParameterException.class, () -> StaffingParameters.defaults().withExecutiveCommitteeMinimum(0));
    }

    @Test
    @RuleCase(value = "vn.commune.standing-committee-appointed", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: fewer than 9 appointed Ban Thường vụ members is a warning")
    void standingAppointed() {
        ValidationResult nine = run(l -> l.appointments.removeIf(a -> a.id().value().matches(".*-A-BTV1[01]")));
        assertEquals(0, nine.count(Rules.COMMUNE_STANDING_APPOINTED.id()));
        ValidationResult eight = run(l -> l.appointments.removeIf(a -> a.id().value().matches(".*-A-BTV(9|1[01])")));
        Finding f = eight.findings(Rules.COMMUNE_STANDING_APPOINTED.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("has 8 appointed Standing Committee members, fewer than 9"), f.messageEn());
        assertEquals(new Measure(0, 1), measure(eight, Rules.COMMUNE_STANDING_APPOINTED));
        assertEquals(new Measure(8, 11), measure(eight, Rules.COMMUNE_STANDING_SEATS));
    }

    @Test
    @RuleCase(value = "vn.commune.leaders-in-standing", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a Bí thư or Phó Bí thư outside the Ban Thường vụ is a warning")
    void leadersInStanding() {
        // P002 is the Phó Bí thư Thường trực
        ValidationResult r = run(l -> l.appointments.removeIf(a -> a.id().value().endsWith("-A-BTV2")));
        Finding f = r.findings(Rules.COMMUNE_LEADERS_IN_STANDING.id()).get(0);
        assertEquals(1, r.count(Rules.COMMUNE_LEADERS_IN_STANDING.id()));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("$.units[0].person(P002)", f.location().path());
        assertTrue(f.messageVi().contains("Phó Bí thư Thường trực P002 không là ủy viên Ban Thường vụ"), f.messageVi());
        assertEquals(new Measure(0, 1), measure(r, Rules.COMMUNE_LEADERS_IN_STANDING));
    }

    @Test
    @RuleCase(value = "vn.commune.council-standing-outside-committee", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Luật 72/2025/QH15, Điều 29(2) [P]: a Thường trực HĐND member holding a UBND post is a warning, or not checked")
    void councilStandingOutsideCommittee() {
        Consumer<Fixture.Lists> officeToViceChair = l -> {
            l.posts.add(Post.of(PostId.of(unit + "-VP"), commune.unit(), PostRole.OFFICE_CHIEF));
            l.appoint(unit, "VP", "P004");   // P004 is the Phó Chủ tịch HĐND
        };
        ValidationResult r = run(officeToViceChair);
        assertEquals(Map.of(Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE.id(), 1L), Fixture.counts(r));
        Finding f = r.findings(Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Luật 72/2025/QH15, Điều 29(2) [P]", f.regulation());
        assertTrue(f.messageEn().contains("not checked against the official text"), f.messageEn());
        assertEquals(new Measure(0, 1), measure(r, Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE));
        RuleParameters off = params.toBuilder()
                .staffing(StaffingParameters.defaults().withCouncilStandingOutsideCommittee(false)).build();
        ValidationResult unchecked = DatasetValidator.of(off).validate(Fixture.change(valid, officeToViceChair), asOf);
        assertEquals(Map.of(), Fixture.counts(unchecked));
        assertEquals(Optional.empty(), unchecked.measure(Rules.COMMUNE_COUNCIL_STANDING_OUTSIDE_COMMITTEE.id()));
    }

    @Test
    @RuleCase(value = "vn.commune.vacancy.declared-post", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW; QĐ 298-QĐ/TW [P]: a declared Trưởng Công an or Chủ nhiệm UBKT post nobody holds is a warning")
    void declaredPostVacant() {
        ValidationResult none = run(valid);
        assertEquals(new Measure(0, 0), measure(none, Rules.COMMUNE_VACANCY_DECLARED_POST));
        Consumer<Fixture.Lists> declare = l -> {
            l.posts.add(Post.of(PostId.of(unit + "-CA"), commune.unit(), PostRole.POLICE_CHIEF));
            l.posts.add(Post.of(PostId.of(unit + "-UBKT"), commune.unit(), PostRole.INSPECTION_COMMITTEE_CHAIR));
            l.appoint(unit, "UBKT", "P007");
        };
        ValidationResult r = run(declare);
        assertEquals(Map.of(Rules.COMMUNE_VACANCY_DECLARED_POST.id(), 1L), Fixture.counts(r));
        Finding f = r.findings(Rules.COMMUNE_VACANCY_DECLARED_POST.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("$.units[0].post(" + unit + "-CA)", f.location().path());
        assertTrue(f.messageVi().contains("chưa có Trưởng Công an"), f.messageVi());
        assertEquals(new Measure(1, 2), measure(r, Rules.COMMUNE_VACANCY_DECLARED_POST));
        ValidationResult held = run(declare.andThen(l -> l.appoint(unit, "CA", "P008")));
        assertEquals(new Measure(2, 2), measure(held, Rules.COMMUNE_VACANCY_DECLARED_POST));
        assertEquals(Map.of(), Fixture.counts(held));
    }

    @Test
    @DisplayName("Chỉ thị 45-CT/TW [U]: whether partly merged communes count toward the 33-member cap is a parameter")
    void mergedCommuneCounting() {
        AdminUnit split = UnitCatalog.official().units().stream()
                .filter(u -> u.mergedCommuneCount(true) >= 3 && u.mergedCommuneCount(false) < 3).findFirst()
                .orElseThrow();
        ValidCommune c = ValidCommuneArbitraries.example(split.code());
        // the example fills the cap of the default counting: 33 seats
        ValidationResult whole = DatasetValidator.of(c.parameters()).validate(c.dataset(), c.asOf());
        assertEquals(0, whole.count(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id()));
        RuleParameters wholeOnly = c.parameters().toBuilder()
                .staffing(StaffingParameters.defaults().withCountPartlyMergedCommunes(false)).build();
        ValidationResult r = DatasetValidator.of(wholeOnly).validate(c.dataset(), c.asOf());
        Finding f = r.findings(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("has 33 Executive Committee members, above the cap of 27"), f.messageEn());
    }

    @Test
    @DisplayName("a rule's measure never reads all passed while the rule has errors")
    void measuresAgreeWithErrors() {
        List<ValidationResult> results = List.of(
                run(l -> l.removeRole(PostRole.COUNCIL_CHAIR)),
                run(l -> l.removeRole(PostRole.COMMITTEE_CHAIR)),
                run(l -> l.removeRole(PostRole.SECRETARY)),
                run(l -> l.units.add(UnitCode.of("99998"))),
                run(l -> l.appoint(unit, "BCH", "NOBODY")));
        PaymentCheck payments = PaymentCheck.of(valid, params);
        payments.refused(ReadProblem.of(SourceLocation.of("p.jsonl", 3, 1).withPath("$.amount"),
                ReadProblem.Reason.INVALID_VALUE, "số tiền phải lớn hơn 0", "the amount must be positive", "-5"));
        for (var p : commune.payments()) {
            payments.accepted(p, SourceLocation.of("p.jsonl", 4, 1));
        }
        DossierCheck dossiers = DossierCheck.of(valid, params, 5);
        var first = commune.dossiers().get(0);
        dossiers.accepted(first.withDue(first.due().orElseThrow().plusDays(1)), SourceLocation.of("d.jsonl", 2, 1));
        for (var d : commune.dossiers()) {
            dossiers.accepted(d, SourceLocation.of("d.jsonl", 3, 1));
        }
        ValidationResult streams = payments.result().merge(dossiers.result());
        boolean sawStreamError = false;
        List<ValidationResult> all = new java.util.ArrayList<>(results);
        all.add(streams);
        for (ValidationResult r : all) {
            for (ValidationResult.RuleSummary s : r.rules().values()) {
                if (s.errors() > 0 && s.hasMeasure()) {
                    assertFalse(s.measure().complete(), s.ruleId() + ": " + s.errors() + " errors, " + s.measure());
                    sawStreamError |= r == streams;
                }
            }
        }
        assertTrue(sawStreamError);
        // the dossier one day off and the refused payment are the failed items of their rules' measures
        assertEquals(1, streams.measure(Rules.DOSSIER_DUE_DATE.id()).orElseThrow().failed());
        assertEquals(new Measure(commune.payments().size(), commune.payments().size() + 1),
                streams.measure(Rules.PAYMENT_AMOUNT.id()).orElseThrow());
    }
}
