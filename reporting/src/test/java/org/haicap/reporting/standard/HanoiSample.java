package org.haicap.reporting.standard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Congress;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Seal;
import org.haicap.core.party.SealId;
import org.haicap.core.party.Term;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
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
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.units.UnitCode;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Source;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;

/**
 * A synthetic Hà Nội of 126 communes shaped so that the aggregates count the figures of the
 * report on the first 15 days of two-level local government.
 */
final class HanoiSample {
    static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);
    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate UNTIL = LocalDate.of(2025, 7, 13);
    static final int UNITS = 126;
    /** Dossiers received 1–13/7/2025, of which {@link #ONLINE} online: 14,0005%. */
    static final int DOSSIERS = 66_412;
    static final int ONLINE = 9_298;
    static final int FEE_PAYMENTS = 42_317;

    private HanoiSample() {
    }

    static UnitCode unit(int u) {
        return UnitCode.of(String.format("%05d", 4 * (u + 1)));
    }

    static Dataset dataset() {
        List<Post> posts = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        List<PartyOrganisation> orgs = new ArrayList<>();
        List<Seal> seals = new ArrayList<>();
        List<Congress> congresses = new ArrayList<>();
        int[] n = {0};
        Term term = Term.of(2025, 2030);
        for (int u = 0; u < UNITS; u++) {
            UnitCode unit = unit(u);
            // Ban Chấp hành 2.552/4.076, Ban Thường vụ 1.047/1.356
            Post bch = Post.of(PostId.of(unit + "/BCH"), unit, PostRole.EXECUTIVE_COMMITTEE_MEMBER, u < 44 ? 33 : 32);
            Post btv = Post.of(PostId.of(unit + "/BTV"), unit, PostRole.STANDING_COMMITTEE_MEMBER, u < 96 ? 11 : 10);
            Post bt = Post.of(PostId.of(unit + "/BT"), unit, PostRole.SECRETARY);
            Post pbt1 = Post.of(PostId.of(unit + "/PBT-TT"), unit, PostRole.STANDING_DEPUTY_SECRETARY);
            Post pbt2 = Post.of(PostId.of(unit + "/PBT-CT"), unit, PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR);
            Post pcHdnd = Post.of(PostId.of(unit + "/PCT-HDND"), unit, PostRole.COUNCIL_VICE_CHAIR);
            Post pcUbnd = Post.of(PostId.of(unit + "/PCT-UBND"), unit, PostRole.COMMITTEE_VICE_CHAIR, 2);
            posts.addAll(List.of(bch, btv, bt, pbt1, pbt2, pcHdnd, pcUbnd));
            appoint(appointments, n, bch, u < 32 ? 21 : 20);
            appoint(appointments, n, btv, u < 39 ? 9 : 8);
            appoint(appointments, n, bt, u == 7 ? 0 : 1);
            appoint(appointments, n, pbt1, 1);
            appoint(appointments, n, pbt2, u == 7 ? 0 : 1);
            appoint(appointments, n, pcHdnd, u == 9 ? 0 : 1);
            appoint(appointments, n, pcUbnd, u < 12 ? 1 : 2);

            // Seals: every commune committee has its staff-body seal; 67 communes requested seals for a basic organisation
            PartyOrganisationId du = PartyOrganisationId.of("DU-" + unit);
            String name = u == 0 ? "Đảng bộ xã Phúc Thọ" : u == 1 ? "Đảng bộ phường Hoàn Kiếm" : "Đảng bộ xã " + unit;
            orgs.add(PartyOrganisation.of(du, Kind.COMMUNE_PARTY_COMMITTEE, name, unit, 900, 10));
            PartyOrganisationId cs = PartyOrganisationId.of("CS-" + unit);
            orgs.add(PartyOrganisation.of(cs, Kind.BASIC_PARTY_CELL, "Chi bộ thôn 1 " + unit, unit, 20, 1).withParent(du));
            seals.add(Seal.preparing(SealId.of("S-" + unit), du, Seal.Purpose.STAFF_BODIES)
                    .requested(LocalDate.of(2025, 7, 2)).issued(LocalDate.of(2025, 7, 5)));
            Seal org = Seal.preparing(SealId.of("SO-" + unit), cs, Seal.Purpose.ORGANISATION);
            seals.add(u < 67 ? org.requested(LocalDate.of(2025, 7, 10)) : org);

            // Commune congresses: 82 consulting on the political report, 44 drafting; 19 registered 21–31/7 (2 pilots), 107 in August
            Congress c = Congress.planned(CongressId.of("DH-" + unit), du, term, 1)
                    .withPoliticalReport(u < 82 ? Congress.ReportDraftStatus.CONSULTING : Congress.ReportDraftStatus.DRAFTING);
            if (u == 0) {
                c = c.registeredFor(new Congress.Dates(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 7, 22))).asPilot();
            } else if (u == 1) {
                c = c.registeredFor(new Congress.Dates(LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 23))).asPilot();
            } else if (u < 19) {
                c = c.registeredFor(Congress.Dates.on(LocalDate.of(2025, 7, 24 + u % 7)));
            } else {
                c = c.registeredFor(Congress.Dates.on(LocalDate.of(2025, 8, 1 + u % 28)));
            }
            congresses.add(c);
        }
        // Basic organisations before 30/6/2025: 1.233 of 1.238 held their congress
        basicCongresses(orgs, congresses, "T", Kind.BASIC_PARTY_CELL, 1238, 1233,
                Congress.Dates.on(LocalDate.of(2025, 5, 10)), Congress.Dates.on(LocalDate.of(2025, 6, 28)));
        // After 1/7/2025: 493 of 1.780 new subordinate cells, 242 of 1.203 basic organisations
        basicCongresses(orgs, congresses, "M", Kind.SUBORDINATE_PARTY_CELL, 1780, 493,
                Congress.Dates.on(LocalDate.of(2025, 7, 10)), Congress.Dates.on(LocalDate.of(2025, 8, 15)));
        basicCongresses(orgs, congresses, "S", Kind.BASIC_PARTY_COMMITTEE, 1203, 242,
                new Congress.Dates(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 9)),
                Congress.Dates.on(LocalDate.of(2025, 9, 10)));

        // 559 commune-level procedures and 3 provincial ones
        List<Procedure> procedures = new ArrayList<>();
        for (int i = 0; i < 562; i++) {
            procedures.add(Procedure.builder(code(i), "Thủ tục " + i, "Lĩnh vực", TimeLimit.workingDays(3))
                    .levels(i < 559 ? AdministrativeLevel.COMMUNE : AdministrativeLevel.PROVINCE)
                    .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON, Channel.POST, Channel.AGENT_POINT)
                    .build());
        }
        // 476 agent points open on 15/7/2025, one more closed before
        List<ServicePoint> points = new ArrayList<>();
        for (int i = 0; i < 477; i++) {
            ServicePoint p = ServicePoint.of("DL-" + i, "Bưu cục " + i, unit(i % UNITS), ServicePoint.Kind.POST_OFFICE,
                    LocalDate.of(2025, 7, 1));
            points.add(i == 476 ? p.closedOn(LocalDate.of(2025, 7, 10)) : p);
        }
        return Dataset.builder(DatasetInfo.of("Hà Nội (mẫu)", AS_OF))
                .units(IntStream.range(0, UNITS).mapToObj(HanoiSample::unit).toList())
                .posts(posts).appointments(appointments).organisations(orgs).seals(seals).congresses(congresses)
                .procedures(procedures).servicePoints(points).build();
    }

    private static void basicCongresses(List<PartyOrganisation> orgs, List<Congress> congresses, String prefix, Kind kind,
            int required, int held, Congress.Dates heldOn, Congress.Dates registeredLater) {
        for (int i = 0; i < required; i++) {
            UnitCode unit = unit(i % UNITS);
            PartyOrganisationId id = PartyOrganisationId.of(prefix + "-" + i);
            orgs.add(PartyOrganisation.of(id, kind, "Tổ chức " + prefix + i, unit, kind == Kind.BASIC_PARTY_COMMITTEE ? 40 : 12, 0));
            Congress c = Congress.planned(CongressId.of("DH-" + prefix + "-" + i), id, Term.of(2025, 2030), 1);
            congresses.add(i < held ? c.heldOn(heldOn) : c.registeredFor(registeredLater));
        }
    }

    static ProcedureCode code(int i) {
        return ProcedureCode.of(String.format("1.%06d", i + 1));
    }

    private static void appoint(List<Appointment> out, int[] n, Post post, int count) {
        for (int i = 0; i < count; i++) {
            out.add(Appointment.of(AppointmentId.of("A" + n[0]++), PersonId.of(post.id().value().replace('/', '-') + "-" + i),
                    post.id(), LocalDate.of(2025, 7, 1), Decision.of("11-HD/TU", LocalDate.of(2025, 7, 1))));
        }
    }

    /** Distinct dossiers per channel; the stream repeats them, which the counts do not mind. */
    private static final int POOL = 500;

    /** The dossier of index {@code i}: the first {@link #ONLINE} online, the rest at the desk, by post or via agents. */
    static Dossier dossier(int i, Dossier[][] pool) {
        Channel channel = i < ONLINE ? Channel.ONLINE : i % 3 == 0 ? Channel.POST : i % 3 == 1 ? Channel.AGENT_POINT
                : Channel.IN_PERSON;
        Dossier[] p = pool[channel.ordinal()];
        int k = i % POOL;
        if (p[k] == null) {
            LocalDate day = FROM.plusDays(k % 13);
            LocalDateTime at = day.atTime(LocalTime.of(8, 0)).plusMinutes(k % 480);
            p[k] = Dossier.receive(DossierCode.of("H15.50." + (k % UNITS), day, i), code(k % 559), unit(k % UNITS),
                    channel, at);
        }
        return p[k];
    }

    /** The dossiers counted in two halves, merged. */
    static DossierAggregate dossiers() {
        DossierAggregate.Parameters p = DossierAggregate.Parameters.of(AS_OF, FROM, UNTIL);
        DossierAggregate.Accumulator a = DossierAggregate.accumulator(p);
        DossierAggregate.Accumulator b = DossierAggregate.accumulator(p);
        Dossier[][] pool = new Dossier[Channel.values().length][POOL];
        for (int i = 0; i < DOSSIERS; i++) {
            (i % 2 == 0 ? a : b).add(dossier(i, pool));
        }
        // received before the period: not counted
        a.add(Dossier.receive(DossierCode.of("H15", LocalDate.of(2025, 6, 30), 1), code(0), unit(0), Channel.ONLINE,
                LocalDateTime.of(2025, 6, 30, 9, 0)));
        return a.snapshot().merge(b.snapshot());
    }

    static PaymentAggregate payments() {
        PaymentAggregate.Accumulator a = PaymentAggregate.accumulator();
        for (int i = 0; i < FEE_PAYMENTS + 300; i++) {
            PaymentStatus status = i < FEE_PAYMENTS ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED;
            a.add(Payment.partyFee("P" + i, "M" + i, YearMonth.of(2025, 7), "CS-1", Vnd.of(10_000), PaymentChannel.ONLINE_PORTAL,
                    status, LocalDateTime.of(2025, 7, 1 + i % 13, 10, 0), Optional.of("T" + i)));
        }
        a.add(Payment.partyFee("C1", "M1", YearMonth.of(2025, 7), "CS-1", Vnd.of(10_000), PaymentChannel.CASH,
                PaymentStatus.SUCCEEDED, LocalDateTime.of(2025, 7, 2, 10, 0), Optional.empty()));
        return a.snapshot();
    }

    static ReportedFigures reported() {
        return ReportedFigures.of(
                ReportedFigure.of(StandardFigure.COUNCIL_RESOLUTIONS, 600, Source.of("Báo cáo của HĐND các xã, phường")),
                ReportedFigure.of(StandardFigure.PREVIOUS_COMMUNE_PROCEDURES, 112,
                        Source.of("Bộ TTHC cấp xã trước 1/7/2025")),
                ReportedFigure.of(StandardFigure.LAWYERS, 200, Source.of("Sở Tư pháp")).moreThan(),
                ReportedFigure.of("ihanoi.feedback", 3570, Source.of("iHanoi")),
                ReportedFigure.of("ihanoi.accounts", 1702, Source.of("iHanoi")),
                ReportedFigure.of(StandardFigure.HOTLINE_CALLS, 1779,
                        Source.of(LocalizedText.of("Tổng đài 1022", "Hotline 1022"))).over(),
                ReportedFigure.of(StandardFigure.PARTY_PLATFORM_VISITS, 1_900_000, Source.of("Nền tảng số khối Đảng"))
                        .moreThan(),
                ReportedFigure.of(StandardFigure.PARTY_PLATFORM_MEMBERS, 72_995, Source.of("Nền tảng số khối Đảng")));
    }
}
