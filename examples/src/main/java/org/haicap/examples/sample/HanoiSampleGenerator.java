package org.haicap.examples.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.json.DatasetWriter;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Committee;
import org.haicap.core.party.CommitteeId;
import org.haicap.core.party.Congress;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.party.FeeBasisKind;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Seal;
import org.haicap.core.party.SealId;
import org.haicap.core.party.Term;
import org.haicap.core.party.WageRegion;
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
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;

/**
 * The generator of the sample dataset {@code hanoi-2025-07-15} (bộ sinh dữ liệu mẫu Hà Nội): the
 * 126 real commune-level units of Hà Nội from {@link UnitCatalog#official()} with fictional
 * people, posts, appointments, committees, party organisations, congresses, seals, a procedure
 * catalogue, service points, dossiers received 1–13/7/2025 and party-fee payments, shaped so that
 * the aggregates of {@code org.haicap.reporting.aggregate} count the figures of the Hà Nội report
 * of 15 July 2025 (see {@code docs/sample-data.md}).
 *
 * <p>Deterministic: every random choice comes from one {@link SplittableRandom} seeded with the
 * seed; iteration is over lists only; date-times are fixed; the gzip streams carry a zero
 * modification time. The same seed and {@link #VERSION} give the same bytes. Nothing reads the
 * clock. People's names are obviously generated ({@code Cán bộ Mẫu 00070-01},
 * {@code Đảng viên Mẫu 000001}); no real official is named. Stateless and thread-safe.
 */
public final class HanoiSampleGenerator {

    /** The seed the shipped sample was generated with. */
    public static final long DEFAULT_SEED = 20_250_715L;
    /** The generator's version; a change of output changes it. */
    public static final String VERSION = "2";
    /** The sample's name. */
    public static final String NAME = "hanoi-2025-07-15";
    /** The date the sample describes. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);
    /** The first day of the reporting period. */
    public static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    /** The last day of the reporting period. */
    public static final LocalDate UNTIL = LocalDate.of(2025, 7, 13);

    /** Dossiers received 1–13/7/2025. */
    static final int DOSSIERS = 66_412;
    /** Of which filed online: 14,0005 %. */
    static final int ONLINE = 9_298;
    /** Dossiers received 14/7/2025, outside the period. */
    static final int AFTER_PERIOD = 1_250;
    /** Successful online party-fee payments. */
    static final int FEE_PAYMENTS = 42_317;
    /** Members who paid; the first {@code FEE_PAYMENTS - FEE_MEMBERS} paid June as well as July. */
    static final int FEE_MEMBERS = 23_000;
    static final int FAILED_PAYMENTS = 360;
    static final int PENDING_PAYMENTS = 140;
    static final int PROCEDURES = 559;
    static final int AGENT_POINTS = 476;

    /** The dataset document, written by {@code DatasetWriter} and gzip-compressed. */
    public static final String DATASET_FILE = "dataset.json.gz";
    /** Dossiers, gzip-compressed JSON Lines. */
    public static final String DOSSIERS_FILE = "dossiers.jsonl.gz";
    /** Payments, gzip-compressed JSON Lines. */
    public static final String PAYMENTS_FILE = "payments.jsonl.gz";
    /** The members' fee bases, gzip-compressed JSON Lines of {@code FeeBasisEntry} (from version 2). */
    public static final String FEE_BASES_FILE = "fee-bases.jsonl.gz";
    /** The month the sample's fee bases start: the payments are for June and July 2025. */
    static final YearMonth FEE_BASES_FROM = YearMonth.of(2025, 6);
    /** Figures from outside the model, each with its source. */
    public static final String REPORTED_FILE = "reported-figures.json";
    /** The seed and version. */
    public static final String MANIFEST_FILE = "MANIFEST";

    private static final LocalDateTime CUTOFF = AS_OF.atStartOfDay();
    private static final Term TERM = Term.of(2025, 2030);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.defaults();

    private HanoiSampleGenerator() {
    }

