package org.haicap.validation.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Committee;
import org.haicap.core.party.CommitteeId;
import org.haicap.core.party.Congress;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Term;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.rules.RuleParameters;

/**
 * jqwik generators of valid commune data (dữ liệu xã hợp lệ) for a vendor's own property tests:
 * units from the real catalogue, people, posts and appointments that meet the 2025 norms
 * (1 Bí thư, 2 Phó Bí thư, 1 Phó Chủ tịch HĐND, 2 Phó Chủ tịch UBND, a Ban Chấp hành of 27 up to
 * its cap and a Ban Thường vụ of 9–11 drawn from it, every planned seat filled), party organisations that nest and meet the
 * Charter's sizes, a congress inside its term, procedures offered at commune level, dossiers with
 * due dates from the statutory calendar and party-fee payments equal to the fee due.
 *
 * <p>Every generated {@link ValidCommune} passes every rule under
 * {@link ValidCommune#parameters()} (the HĐND chaired by the Bí thư). Needs jqwik on the test
 * class path. Thread-safe: only static methods.
 */
public final class ValidCommuneArbitraries {

    private static final LocalDate START = UnitCatalog.EFFECTIVE_FROM;
    private static final String DECISION = "15-QĐ/TU";

    private ValidCommuneArbitraries() {
    }

    /** Commune-level units of the official catalogue. */
    public static Arbitrary<AdminUnit> units() {
        return Arbitraries.of(UnitCatalog.official().units());
    }

