package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.Congress;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Term;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.HdndChairSettings;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** For each dataset rule a passing and a failing case, named by the regulation it encodes. */
class DatasetValidatorTest {

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

    private static Map<String, Long> counts(ValidationResult r) {
        return Fixture.counts(r);
    }

    private static Finding only(ValidationResult r, RuleInfo rule) {
        assertEquals(Map.of(rule.id(), 1L), counts(r), () -> r.summary(java.util.Locale.ENGLISH));
        return r.findings(rule.id()).get(0);
    }

    @Test
    @DisplayName("a record the dataset reader refused is an error finding at its line and path, beside the rules' findings")
    void readResultRefusedRecordsAreFindings() throws Exception {
        byte[] bytes = org.haicap.core.json.DatasetWriter.toBytes(valid);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"fullName\"\\s*:\\s*\"[^\"]*\"", "\"fullName\": 42");
        org.haicap.core.json.DatasetReader.Result read = org.haicap.core.json.DatasetReader.create()
                .read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.json");
        assertEquals(1, read.problems().size());
        ValidationResult r = DatasetValidator.of(params).validate(read, asOf);
        String rule = Rules.read(read.problems().get(0).reason()).id();
        assertEquals(1, r.count(rule));
        Finding f = r.findings(rule).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("x.json", f.location().source());
        assertTrue(f.location().lineNumber().isPresent());
        assertTrue(f.location().path().startsWith("$.people["), f.location().path());
        // the dataset rules still ran on what was read: the refused person's appointments dangle now
        assertTrue(r.count(Rules.APPOINTMENT_PERSON.id()) > 0);
    }

    @Test
    @RuleCase(value = {
            "vn.commune.secretary", "vn.commune.deputy-secretaries", "vn.commune.council-chair",
            "vn.commune.committee-chair", "vn.commune.council-vice-chair", "vn.commune.committee-vice-chairs",
            "vn.province.committee-vice-chair-average", "vn.commune.executive-committee-size",
            "vn.commune.standing-committee-size", "vn.commune.standing-in-executive", "vn.appointment.person",
            "vn.appointment.unit", "vn.appointment.single-seat", "vn.appointment.dates",
            "vn.party.minimum-full-members", "vn.party.basic-kind", "vn.party.parent", "vn.party.congress-term"}, outcome = RuleCase.Outcome.PASSES)
    @DisplayName("the valid commune passes every dataset rule, each with a complete measure")
    void validPasses() {
        ValidationResult r = run(valid);
        assertEquals(Map.of(), counts(r));
        for (RuleInfo rule : new RuleInfo[] {Rules.COMMUNE_SECRETARY, Rules.COMMUNE_DEPUTY_SECRETARIES,
            Rules.COMMUNE_COUNCIL_CHAIR, Rules.COMMUNE_COMMITTEE_CHAIR, Rules.COMMUNE_COUNCIL_VICE_CHAIR,
            Rules.COMMUNE_COMMITTEE_VICE_CHAIRS, Rules.PROVINCE_VICE_CHAIR_AVERAGE, Rules.COMMUNE_EXECUTIVE_COMMITTEE,
            Rules.COMMUNE_STANDING_COMMITTEE, Rules.COMMUNE_STANDING_IN_EXECUTIVE, Rules.APPOINTMENT_PERSON,
            Rules.APPOINTMENT_UNIT, Rules.APPOINTMENT_SINGLE_SEAT, Rules.APPOINTMENT_DATES,
            Rules.PARTY_MINIMUM_MEMBERS, Rules.PARTY_BASIC_KIND, Rules.PARTY_PARENT, Rules.PARTY_CONGRESS_TERM}) {
            var m = r.measure(rule.id()).orElseThrow(() -> new AssertionError("no measure: " + rule.id()));
            assertTrue(m.complete() && m.total() > 0, rule.id() + " " + m);
        }
    }

    @Test
    @RuleCase(value = "vn.commune.secretary", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a unit without a Bí thư is an error, measured 0/1")
    void secretaryMissing() {
        // the Bí thư chairs the HĐND in this commune: the person leaves both posts
        ValidationResult r = run(l -> {
            l.removeRole(PostRole.SECRETARY);
            l.removeRole(PostRole.COUNCIL_CHAIR);
        });
        // one vacancy, one error: the HĐND chair the Bí thư held is an INFO pointing here
        assertEquals(Map.of(Rules.COMMUNE_SECRETARY.id(), 1L, Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id(), 1L), counts(r));
        assertEquals(1, r.count(Severity.ERROR));
        Finding f = r.findings(Rules.COMMUNE_SECRETARY.id()).get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Location.of(valid.info().name()).withKey(unit).withPath("$.units[0]"), f.location());
        assertTrue(f.messageVi().contains("chưa có Bí thư"));
        assertEquals("Chỉ thị 45-CT/TW [C]", f.regulation());
    }

    @Test
    @DisplayName("Chỉ thị 45-CT/TW: within the grace period a missing Bí thư is a warning")
    void secretaryGrace() {
        RuleParameters graced = params.toBuilder().secretaryGracePeriod(Period.ofMonths(6)).build();
        ValidationResult r = DatasetValidator.of(graced).validate(
                Fixture.change(valid, l -> l.removeRole(PostRole.SECRETARY)), LocalDate.of(2025, 7, 15));
        assertEquals(Severity.WARNING, r.findings(Rules.COMMUNE_SECRETARY.id()).get(0).severity());
    }

    @Test
    @DisplayName("Chỉ thị 45-CT/TW: two Bí thư at once is an error")
    void secretaryTwo() {
        ValidationResult r = run(l -> {
            l.posts.add(Post.of(PostId.of(unit + "-SEC2"), commune.unit(), PostRole.SECRETARY));
            l.appoint(unit, "SEC2", "P010");
        });
        assertEquals(1, r.count(Rules.COMMUNE_SECRETARY.id()));
        assertTrue(r.findings(Rules.COMMUNE_SECRETARY.id()).get(0).messageEn().contains("2 Party Secretaries"));
    }

    @Test
    @RuleCase(value = "vn.commune.deputy-secretaries", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a missing Phó Bí thư kiêm Chủ tịch UBND is an error")
    void deputyMissing() {
        ValidationResult r = run(l -> {
            l.removeRole(PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR);
            l.removeRole(PostRole.COMMITTEE_CHAIR);
        });
        assertEquals(Map.of(Rules.COMMUNE_DEPUTY_SECRETARIES.id(), 1L, Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id(), 1L),
                counts(r));
        assertEquals(1, r.count(Severity.ERROR));
        Finding f = r.findings(Rules.COMMUNE_DEPUTY_SECRETARIES.id()).get(0);
        assertEquals("$.units[0].committee-chair", f.location().path());
    }

    @Test
    @DisplayName("Chỉ thị 45-CT/TW, Kết luận 150-KL/TW: a second Phó Bí thư Thường trực is over-quota, a warning until 2030")
    void deputyExcess() {
        ValidationResult r = run(l -> {
            l.posts.add(Post.of(PostId.of(unit + "-SDS2"), commune.unit(), PostRole.STANDING_DEPUTY_SECRETARY));
            l.appoint(unit, "SDS2", "P012");
        });
        // P012 is not on the Ban Thường vụ either
        assertEquals(Map.of(Rules.COMMUNE_DEPUTY_SECRETARIES.id(), 1L, Rules.COMMUNE_LEADERS_IN_STANDING.id(), 1L),
                counts(r));
        Finding f = r.findings(Rules.COMMUNE_DEPUTY_SECRETARIES.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("has 3 Deputy Secretaries"), f.messageEn());
    }

    @Test
    @RuleCase(value = "vn.commune.council-chair", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: the HĐND chair held by someone other than the configured post is a warning")
    void councilChair() {
        RuleParameters standing = params.toBuilder()
                .hdndChair(HdndChairSettings.uniform(HdndChairArrangement.STANDING_DEPUTY_SECRETARY)).build();
        ValidationResult r = DatasetValidator.of(standing).validate(valid, asOf);
        Finding f = only(r, Rules.COMMUNE_COUNCIL_CHAIR);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageVi().contains("Phó Bí thư Thường trực"));
    }

    @Test
    @RuleCase(value = "vn.commune.committee-chair", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a Chủ tịch UBND who is not the Phó Bí thư is a warning")
    void committeeChair() {
        ValidationResult r = run(l -> {
            l.appointments.removeIf(a -> a.post().value().endsWith("-UCH"));
            l.appoint(unit, "UCH", "P010");
        });
        assertEquals(Severity.WARNING, only(r, Rules.COMMUNE_COMMITTEE_CHAIR).severity());
    }

    @Test
    @RuleCase(value = "vn.commune.council-vice-chair", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("NQ 106/2025/UBTVQH15: no Phó Chủ tịch HĐND is an error; two are a warning until 2030 and an error after")
    void councilViceChair() {
        assertEquals(Severity.ERROR, only(run(l -> l.removeRole(PostRole.COUNCIL_VICE_CHAIR)),
                Rules.COMMUNE_COUNCIL_VICE_CHAIR).severity());
        Dataset two = Fixture.change(valid, l -> {
            l.posts.add(Post.of(PostId.of(unit + "-HVC2"), commune.unit(), PostRole.COUNCIL_VICE_CHAIR));
            l.appoint(unit, "HVC2", "P011");
        });
        assertEquals(Severity.WARNING, only(run(two), Rules.COMMUNE_COUNCIL_VICE_CHAIR).severity());
        ValidationResult later = DatasetValidator.of(params).validate(two, LocalDate.of(2030, 7, 1));
        assertEquals(Severity.ERROR, later.findings(Rules.COMMUNE_COUNCIL_VICE_CHAIR.id()).get(0).severity());
    }

    @Test
    @RuleCase(value = "vn.commune.committee-vice-chairs", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Hà Nội 09-HD/TU: one of two Phó Chủ tịch UBND missing is an error; the number is a parameter")
    void committeeViceChairs() {
        Dataset one = Fixture.change(valid, l -> l.appointments.removeIf(a -> a.id().value().endsWith("-A-UVC2")));
        Finding f = only(run(one), Rules.COMMUNE_COMMITTEE_VICE_CHAIRS);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.messageVi().contains("1/2"));
        RuleParameters oneAllowed = params.toBuilder().committeeViceChairs(commune.unit(), 1).build();
        assertEquals(Map.of(), counts(DatasetValidator.of(oneAllowed).validate(one, asOf)));
    }

    @Test
    @RuleCase(value = "vn.province.committee-vice-chair-average", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("NĐ 300/2025/NĐ-CP: a province average above 2.5 Phó Chủ tịch UBND is an error from 17/11/2025")
    void provinceAverage() {
        RuleParameters low = params.toBuilder().provinceViceChairAverage(0.001, LocalDate.of(2025, 11, 17))
                .committeeViceChairs(2).build();
        ValidationResult r = DatasetValidator.of(low).validate(valid, asOf);
        assertEquals(1, r.count(Rules.PROVINCE_VICE_CHAIR_AVERAGE.id()));
        assertEquals("0/1", r.measure(Rules.PROVINCE_VICE_CHAIR_AVERAGE.id()).orElseThrow().toString().replace(" ", ""));
        ValidationResult before = DatasetValidator.of(low).validate(valid, LocalDate.of(2025, 11, 16));
        assertEquals(Optional.empty(), before.measure(Rules.PROVINCE_VICE_CHAIR_AVERAGE.id()));
    }

    @Test
    @RuleCase(value = "vn.commune.standing-committee-size", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW, Kết luận 150-KL/TW: a 12th Ban Thường vụ member is a warning; fewer than 9 seats"
            + " planned a warning; vacant seats are not a size violation")
    void standingCommittee() {
        ValidationResult r = run(l -> {
            for (int i = 0; i < 12; i++) {
                l.appoint(unit, "BTV", String.format("P%03d", i + 1));
            }
        });
        assertEquals(Severity.WARNING, r.findings(Rules.COMMUNE_STANDING_COMMITTEE.id()).get(0).severity());
        ValidationResult vacant = run(l -> l.appointments.removeIf(a -> a.id().value().matches(".*-A-BTV[1-5]")));
        assertEquals(0, vacant.count(Rules.COMMUNE_STANDING_COMMITTEE.id()));
        ValidationResult few = run(l -> {
            l.posts.replaceAll(p -> p.id().value().endsWith("-BTV") ? Post.of(p.id(), p.unit(), p.role(), 8) : p);
            l.appointments.removeIf(a -> a.id().value().matches(".*-A-BTV(9|1[0-9])"));
        });
        assertEquals(Map.of(Rules.COMMUNE_STANDING_COMMITTEE.id(), 1L, Rules.COMMUNE_STANDING_APPOINTED.id(), 1L),
                counts(few));
        Finding f = few.findings(Rules.COMMUNE_STANDING_COMMITTEE.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("plans 8 Standing Committee seats, fewer than 9"), f.messageEn());
    }

    @Test
    @RuleCase(value = "vn.commune.executive-committee-size", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a Ban Chấp hành planned below 27 seats is a warning; vacant seats are not")
    void executiveCommitteeMinimum() {
        ValidationResult vacant = run(l -> l.appointments.removeIf(a -> a.id().value().matches(".*-A-BCH2[0-9]")));
        assertEquals(0, vacant.count(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id()));
        ValidationResult few = run(l -> {
            l.posts.replaceAll(p -> p.id().value().endsWith("-BCH") ? Post.of(p.id(), p.unit(), p.role(), 20) : p);
            l.appointments.removeIf(a -> a.id().value().matches(".*-A-BCH(2[1-9]|3[0-9])"));
        });
        assertEquals(Map.of(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id(), 1L, Rules.COMMUNE_EXECUTIVE_APPOINTED.id(), 1L),
                counts(few));
        Finding f = few.findings(Rules.COMMUNE_EXECUTIVE_COMMITTEE.id()).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("plans 20 Executive Committee seats, fewer than 27"), f.messageEn());
    }

    @Test
    @RuleCase(value = "vn.commune.standing-in-executive", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: a Ban Thường vụ member outside the Ban Chấp hành is a warning")
    void standingInExecutive() {
        ValidationResult r = run(l -> l.appointments.removeIf(a -> a.id().value().endsWith("-A-BCH1")));
        // the seat P001 left is vacant, too
        assertEquals(Map.of(Rules.COMMUNE_STANDING_IN_EXECUTIVE.id(), 1L, Rules.COMMUNE_EXECUTIVE_SEATS.id(), 1L),
                counts(r));
        Finding f = r.findings(Rules.COMMUNE_STANDING_IN_EXECUTIVE.id()).get(0);
        assertEquals("$.units[0].person(P001)", f.location().path());
    }

    @Test
    @RuleCase(value = "vn.appointment.person", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("appointments: a person missing from the dataset is an error at $.appointments[i].person")
    void appointmentPerson() {
        ValidationResult r = run(l -> l.appoint(unit, "BCH", "NOBODY"));
        Finding f = r.findings(Rules.APPOINTMENT_PERSON.id()).get(0);
        assertEquals("$.appointments[" + valid.appointments().size() + "].person", f.location().path());
    }

    @Test
    @RuleCase(value = "vn.appointment.unit", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Luật 72/2025/QH15: an appointment to a unit before 1/7/2025 or to an unknown post is an error")
    void appointmentUnit() {
        ValidationResult r = run(l -> l.appointments.add(Appointment.of(AppointmentId.of("OLD"), PersonId.of("P001"),
                PostId.of(unit + "-BCH"), LocalDate.of(2025, 6, 1), Decision.of("1-QĐ/TU", LocalDate.of(2025, 5, 1)))));
        assertEquals(1, r.count(Rules.APPOINTMENT_UNIT.id()));
        ValidationResult r2 = run(l -> l.appoint(unit, "NOPOST", "P001"));
        assertTrue(r2.findings(Rules.APPOINTMENT_UNIT.id()).get(0).messageEn().contains("not in the dataset"));
    }

    @Test
    @RuleCase(value = "vn.appointment.single-seat", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Chỉ thị 45-CT/TW: two people in the single-seat Bí thư post at once is an error")
    void singleSeat() {
        ValidationResult r = run(l -> l.appoint(unit, "SEC", "P020"));
        assertEquals(1, r.count(Rules.APPOINTMENT_SINGLE_SEAT.id()));
        // one after the other is fine
        ValidationResult seq = run(l -> {
            Appointment first = l.appointments.stream().filter(a -> a.post().value().endsWith("-SEC")).findFirst()
                    .orElseThrow();
            l.appointments.set(l.appointments.indexOf(first), first.endingOn(LocalDate.of(2025, 9, 1)));
            l.appointments.add(Appointment.of(AppointmentId.of("NEXT"), PersonId.of("P001"), first.post(),
                    LocalDate.of(2025, 9, 1), first.decision()));
        });
        assertEquals(0, seq.count(Rules.APPOINTMENT_SINGLE_SEAT.id()));
    }

    @Test
    @RuleCase(value = "vn.appointment.dates", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("appointments: a decision issued after the start is an error")
    void appointmentDates() {
        ValidationResult r = run(l -> l.appointments.add(Appointment.of(AppointmentId.of("LATE"), PersonId.of("P001"),
                PostId.of(unit + "-BCH"), LocalDate.of(2025, 7, 2), Decision.of("2-QĐ/TU", LocalDate.of(2025, 7, 3)))));
        assertEquals(1, r.count(Rules.APPOINTMENT_DATES.id()));
    }

    @Test
    @RuleCase(value = {"vn.party.minimum-full-members", "vn.party.basic-kind"}, outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Điều lệ Đảng, Điều 21: fewer than 3 full members is an error; a chi bộ cơ sở of 30 a warning")
    void partySizes() {
        PartyOrganisationId top = valid.organisations().get(0).id();
        ValidationResult r = run(l -> {
            l.organisations.add(PartyOrganisation.of(PartyOrganisationId.of("SMALL"),
                    PartyOrganisation.Kind.BASIC_PARTY_CELL, "Chi bộ nhỏ", commune.unit(), 2, 1).withParent(top));
            l.organisations.add(PartyOrganisation.of(PartyOrganisationId.of("BIG"),
                    PartyOrganisation.Kind.BASIC_PARTY_CELL, "Chi bộ lớn", commune.unit(), 30, 0).withParent(top));
        });
        assertEquals(1, r.count(Rules.PARTY_MINIMUM_MEMBERS.id()));
        assertEquals(Severity.WARNING, only(run(l -> l.organisations.add(PartyOrganisation.of(
                PartyOrganisationId.of("BIG"), PartyOrganisation.Kind.BASIC_PARTY_CELL, "Chi bộ lớn", commune.unit(),
                30, 0).withParent(top))), Rules.PARTY_BASIC_KIND).severity());
        assertEquals(1, r.count(Rules.PARTY_BASIC_KIND.id()));
    }

    @Test
    @RuleCase(value = "vn.party.parent", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Quy định 294-QĐ/TW: a missing parent, a wrong nesting and a cycle are errors")
    void partyParent() {
        ValidationResult r = run(l -> {
            l.organisations.add(PartyOrganisation.of(PartyOrganisationId.of("ORPHAN"),
                    PartyOrganisation.Kind.BASIC_PARTY_CELL, "Chi bộ", commune.unit(), 5, 0)
                    .withParent(PartyOrganisationId.of("GONE")));
            l.organisations.add(PartyOrganisation.of(PartyOrganisationId.of("WRONG"),
                    PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc", commune.unit(), 5, 0)
                    .withParent(valid.organisations().get(0).id()));
            l.organisations.add(PartyOrganisation.of(PartyOrganisationId.of("C1"),
                    PartyOrganisation.Kind.OTHER, "A", commune.unit(), 5, 0).withParent(PartyOrganisationId.of("C2")));
            l.organisations.add(PartyOrganisation.of(PartyOrganisationId.of("C2"),
                    PartyOrganisation.Kind.OTHER, "B", commune.unit(), 5, 0).withParent(PartyOrganisationId.of("C1")));
        });
        assertEquals(4, r.count(Rules.PARTY_PARENT.id()));
    }

    @Test
    @RuleCase(value = "vn.party.congress-term", outcome = RuleCase.Outcome.FAILS)
    @DisplayName("Điều lệ Đảng, Điều 24: a congress outside its term or of an unknown organisation is an error")
    void congress() {
        ValidationResult r = run(l -> {
            l.congresses.add(Congress.planned(CongressId.of("LATE"), valid.organisations().get(0).id(),
                    Term.of(2025, 2030), 1).heldOn(Congress.Dates.on(LocalDate.of(2031, 1, 5))));
            l.congresses.add(Congress.planned(CongressId.of("NOORG"), PartyOrganisationId.of("GONE"),
                    Term.of(2025, 2030), 1));
        });
        assertEquals(2, r.count(Rules.PARTY_CONGRESS_TERM.id()));
        assertEquals("$.congresses[1].held", r.findings(Rules.PARTY_CONGRESS_TERM.id()).get(0).location().path());
    }

    @Test
    @DisplayName("a negative sample size is refused")
    void sampleSize() {
        assertThrows(IllegalArgumentException.class, () -> DatasetValidator.standard().withSampleSize(-1));
        assertEquals(0, DatasetValidator.standard().withSampleSize(0).validate(valid, asOf).sampleSize());
        assertEquals(UnitCode.of(unit), commune.unit());
    }
}