    /**
     * Generates the sample into a directory: {@value #DATASET_FILE}, {@value #DOSSIERS_FILE},
     * {@value #PAYMENTS_FILE}, {@value #REPORTED_FILE} and {@value #MANIFEST_FILE}.
     *
     * <p>Usage: {@code java -cp haicap.jar org.haicap.examples.sample.HanoiSampleGenerator DIR [SEED]}.
     *
     * @param args the target directory, optionally the seed (default {@value #DEFAULT_SEED})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("cách dùng / usage: HanoiSampleGenerator DIR [SEED]");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        generate(Path.of(args[0]), seed);
    }

    /**
     * Writes the sample of {@code seed} into {@code dir} (created if missing; files replaced).
     *
     * @param dir the target directory
     * @param seed the seed
     * @throws IOException if a file cannot be written
     */
    public static void generate(Path dir, long seed) throws IOException {
        write(dir, seed, new Run(seed).run());
    }

    /** Writes a generation of {@code seed} into {@code dir}. */
    static void write(Path dir, long seed, Generated g) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(DATASET_FILE)), 1 << 16);
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            DatasetWriter.write(g.dataset(), gz);
        }
        writeLines(dir.resolve(DOSSIERS_FILE), g.dossiers());
        writeLines(dir.resolve(PAYMENTS_FILE), g.payments());
        writeLines(dir.resolve(FEE_BASES_FILE), g.feeBases());
        Files.writeString(dir.resolve(REPORTED_FILE), SampleFigures.json(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MANIFEST_FILE), "name=" + NAME + "\ngenerator=" + HanoiSampleGenerator.class.getName()
                + "\nversion=" + VERSION + "\nseed=" + seed + "\n", StandardCharsets.UTF_8);
    }

    /** The records of one generation, in memory. */
    record Generated(Dataset dataset, List<Dossier> dossiers, List<Payment> payments, List<FeeBasisEntry> feeBases) {
    }

    /** Generates in memory. */
    static Generated generate(long seed) {
        return new Run(seed).run();
    }

    private static <T> void writeLines(Path file, List<T> rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                JsonLinesWriter<T> w = JsonLinesWriter.open(gz)) {
            for (T row : rows) {
                w.write(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One generation. */
    private static final class Run {
        final SplittableRandom random;
        final List<AdminUnit> units;
        final List<Person> people = new ArrayList<>();
        final List<Post> posts = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
        final List<PartyOrganisation> orgs = new ArrayList<>();
        final List<Committee> committees = new ArrayList<>();
        final List<Congress> congresses = new ArrayList<>();
        final List<Seal> seals = new ArrayList<>();
        final List<Procedure> procedures = new ArrayList<>();
        final List<ServicePoint> points = new ArrayList<>();
        /** Per unit: its basic organisations' ids (cells and committees), its basic committees' ids. */
        final List<List<PartyOrganisationId>> basicByUnit = new ArrayList<>();
        final List<List<PartyOrganisationId>> committeesByUnit = new ArrayList<>();
        final List<PartyOrganisationId> cellsForFees = new ArrayList<>();
        /** Per member (index m), the monthly fee drawn for the payments; the fee bases are made to give it. */
        final List<Long> feeOfMember = new ArrayList<>();

        Run(long seed) {
            this.random = new SplittableRandom(seed);
            this.units = UnitCatalog.official().units(ProvinceCode.of("01"));
            if (units.size() != 126) {
                throw new IllegalStateException("Hà Nội has " + units.size() + " units in the catalogue, not 126");
            }
            for (int u = 0; u < units.size(); u++) {
                basicByUnit.add(new ArrayList<>());
                committeesByUnit.add(new ArrayList<>());
            }
        }

        Generated run() {
            staffing();
            organisations();
            procedures();
            points();
            people.addAll(members());
            Dataset dataset = Dataset.builder(DatasetInfo.of(NAME, AS_OF))
                    .units(units.stream().map(AdminUnit::code).toList())
                    .people(people).posts(posts).appointments(appointments).organisations(orgs).committees(committees)
                    .congresses(congresses).seals(seals).procedures(procedures).servicePoints(points).build();
            List<Dossier> dossiers = dossiers();
            List<Payment> payments = payments();
            return new Generated(dataset, dossiers, payments, feeBases());
        }

        /** A permutation of 0..n-1 from the seed. */
        int[] permutation(int n) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            return p;
        }

        // ---- staffing: 2.552/4.076, 1.047/1.356, 125/126, 251/252, 125/126, 240/252 ----

        void staffing() {
            int n = units.size();
            int[] caps = new int[n];
            int capSum = 0;
            for (int u = 0; u < n; u++) {
                caps[u] = units.get(u).mergedCommuneCount() >= 3 ? 33 : 27;
                capSum += caps[u];
            }
            // Ban Chấp hành planned seats: the caps, lowered by one in turn until they sum to 4.076,
            // never below the 27 that Chỉ thị 45-CT/TW sets as the lower end
            int[] bchSeats = caps.clone();
            int[] order = permutation(n);
            for (int i = 0; capSum > 4076; i = (i + 1) % n) {
                if (bchSeats[order[i]] > 27) {
                    bchSeats[order[i]]--;
                    capSum--;
                }
            }
            if (capSum != 4076) {
                throw new IllegalStateException("the caps of Hà Nội sum to " + capSum + " < 4076");
            }
            int[] rank = permutation(n);
            int[] gaps = permutation(n);
            int secretaryGap = gaps[0];
            int deputyGap = gaps[1];
            int councilViceGap = gaps[2];
            boolean[] committeeViceGap = new boolean[n];
            for (int i = 3; i < 15; i++) {
                committeeViceGap[gaps[i]] = true;
            }
            Decision decision = Decision.of("1568-QĐ/TU", LocalDate.of(2025, 6, 30));
            LocalDate start = UnitCatalog.EFFECTIVE_FROM;
            for (int u = 0; u < n; u++) {
                AdminUnit unit = units.get(u);
                UnitCode code = unit.code();
                String c = code.value();
                int members = rank[u] < 32 ? 21 : 20;              // 32 × 21 + 94 × 20 = 2.552
                int standingSeats = rank[u] < 96 ? 11 : 10;        // 96 × 11 + 30 × 10 = 1.356
                int standing = rank[u] % 126 < 39 ? 9 : 8;         // 39 × 9 + 87 × 8 = 1.047
                List<PersonId> ids = new ArrayList<>();
                for (int i = 1; i <= members; i++) {
                    PersonId id = PersonId.of("CB-" + c + "-" + two(i));
                    ids.add(id);
                    people.add(Person.of(id, "Cán bộ Mẫu " + c + "-" + two(i)));
                }
                int[] k = {0};
                PostId bch = post(code, "BCH", PostRole.EXECUTIVE_COMMITTEE_MEMBER, bchSeats[u]);
                PostId btv = post(code, "BTV", PostRole.STANDING_COMMITTEE_MEMBER, standingSeats);
                PostId bt = post(code, "BT", PostRole.SECRETARY, 1);
                PostId pbtTt = post(code, "PBT-TT", PostRole.STANDING_DEPUTY_SECRETARY, 1);
                PostId pbtCt = post(code, "PBT-CT", PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR, 1);
                PostId ctHdnd = post(code, "CT-HDND", PostRole.COUNCIL_CHAIR, 1);
                PostId ctUbnd = post(code, "CT-UBND", PostRole.COMMITTEE_CHAIR, 1);
                PostId pctHdnd = post(code, "PCT-HDND", PostRole.COUNCIL_VICE_CHAIR, 1);
                PostId pctUbnd = post(code, "PCT-UBND", PostRole.COMMITTEE_VICE_CHAIR, 2);
                for (int i = 0; i < members; i++) {
                    appoint(c, k, ids.get(i), bch, start, decision, false);
                }
                for (int i = 0; i < standing; i++) {
                    appoint(c, k, ids.get(i), btv, start, decision, false);
                }
                if (u != secretaryGap) {
                    appoint(c, k, ids.get(0), bt, start, decision, false);
                }
                appoint(c, k, ids.get(1), pbtTt, start, decision, false);
                appoint(c, k, ids.get(1), ctHdnd, start, decision, true);
                if (u != deputyGap) {
                    // the Phó Bí thư kiêm Chủ tịch UBND; where not yet appointed, the UBND chair is vacant too
                    appoint(c, k, ids.get(2), pbtCt, start, decision, false);
                    appoint(c, k, ids.get(2), ctUbnd, start, decision, true);
                }
                if (u != councilViceGap) {
                    appoint(c, k, ids.get(3), pctHdnd, start, decision, false);
                }
                appoint(c, k, ids.get(4), pctUbnd, start, decision, false);
                if (!committeeViceGap[u]) {
                    appoint(c, k, ids.get(5), pctUbnd, start, decision, false);
                }
                // the commune party committee and its two committees with their planned seats
                PartyOrganisationId du = PartyOrganisationId.of("DU-" + c);
                String type = unit.typeAsOf(AS_OF).vietnamese().toLowerCase(java.util.Locale.ROOT);
                orgs.add(PartyOrganisation.of(du, Kind.COMMUNE_PARTY_COMMITTEE, "Đảng bộ " + type + " " + unit.shortName(), code,
                        600 + random.nextInt(2400), random.nextInt(40)));
                committees.add(new Committee(CommitteeId.of("BCH-" + c), du, Committee.Kind.EXECUTIVE_COMMITTEE, TERM, bchSeats[u],
                        Set.of(bch)));
                committees.add(new Committee(CommitteeId.of("BTV-" + c), du, Committee.Kind.STANDING_COMMITTEE, TERM,
                        standingSeats, Set.of(btv)));
            }
        }

        PostId post(UnitCode unit, String suffix, PostRole role, int seats) {
            PostId id = PostId.of(unit.value() + "-" + suffix);
            posts.add(seats == 1 ? Post.of(id, unit, role) : Post.of(id, unit, role, seats));
            return id;
        }

        void appoint(String unit, int[] k, PersonId person, PostId post, LocalDate start, Decision decision, boolean concurrent) {
            Appointment a = Appointment.of(AppointmentId.of("BN-" + unit + "-" + (++k[0])), person, post, start, decision);
            appointments.add(concurrent ? a.asConcurrent() : a);
        }

        // ---- party organisations, congresses, seals ----

        void organisations() {
            int n = units.size();
            // Before 30/6/2025: 1.238 basic organisations required, 1.233 held (5 registered late June, not held)
            int[] notHeld = permutation(1238);
            boolean[] late = new boolean[1238];
            for (int i = 0; i < 5; i++) {
                late[notHeld[i]] = true;
            }
            for (int i = 0; i < 1238; i++) {
                int u = i % n;
                PartyOrganisationId id = basic("T", i, u, i < n);
                Congress c = Congress.planned(CongressId.of("DH-T-" + four(i)), id, TERM, 1);
                if (late[i]) {
                    c = c.registeredFor(Congress.Dates.on(LocalDate.of(2025, 6, 26 + random.nextInt(4))));
                } else {
                    LocalDate day = LocalDate.of(2025, 4, 1).plusDays(random.nextInt(89));
                    c = c.heldOn(Congress.Dates.on(day));
                }
                congresses.add(c);
            }
            // After 1/7/2025: 1.203 basic organisations, 242 held by 15/7
            congressesAfter("S", 1203, 242, false);
            // After 1/7/2025: 1.780 new subordinate cells, 493 held by 15/7
            congressesAfter("M", 1780, 493, true);
            // Commune congresses: 82 consulting on the political report, 44 drafting; 19 registered 21–31/7 (2 pilots), 107 in August
            communeCongresses();
            seals();
        }

        PartyOrganisationId basic(String prefix, int i, int u, boolean committee) {
            UnitCode unit = units.get(u).code();
            PartyOrganisationId id = PartyOrganisationId.of(prefix + "-" + unit.value() + "-" + four(i));
            PartyOrganisationId parent = PartyOrganisationId.of("DU-" + unit.value());
            boolean big = committee || random.nextInt(6) == 0;
            int full = big ? 30 + random.nextInt(150) : 3 + random.nextInt(26);
            int probationary = random.nextInt(3);
            if (!big && full + probationary >= 30) {
                probationary = 0;
            }
            Kind kind = big ? Kind.BASIC_PARTY_COMMITTEE : Kind.BASIC_PARTY_CELL;
            String name = (big ? "Đảng bộ cơ sở mẫu " : "Chi bộ cơ sở mẫu ") + prefix + four(i);
            orgs.add(PartyOrganisation.of(id, kind, name, unit, full, probationary).withParent(parent));
            basicByUnit.get(u).add(id);
            if (big) {
                committeesByUnit.get(u).add(id);
            } else {
                cellsForFees.add(id);
            }
            return id;
        }

        void congressesAfter(String prefix, int required, int held, boolean subordinate) {
            int n = units.size();
            int[] heldOrder = permutation(required);
            boolean[] isHeld = new boolean[required];
            for (int i = 0; i < held; i++) {
                isHeld[heldOrder[i]] = true;
            }
            for (int i = 0; i < required; i++) {
                int u = i % n;
                PartyOrganisationId id;
                if (subordinate) {
                    List<PartyOrganisationId> parents = committeesByUnit.get(u);
                    PartyOrganisationId parent = parents.get(random.nextInt(parents.size()));
                    id = PartyOrganisationId.of(prefix + "-" + units.get(u).code().value() + "-" + four(i));
                    orgs.add(PartyOrganisation.of(id, Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc mẫu " + prefix + four(i),
                            units.get(u).code(), 3 + random.nextInt(20), random.nextInt(2)).withParent(parent));
                } else {
                    id = basic(prefix, i, u, false);
                }
                Congress c = Congress.planned(CongressId.of("DH-" + prefix + "-" + four(i)), id, TERM, 1);
                if (isHeld[i]) {
                    LocalDate day = LocalDate.of(2025, 7, 2).plusDays(random.nextInt(12));
                    c = c.heldOn(random.nextInt(3) == 0 ? new Congress.Dates(day, day.plusDays(1)) : Congress.Dates.on(day));
                } else {
                    c = c.registeredFor(Congress.Dates.on(LocalDate.of(2025, 7, 16).plusDays(random.nextInt(150))));
                }
                congresses.add(c);
            }
        }

        void communeCongresses() {
            int n = units.size();
            int phucTho = index("Phúc Thọ");
            int hoanKiem = index("Hoàn Kiếm");
            int[] order = permutation(n);
            List<Integer> rest = new ArrayList<>();
            for (int u : order) {
                if (u != phucTho && u != hoanKiem) {
                    rest.add(u);
                }
            }
            int[] draft = permutation(n);
            for (int u = 0; u < n; u++) {
                String c = units.get(u).code().value();
                Congress k = Congress.planned(CongressId.of("DH-DU-" + c), PartyOrganisationId.of("DU-" + c), TERM, 1)
                        .withPoliticalReport(draft[u] < 82 ? Congress.ReportDraftStatus.CONSULTING
                                : Congress.ReportDraftStatus.DRAFTING);
                if (u == phucTho) {
                    k = k.registeredFor(new Congress.Dates(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 7, 22))).asPilot();
                } else if (u == hoanKiem) {
                    k = k.registeredFor(new Congress.Dates(LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 23))).asPilot();
                } else if (rest.indexOf(u) < 17) {
                    LocalDate day = LocalDate.of(2025, 7, 24).plusDays(random.nextInt(7));
                    k = k.registeredFor(new Congress.Dates(day, day.plusDays(1)));
                } else {
                    LocalDate day = LocalDate.of(2025, 8, 1).plusDays(random.nextInt(30));
                    k = k.registeredFor(new Congress.Dates(day, day.plusDays(1)));
                }
                congresses.add(k);
            }
        }

        int index(String shortName) {
            for (int u = 0; u < units.size(); u++) {
                if (units.get(u).shortName().equals(shortName)) {
                    return u;
                }
            }
            throw new IllegalStateException("no unit " + shortName + " in Hà Nội");
        }

        void seals() {
            int n = units.size();
            int[] order = permutation(n);
            for (int u = 0; u < n; u++) {
                String c = units.get(u).code().value();
                seals.add(Seal.preparing(SealId.of("DAU-" + c + "-CQTM"), PartyOrganisationId.of("DU-" + c), Seal.Purpose.STAFF_BODIES)
                        .requested(LocalDate.of(2025, 7, 1).plusDays(random.nextInt(2)))
                        .issued(LocalDate.of(2025, 7, 4).plusDays(random.nextInt(4))));
            }
            for (int i = 0; i < n; i++) {
                int u = order[i];
                String c = units.get(u).code().value();
                List<PartyOrganisationId> basics = basicByUnit.get(u);
                int count = 1 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    PartyOrganisationId owner = basics.get(random.nextInt(basics.size()));
                    Seal seal = Seal.preparing(SealId.of("DAU-" + c + "-CS" + (s + 1)), owner, Seal.Purpose.ORGANISATION);
                    if (i < 67) {
                        // 67 units requested seals for their basic organisations; some already issued
                        seal = seal.requested(LocalDate.of(2025, 7, 7).plusDays(random.nextInt(6)));
                        if (random.nextInt(4) == 0) {
                            seal = seal.issued(LocalDate.of(2025, 7, 14));
                        }
                    }
                    seals.add(seal);
                }
            }
        }

        // ---- procedures and agent points ----

        void procedures() {
            String[][] real = {
                {"1.001193", "Đăng ký khai sinh", "Hộ tịch", "3"},
                {"1.000419", "Đăng ký khai tử lưu động", "Hộ tịch", "3"},
                {"2.000635", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "1"},
                {"2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
                    "Chứng thực", "1"},
            };
            for (String[] r : real) {
                procedures.add(Procedure.builder(ProcedureCode.of(r[0]), r[1], r[2], TimeLimit.workingDays(Integer.parseInt(r[3])))
                        .levels(AdministrativeLevel.COMMUNE)
                        .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON, Channel.POST, Channel.AGENT_POINT)
                        .build());
            }
            String[] fields = {"Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Bảo trợ xã hội", "Người có công", "Giáo dục",
                "Y tế", "Văn hóa", "Thi đua, khen thưởng", "Tư pháp", "Lao động", "Nông nghiệp", "Môi trường", "Tài chính",
                "Hộ kinh doanh", "Dân tộc, tôn giáo", "Nội vụ"};
            for (int i = real.length; i < PROCEDURES; i++) {
                int number = i - real.length + 1;
                String field = fields[random.nextInt(fields.length)];
                boolean full = random.nextInt(3) != 0;
                Procedure.Builder b = Procedure.builder(ProcedureCode.of(String.format("9.%06d", number)),
                                "Thủ tục minh họa " + three(number) + " (" + field + ")", field,
                                TimeLimit.workingDays(1 + random.nextInt(15)))
                        .levels(AdministrativeLevel.COMMUNE)
                        .illustrative(true);
                b = full ? b.online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON, Channel.POST, Channel.AGENT_POINT)
                        : b.online(OnlineLevel.PARTIAL, Channel.ONLINE, Channel.IN_PERSON, Channel.POST, Channel.AGENT_POINT);
                procedures.add(b.build());
            }
        }

        void points() {
            ServicePoint.Kind[] kinds = {ServicePoint.Kind.POST_OFFICE, ServicePoint.Kind.POST_OFFICE, ServicePoint.Kind.SHOP,
                ServicePoint.Kind.BANK, ServicePoint.Kind.OTHER};
            for (int i = 0; i < AGENT_POINTS + 3; i++) {
                int u = i < units.size() ? i : random.nextInt(units.size());
                ServicePoint.Kind kind = kinds[random.nextInt(kinds.length)];
                ServicePoint p = ServicePoint.of("DL-" + four(i + 1), "Điểm đại lý mẫu " + four(i + 1), units.get(u).code(), kind,
                        LocalDate.of(2025, 7, 1).plusDays(random.nextInt(5)));
                // three points closed before 15/7 do not count
                points.add(i >= AGENT_POINTS ? p.closedOn(LocalDate.of(2025, 7, 10)) : p);
            }
        }

        // ---- dossiers ----

        List<Dossier> dossiers() {
            int n = units.size();
            double[] weight = new double[n];
            double sum = 0;
            for (int u = 0; u < n; u++) {
                weight[u] = 0.4 + random.nextDouble() * 1.6;
                sum += weight[u];
            }
            double[] cumulative = new double[n];
            double acc = 0;
            for (int u = 0; u < n; u++) {
                acc += weight[u] / sum;
                cumulative[u] = acc;
            }
            List<LocalDate> working = new ArrayList<>();
            List<LocalDate> all = new ArrayList<>();
            for (LocalDate d = FROM; !d.isAfter(UNTIL); d = d.plusDays(1)) {
                all.add(d);
                if (CALENDAR.isWorkingDay(d)) {
                    working.add(d);
                }
            }
            int total = DOSSIERS + AFTER_PERIOD;
            Channel[] channel = new Channel[total];
            int[] onlineAt = permutation(DOSSIERS);
            boolean[] online = new boolean[DOSSIERS];
            for (int i = 0; i < ONLINE; i++) {
                online[onlineAt[i]] = true;
            }
            int[][] sequence = new int[n][];
            for (int u = 0; u < n; u++) {
                sequence[u] = new int[32];
            }
            List<Dossier> out = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                boolean inPeriod = i < DOSSIERS;
                Channel ch;
                if (inPeriod && online[i]) {
                    ch = Channel.ONLINE;
                } else if (!inPeriod && i % 7 == 0) {
                    ch = Channel.ONLINE;
                } else {
                    int r = random.nextInt(100);
                    ch = r < 88 ? Channel.IN_PERSON : r < 95 ? Channel.AGENT_POINT : Channel.POST;
                }
                channel[i] = ch;
                double x = random.nextDouble();
                int u = Arrays.binarySearch(cumulative, x);
                u = u >= 0 ? u : Math.min(n - 1, -u - 1);
                LocalDate day;
                if (!inPeriod) {
                    day = LocalDate.of(2025, 7, 14);
                } else if (ch == Channel.ONLINE) {
                    day = all.get(random.nextInt(all.size()));
                } else {
                    day = working.get(random.nextInt(working.size()));
                }
                LocalDateTime at = ch == Channel.ONLINE
                        ? day.atTime(6, 0).plusMinutes(random.nextInt(16 * 60))
                        : day.atTime(7, 30).plusMinutes(random.nextInt(9 * 60 + 30));
                Procedure procedure = procedure();
                int seq = ++sequence[u][day.getDayOfMonth()];
                UnitCode unit = units.get(u).code();
                DossierCode code = DossierCode.of("H01." + unit.value(), day, seq, 4);
                out.add(life(Dossier.receive(code, procedure.code(), unit, ch, at), procedure));
            }
            out.sort((a, b) -> {
                int c = a.receivedAt().compareTo(b.receivedAt());
                return c != 0 ? c : a.code().compareTo(b.code());
            });
            return out;
        }

        /** A procedure: the four real ones are the most frequent, the rest spread over the catalogue. */
        Procedure procedure() {
            int r = random.nextInt(100);
            if (r < 30) {
                return procedures.get(3);
            }
            if (r < 42) {
                return procedures.get(0);
            }
            if (r < 47) {
                return procedures.get(2);
            }
            if (r < 48) {
                return procedures.get(1);
            }
            return procedures.get(4 + Math.min(PROCEDURES - 5, (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * (PROCEDURES - 4))));
        }

        /** What happened to a dossier until the start of 15/7/2025. */
        Dossier life(Dossier d, Procedure procedure) {
            LocalDateTime t = d.receivedAt();
            if (d.status() == DossierStatus.NEW) {
                LocalDateTime accept = nextOfficeMoment(t.plusMinutes(30 + random.nextInt(240)));
                if (random.nextInt(100) < 3) {
                    return accept.isBefore(CUTOFF) ? d.transition(DossierStatus.REFUSED, accept) : d;
                }
                if (!accept.isBefore(CUTOFF)) {
                    return d;
                }
                d = d.transition(DossierStatus.ACCEPTED, accept);
                t = accept;
            }
            d = d.withComputedDue(procedure, CALENDAR::dueDate);
            LocalDateTime due = d.due().orElseThrow();
            LocalDateTime processing = nextOfficeMoment(t.plusMinutes(10 + random.nextInt(120)));
            if (!processing.isBefore(CUTOFF)) {
                return d;
            }
            d = d.transition(DossierStatus.PROCESSING, processing);
            t = processing;
            int r = random.nextInt(100);
            if (r < 3) {
                LocalDateTime ask = t.plusHours(2 + random.nextInt(20));
                return ask.isBefore(CUTOFF) ? d.transition(DossierStatus.SUPPLEMENT_REQUESTED, ask, "Bổ sung giấy tờ") : d;
            }
            long span = Math.max(30, java.time.Duration.between(t, due).toMinutes());
            LocalDateTime done = nextOfficeMoment(r < 7 ? due.plusHours(2 + random.nextInt(40))
                    : t.plusMinutes(20 + (long) (random.nextDouble() * span * 0.9)));
            if (!done.isBefore(CUTOFF)) {
                return d;
            }
            d = d.transition(DossierStatus.PROCESSED, done);
            LocalDateTime returned = nextOfficeMoment(done.plusMinutes(random.nextInt(26 * 60)));
            return returned.isBefore(CUTOFF) ? d.transition(DossierStatus.RESULT_RETURNED, returned) : d;
        }

        static LocalDateTime nextOfficeMoment(LocalDateTime t) {
            LocalDateTime m = t;
            while (!CALENDAR.isWorkingDay(m.toLocalDate()) || m.toLocalTime().isAfter(LocalTime.of(17, 0))
                    || m.toLocalTime().isBefore(LocalTime.of(7, 30))) {
                m = m.toLocalTime().isBefore(LocalTime.of(7, 30)) && CALENDAR.isWorkingDay(m.toLocalDate())
                        ? m.toLocalDate().atTime(7, 45) : m.toLocalDate().plusDays(1).atTime(7, 45);
            }
            return m;
        }

        // ---- payments ----

        List<Payment> payments() {
            List<Payment> out = new ArrayList<>();
            int twoMonths = FEE_PAYMENTS - FEE_MEMBERS;
            int id = 0;
            long[] amounts = {20_000, 25_000, 30_000, 35_000, 40_000, 50_000, 60_000, 75_000, 90_000, 120_000};
            for (int m = 0; m < FEE_MEMBERS + FAILED_PAYMENTS + PENDING_PAYMENTS; m++) {
                boolean payer = m < FEE_MEMBERS;
                String member = "DV-" + six(m + 1);
                PartyOrganisationId cell = cellsForFees.get(m % cellsForFees.size());
                Vnd amount = Vnd.of(amounts[random.nextInt(amounts.length)]);
                feeOfMember.add(amount.amount());
                int months = payer && m < twoMonths ? 2 : 1;
                for (int k = 0; k < months; k++) {
                    YearMonth month = k == 0 ? YearMonth.of(2025, 7) : YearMonth.of(2025, 6);
                    PaymentStatus status = payer ? PaymentStatus.SUCCEEDED
                            : m < FEE_MEMBERS + FAILED_PAYMENTS ? PaymentStatus.FAILED : PaymentStatus.PENDING;
                    LocalDateTime at = FROM.atTime(6, 0).plusMinutes(random.nextInt(13 * 24 * 60 - 8 * 60));
                    id++;
                    out.add(Payment.partyFee("DP-" + six(id), member, month, cell.value(), amount, PaymentChannel.ONLINE_PORTAL,
                            status, at, Optional.of("NTS" + six(id))));
                }
            }
            out.sort((a, b) -> {
                int c = a.at().compareTo(b.at());
                return c != 0 ? c : a.id().compareTo(b.id());
            });
            return out;
        }

        /** The fee bases of the members, after {@link #payments()} drew their fees. */
        List<FeeBasisEntry> feeBases() {
            return HanoiSampleGenerator.feeBases(feeOfMember);
        }
    }

    /**
     * The fee bases of the members behind the payments, from {@link #FEE_BASES_FROM}, made so
     * that the fee due under QĐ 342-QĐ/TW (in force for June and July 2025) is the amount each
     * member pays: every seventh member a pensioner (0.5 % of a pension 200 times the fee), the
     * others salaried (1 % of a salary base 100 times the fee), every fifth of those with a tenth
     * of the base as BHXH allowances. No random draw: the other files are unchanged.
     */
    static List<FeeBasisEntry> feeBases(List<Long> feeOfMember) {
        List<FeeBasisEntry> out = new ArrayList<>(feeOfMember.size());
        for (int m = 0; m < feeOfMember.size(); m++) {
            String member = "DV-" + six(m + 1);
            long fee = feeOfMember.get(m);
            FeeBasisEntry e;
            if (m % 7 == 6) {
                e = FeeBasisEntry.pension(member, fee * 200, FEE_BASES_FROM);
            } else if (m % 5 == 0) {
                e = new FeeBasisEntry(member, FeeBasisKind.SALARY, Optional.of(Vnd.of(fee * 90)),
                        Optional.of(Vnd.of(fee * 10)), Optional.of(WageRegion.I), Optional.empty(), Set.of(),
                        Optional.empty(), FEE_BASES_FROM, Optional.empty());
            } else {
                e = FeeBasisEntry.salary(member, fee * 100, FEE_BASES_FROM);
            }
            out.add(e);
        }
        return out;
    }

    /** The people behind the payments: one per member id, obviously generated names. */
    static List<Person> members() {
        List<Person> out = new ArrayList<>(FEE_MEMBERS + FAILED_PAYMENTS + PENDING_PAYMENTS);
        for (int m = 0; m < FEE_MEMBERS + FAILED_PAYMENTS + PENDING_PAYMENTS; m++) {
            out.add(Person.of(PersonId.of("DV-" + six(m + 1)), "Đảng viên Mẫu " + six(m + 1)));
        }
        return out;
    }

    static String two(int i) {
        return String.format("%02d", i);
    }

    static String three(int i) {
        return String.format("%03d", i);
    }

    static String four(int i) {
        return String.format("%04d", i);
    }

    static String six(int i) {
        return String.format("%06d", i);
    }
}