    /** People with ids {@code P001…} and plain NFC names, without citizen ids. */
    public static Arbitrary<List<Person>> people(int count) {
        return Arbitraries.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Hoàng Minh Đức",
                "Vũ Thị Hà", "Đặng Quốc Khánh").list().ofSize(count).map(names -> {
                    List<Person> out = new ArrayList<>();
                    for (int i = 0; i < names.size(); i++) {
                        out.add(Person.of(personId(i), names.get(i)));
                    }
                    return out;
                });
    }

    /** Party organisations of one unit: the commune committee, basic cells, a basic committee and a subordinate cell. */
    public static Arbitrary<List<PartyOrganisation>> organisations(UnitCode unit) {
        return Combinators.combine(Arbitraries.integers().between(3, 29).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(30, 120), Arbitraries.integers().between(3, 20))
                .as((cells, committee, sub) -> {
                    List<PartyOrganisation> out = new ArrayList<>();
                    PartyOrganisationId top = PartyOrganisationId.of(unit.value() + "-DB");
                    out.add(PartyOrganisation.of(top, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE,
                            "Đảng bộ " + unit.value(), unit, 500, 10));
                    for (int i = 0; i < cells.size(); i++) {
                        out.add(PartyOrganisation.of(PartyOrganisationId.of(unit.value() + "-CB" + (i + 1)),
                                PartyOrganisation.Kind.BASIC_PARTY_CELL, "Chi bộ thôn " + (i + 1), unit, cells.get(i), 0)
                                .withParent(top));
                    }
                    PartyOrganisationId basic = PartyOrganisationId.of(unit.value() + "-DBCS");
                    out.add(PartyOrganisation.of(basic, PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE,
                            "Đảng bộ cơ sở trường học", unit, committee, 0).withParent(top));
                    out.add(PartyOrganisation.of(PartyOrganisationId.of(unit.value() + "-CBTT"),
                            PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc", unit, sub, 0)
                            .withParent(basic));
                    return out;
                });
    }

    /** A procedure carried out at commune level, filed online or in person, with a working-day limit. */
    public static Arbitrary<Procedure> procedures() {
        return Arbitraries.integers().between(1, 15).map(days -> Procedure
                .builder(ProcedureCode.of("1.001193"), "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(days))
                .levels(AdministrativeLevel.COMMUNE)
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON)
                .illustrative(true)
                .build());
    }

    /** Dossiers of {@code procedure} received in {@code unit}, with unique codes and due dates from the statutory calendar. */
    public static Arbitrary<List<Dossier>> dossiers(UnitCode unit, Procedure procedure, int maxSize) {
        RuleParameters p = RuleParameters.defaults();
        return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(7 * 60, 17 * 60))
                .as((day, minute) -> START.plusDays(day).atStartOfDay().plusMinutes(minute))
                .list().ofMaxSize(maxSize).map(moments -> {
                    List<Dossier> out = new ArrayList<>();
                    for (int i = 0; i < moments.size(); i++) {
                        LocalDateTime at = moments.get(i);
                        DossierCode code = DossierCode.of("H01", at.toLocalDate(), i + 1, 6);
                        Dossier d = Dossier.receive(code, procedure.code(), unit, Channel.IN_PERSON, at);
                        out.add(d.withComputedDue(procedure, p.calendar()::dueDate));
                    }
                    return out;
                });
    }

    /** Whole valid communes. */
    public static Arbitrary<ValidCommune> communes() {
        return units().flatMap(unit -> {
            int cap = RuleParameters.defaults().executiveCommitteeCap(unit.mergedCommuneCount());
            int floor = RuleParameters.defaults().staffing().executiveCommitteeMinimum();
            return Combinators.combine(Arbitraries.integers().between(floor, cap), Arbitraries.integers().between(9, 11),
                            organisations(unit.code()), procedures(),
                            Arbitraries.longs().between(2_000_000, 40_000_000),
                            Arbitraries.integers().between(0, 300))
                    .flatAs((members, standing, orgs, procedure, salary, asOfDay) -> Combinators.combine(
                                    people(members), dossiers(unit.code(), procedure, 8))
                            .as((people, dossiers) -> build(unit, cap, people, standing, orgs, procedure, dossiers,
                                    salary, START.plusDays(30 + asOfDay))));
        });
    }

    /**
     * One fixed valid commune of a catalogue unit, without randomness: a full Ban Chấp hành (its
     * cap), 11 in the Ban Thường vụ, two basic cells, a basic committee of 40 with a subordinate
     * cell, a 5-working-day procedure, 3 dossiers, members paying 1 % of 5,000,000 đ, judged on
     * 2025-12-01.
     *
     * @throws java.util.NoSuchElementException if the catalogue has no unit with this code
     */
    public static ValidCommune example(UnitCode code) {
        AdminUnit unit = UnitCatalog.official().unit(code).orElseThrow();
        int cap = RuleParameters.defaults().executiveCommitteeCap(unit.mergedCommuneCount());
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < cap; i++) {
            people.add(Person.of(personId(i), "Nguyễn Văn An"));
        }
        PartyOrganisationId top = PartyOrganisationId.of(code.value() + "-DB");
        PartyOrganisationId basic = PartyOrganisationId.of(code.value() + "-DBCS");
        List<PartyOrganisation> orgs = List.of(
                PartyOrganisation.of(top, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE, "Đảng bộ", code, 500, 10),
                PartyOrganisation.of(PartyOrganisationId.of(code.value() + "-CB1"), PartyOrganisation.Kind.BASIC_PARTY_CELL,
                        "Chi bộ thôn 1", code, 5, 0).withParent(top),
                PartyOrganisation.of(PartyOrganisationId.of(code.value() + "-CB2"), PartyOrganisation.Kind.BASIC_PARTY_CELL,
                        "Chi bộ thôn 2", code, 12, 1).withParent(top),
                PartyOrganisation.of(basic, PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE, "Đảng bộ cơ sở", code, 40, 0)
                        .withParent(top),
                PartyOrganisation.of(PartyOrganisationId.of(code.value() + "-CBTT"),
                        PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc", code, 6, 0).withParent(basic));
        Procedure procedure = Procedure.builder(ProcedureCode.of("1.001193"), "Đăng ký khai sinh", "Hộ tịch",
                        TimeLimit.workingDays(5)).levels(AdministrativeLevel.COMMUNE)
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).illustrative(true).build();
        RuleParameters p = RuleParameters.defaults();
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDateTime at = LocalDateTime.of(2025, 9, 3 + i, 9 + i, 30);
            dossiers.add(Dossier.receive(DossierCode.of("H01", at.toLocalDate(), i + 1, 6), procedure.code(), code,
                    Channel.IN_PERSON, at).withComputedDue(procedure, p.calendar()::dueDate));
        }
        return build(unit, cap, people, 11, orgs, procedure, dossiers, 5_000_000, LocalDate.of(2025, 12, 1));
    }

    private static PersonId personId(int i) {
        return PersonId.of(String.format("P%03d", i + 1));
    }

    private static ValidCommune build(AdminUnit unit, int cap, List<Person> people, int standing,
            List<PartyOrganisation> orgs, Procedure procedure, List<Dossier> dossiers, long salary, LocalDate asOf) {
        UnitCode u = unit.code();
        String c = u.value();
        List<Post> posts = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        Decision decision = Decision.of(DECISION, START.minusDays(1));
        Map<String, PostId> ids = new HashMap<>();
        Object[][] single = {
            {"SEC", PostRole.SECRETARY, 0, false},
            {"SDS", PostRole.STANDING_DEPUTY_SECRETARY, 1, false},
            {"DSC", PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR, 2, false},
            {"HCH", PostRole.COUNCIL_CHAIR, 0, true},
            {"UCH", PostRole.COMMITTEE_CHAIR, 2, true},
            {"HVC", PostRole.COUNCIL_VICE_CHAIR, 3, false},
        };
        for (Object[] s : single) {
            PostId id = PostId.of(c + "-" + s[0]);
            ids.put((String) s[0], id);
            posts.add(Post.of(id, u, (PostRole) s[1]));
            Appointment a = Appointment.of(AppointmentId.of(c + "-A-" + s[0]), personId((Integer) s[2]), id, START,
                    decision);
            appointments.add((Boolean) s[3] ? a.asConcurrent() : a);
        }
        PostId uvc = PostId.of(c + "-UVC");
        posts.add(Post.of(uvc, u, PostRole.COMMITTEE_VICE_CHAIR, 2));
        appointments.add(Appointment.of(AppointmentId.of(c + "-A-UVC1"), personId(4), uvc, START, decision));
        appointments.add(Appointment.of(AppointmentId.of(c + "-A-UVC2"), personId(5), uvc, START, decision));
        PostId bch = PostId.of(c + "-BCH");
        // every planned seat filled: the Ban Chấp hành plans as many seats as it has members
        // (at least 27, at most the cap), the Ban Thường vụ as many as it has members (9–11)
        posts.add(Post.of(bch, u, PostRole.EXECUTIVE_COMMITTEE_MEMBER, people.size()));
        for (int i = 0; i < people.size(); i++) {
            appointments.add(Appointment.of(AppointmentId.of(c + "-A-BCH" + (i + 1)), personId(i), bch, START, decision));
        }
        PostId btv = PostId.of(c + "-BTV");
        posts.add(Post.of(btv, u, PostRole.STANDING_COMMITTEE_MEMBER, standing));
        for (int i = 0; i < standing; i++) {
            appointments.add(Appointment.of(AppointmentId.of(c + "-A-BTV" + (i + 1)), personId(i), btv, START, decision));
        }
        PartyOrganisationId top = orgs.get(0).id();
        Term term = Term.of(2025, 2030);
        List<Committee> committees = List.of(
                new Committee(CommitteeId.of(c + "-BCH"), top, Committee.Kind.EXECUTIVE_COMMITTEE, term, people.size(),
                        Set.of(bch)),
                new Committee(CommitteeId.of(c + "-BTV"), top, Committee.Kind.STANDING_COMMITTEE, term, standing,
                        Set.of(btv)));
        Congress congress = Congress.planned(CongressId.of(c + "-DH1"), top, term, 1)
                .heldOn(Congress.Dates.on(LocalDate.of(2025, 8, 15)));
        Dataset ds = Dataset.builder(DatasetInfo.of("xa-" + c, asOf))
                .units(List.of(u)).people(people).posts(posts).appointments(appointments).organisations(orgs)
                .committees(committees).congresses(List.of(congress)).procedures(List.of(procedure)).build();
        PartyFeeBasis basis = PartyFeeBasis.of(new MemberSituation.CompulsoryInsurance(Vnd.of(salary)));
        Map<String, PartyFeeBasis> bases = new HashMap<>();
        List<Payment> payments = new ArrayList<>();
        YearMonth month = YearMonth.of(2026, 3);
        PartyFeeRules rules = PartyFeeRules.defaults();
        for (int i = 0; i < Math.min(5, people.size()); i++) {
            String member = personId(i).value();
            bases.put(member, basis);
            Vnd due = rules.due(basis, month).amount();
            payments.add(Payment.partyFee("PAY-" + c + "-" + (i + 1), member, month, top.value(), due,
                    PaymentChannel.BANK_TRANSFER, PaymentStatus.SUCCEEDED, LocalDateTime.of(2026, 3, 10, 9, 0),
                    Optional.of("TX-" + c + "-" + (i + 1))));
        }
        return new ValidCommune(ds, asOf, dossiers, payments, bases);
    }
}
