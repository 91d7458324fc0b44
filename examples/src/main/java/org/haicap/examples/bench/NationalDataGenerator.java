package org.haicap.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.haicap.core.calendar.TimeLimit;
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
import org.haicap.core.party.MemberSituation;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Term;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.HdndChairSettings;
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
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.RuleSettings;

/**
 * Writes national-scale test data (dữ liệu quy mô toàn quốc), deterministic for a seed: the
 * reference data of every one of the 3,321 units of the catalogue in all 34 provinces (a full Ban
 * Chấp hành per unit, so 104,193 officials, with their posts, appointments, party
 * organisations, committees and congress; five commune-level procedures) as {@code dataset.json}
 * ({@link DatasetWriter}), then {@code dossiers.jsonl} and {@code payments.jsonl}
 * ({@link JsonLinesWriter}) with a chosen rate of planted defects, {@code manifest.json}: how
 * many defects of each rule were planted, and {@code rule-settings.json}: the settings of
 * {@link #parameters()}. Under {@link #parameters()} the data is clean apart from the planted
 * defects, so a validator must report exactly the manifest's counts.
 *
 * <p>Planted defects, each row independently with probability {@code defectRate}, the kind drawn
 * uniformly: dossiers — a line that is not JSON ({@code vn.read.malformed-json}), a copy of the
 * previous clean dossier ({@code vn.dossier.duplicate-code}), a unit code not in the catalogue
 * ({@code vn.dossier.unit}), a due date a day off ({@code vn.dossier.due-date}); payments (party
 * fees) — a line that is not JSON, an amount 1,000 đ off the fee due ({@code vn.payment.party-fee}),
 * the bank reference of the previous clean payment ({@code vn.payment.duplicate-reference}), a
 * member not in the dataset ({@code vn.payment.references}).
 *
 * <p>Thread-safe: immutable; each {@link #generate(Path)} call writes its own files.
 */
public final class NationalDataGenerator {

    /** Validation date of the generated data. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);
    /** Monthly salary of every member (đ): the fee basis of the fee rule (1 %). */
    public static final long SALARY = 5_000_000;
    /** File names inside the output directory. */
    public static final String DATASET = "dataset.json";
    /** Dossier stream file name. */
    public static final String DOSSIERS = "dossiers.jsonl";
    /** Payment stream file name. */
    public static final String PAYMENTS = "payments.jsonl";
    /** Manifest file name. */
    public static final String MANIFEST = "manifest.json";
    /**
     * Rule-settings file name: the settings of {@link #parameters()} as a {@code haicap-rule-settings}
     * 1.0 file ({@code RuleSettings.write}), for {@code validate --rules} and the Spark job's
     * {@code --rules}.
     */
    public static final String RULE_SETTINGS = "rule-settings.json";

    private static final LocalDate START = UnitCatalog.EFFECTIVE_FROM;
    private static final byte[] MALFORMED = "{\"code\": not json\n".getBytes(StandardCharsets.UTF_8);
    private static final PaymentChannel[] PAY_CHANNELS = {PaymentChannel.BANK_TRANSFER, PaymentChannel.CASH};

    private final long dossiers;
    private final long payments;
    private final long seed;
    private final double defectRate;

    /**
     * A generator.
     *
     * @param dossiers number of dossier lines, 0 to 10,000,000 (a 7-digit sequence keeps codes unique)
     * @param payments number of payment lines, at least 0
     * @param seed the random seed
     * @param defectRate probability that a row carries a planted defect, 0 to 1
     * @throws IllegalArgumentException if a count or the rate is out of range
     */
    public NationalDataGenerator(long dossiers, long payments, long seed, double defectRate) {
        if (dossiers < 0 || dossiers > 10_000_000 || payments < 0 || !(defectRate >= 0 && defectRate <= 1)) {
            throw new IllegalArgumentException("số dòng hoặc tỉ lệ lỗi không hợp lệ / bad row count or defect rate: "
                    + dossiers + ", " + payments + ", " + defectRate);
        }
        this.dossiers = dossiers;
        this.payments = payments;
        this.seed = seed;
        this.defectRate = defectRate;
    }

    /**
     * What {@link #generate(Path)} planted: rows written per file and planted defects per rule id.
     *
     * @param datasetPeople people in the dataset
     * @param dossierLines lines written to the dossier file
     * @param paymentLines lines written to the payment file
     * @param dossierDefects planted defects of the dossier file by rule id
     * @param paymentDefects planted defects of the payment file by rule id
     */
    public record Manifest(long datasetPeople, long dossierLines, long paymentLines, Map<String, Long> dossierDefects,
            Map<String, Long> paymentDefects) {
        /** Copies the maps. */
        public Manifest {
            dossierDefects = Map.copyOf(dossierDefects);
            paymentDefects = Map.copyOf(paymentDefects);
        }
    }

    /**
     * The rule parameters the data is valid under: the defaults, with the HĐND chaired by the Bí
     * thư and every member's fee basis a compulsory-insurance salary of {@link #SALARY}. The
     * settings among them are what {@link #generate(Path)} writes to {@link #RULE_SETTINGS}; the
     * fee basis is a service, not a setting: a job on the files builds it in code (the Spark
     * job's {@code --fee-basis-salary 5000000}).
     */
    public static RuleParameters parameters() {
        PartyFeeBasis basis = PartyFeeBasis.of(new MemberSituation.CompulsoryInsurance(Vnd.of(SALARY)));
        return RuleParameters.builder().hdndChair(HdndChairSettings.uniform(HdndChairArrangement.SECRETARY))
                .feeBasis((String member, YearMonth month) -> Optional.of(basis)).build();
    }

    /** The five commune-level procedures of the dataset. */
    static List<Procedure> procedures() {
        Object[][] p = {
            {"1.001193", "Đăng ký khai sinh", "Hộ tịch", 5},
            {"1.001022", "Đăng ký kết hôn", "Hộ tịch", 5},
            {"1.000656", "Đăng ký khai tử", "Hộ tịch", 3},
            {"2.000908", "Chứng thực bản sao từ bản chính", "Chứng thực", 2},
            {"1.004227", "Cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3},
        };
        List<Procedure> out = new ArrayList<>();
        for (Object[] r : p) {
            out.add(Procedure.builder(ProcedureCode.of((String) r[0]), (String) r[1], (String) r[2],
                            TimeLimit.workingDays((Integer) r[3])).levels(AdministrativeLevel.COMMUNE)
                    .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).illustrative(true).build());
        }
        return out;
    }

    /** The national reference dataset: every catalogue unit, its officials and party organisations. */
    public Dataset dataset() {
        RuleParameters params = parameters();
        List<UnitCode> units = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        List<Appointment> appointments = new ArrayList<>();
        List<PartyOrganisation> orgs = new ArrayList<>();
        List<Committee> committees = new ArrayList<>();
        List<Congress> congresses = new ArrayList<>();
        Decision decision = Decision.of("15-QĐ/TU", START.minusDays(1));
        String[] surnames = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
        String[] given = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Huy", "Ngọc Lan", "Hữu Phúc"};
        SplittableRandom random = new SplittableRandom(seed);
        Term term = Term.of(2025, 2030);
        for (AdminUnit unit : UnitCatalog.official().units()) {
            UnitCode u = unit.code();
            String c = u.value();
            units.add(u);
            int cap = params.executiveCommitteeCap(unit.mergedCommuneCount());
            for (int i = 0; i < cap; i++) {
                people.add(Person.of(personId(c, i),
                        surnames[random.nextInt(surnames.length)] + " " + given[random.nextInt(given.length)]));
            }
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
                posts.add(Post.of(id, u, (PostRole) s[1]));
                Appointment a = Appointment.of(AppointmentId.of(c + "-A-" + s[0]), personId(c, (Integer) s[2]), id,
                        START, decision);
                appointments.add((Boolean) s[3] ? a.asConcurrent() : a);
            }
            PostId uvc = PostId.of(c + "-UVC");
            posts.add(Post.of(uvc, u, PostRole.COMMITTEE_VICE_CHAIR, 2));
            appointments.add(Appointment.of(AppointmentId.of(c + "-A-UVC1"), personId(c, 4), uvc, START, decision));
            appointments.add(Appointment.of(AppointmentId.of(c + "-A-UVC2"), personId(c, 5), uvc, START, decision));
            PostId bch = PostId.of(c + "-BCH");
            posts.add(Post.of(bch, u, PostRole.EXECUTIVE_COMMITTEE_MEMBER, cap));
            for (int i = 0; i < cap; i++) {
                appointments.add(Appointment.of(AppointmentId.of(c + "-A-BCH" + (i + 1)), personId(c, i), bch, START,
                        decision));
            }
            PostId btv = PostId.of(c + "-BTV");
            posts.add(Post.of(btv, u, PostRole.STANDING_COMMITTEE_MEMBER, 11));
            for (int i = 0; i < 11; i++) {
                appointments.add(Appointment.of(AppointmentId.of(c + "-A-BTV" + (i + 1)), personId(c, i), btv, START,
                        decision));
            }
            PartyOrganisationId top = topOrganisation(c);
            PartyOrganisationId basic = PartyOrganisationId.of(c + "-DBCS");
            orgs.add(PartyOrganisation.of(top, PartyOrganisation.Kind.COMMUNE_PARTY_COMMITTEE, "Đảng bộ " + unit.name(),
                    u, 400 + random.nextInt(800), 10));
            orgs.add(PartyOrganisation.of(PartyOrganisationId.of(c + "-CB1"), PartyOrganisation.Kind.BASIC_PARTY_CELL,
                    "Chi bộ thôn 1", u, 5 + random.nextInt(20), 0).withParent(top));
            orgs.add(PartyOrganisation.of(PartyOrganisationId.of(c + "-CB2"), PartyOrganisation.Kind.BASIC_PARTY_CELL,
                    "Chi bộ thôn 2", u, 12, 1).withParent(top));
            orgs.add(PartyOrganisation.of(basic, PartyOrganisation.Kind.BASIC_PARTY_COMMITTEE, "Đảng bộ cơ sở", u, 40, 0)
                    .withParent(top));
            orgs.add(PartyOrganisation.of(PartyOrganisationId.of(c + "-CBTT"),
                    PartyOrganisation.Kind.SUBORDINATE_PARTY_CELL, "Chi bộ trực thuộc", u, 6, 0).withParent(basic));
            committees.add(new Committee(CommitteeId.of(c + "-BCH"), top, Committee.Kind.EXECUTIVE_COMMITTEE, term, cap,
                    Set.of(bch)));
            committees.add(new Committee(CommitteeId.of(c + "-BTV"), top, Committee.Kind.STANDING_COMMITTEE, term, 11,
                    Set.of(btv)));
            congresses.add(Congress.planned(CongressId.of(c + "-DH1"), top, term, 1)
                    .heldOn(Congress.Dates.on(LocalDate.of(2025, 8, 15))));
        }
        return Dataset.builder(DatasetInfo.of("toan-quoc", AS_OF)).units(units).people(people).posts(posts)
                .appointments(appointments).organisations(orgs).committees(committees).congresses(congresses)
                .procedures(procedures()).build();
    }

    private static PersonId personId(String unit, int i) {
        return PersonId.of(unit + "-P" + (i + 1));
    }

    private static PartyOrganisationId topOrganisation(String unit) {
        return PartyOrganisationId.of(unit + "-DB");
    }

    /**
     * Writes the five files into {@code dir} (created if needed): the dataset, the two streams,
     * the manifest and the rule settings the data is valid under ({@link #RULE_SETTINGS}).
     *
     * @return what was planted
     * @throws IOException if a file cannot be written
     */
    public Manifest generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Dataset dataset = dataset();
        DatasetWriter.write(dataset, dir.resolve(DATASET));
        Map<String, Long> dossierDefects = writeDossiers(dir.resolve(DOSSIERS), dataset);
        Map<String, Long> paymentDefects = writePayments(dir.resolve(PAYMENTS), dataset);
        Manifest m = new Manifest(dataset.people().size(), dossiers, payments, dossierDefects, paymentDefects);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(MANIFEST).toFile(), m);
        RuleSettings.write(parameters(), dir.resolve(RULE_SETTINGS));
        return m;
    }

    /** Reads a manifest written by {@link #generate(Path)}. */
    public static Manifest readManifest(Path dir) throws IOException {
        return new ObjectMapper().readValue(dir.resolve(MANIFEST).toFile(), Manifest.class);
    }

    private enum DossierDefect {
        MALFORMED("vn.read.malformed-json"), DUPLICATE("vn.dossier.duplicate-code"), UNIT("vn.dossier.unit"),
        DUE("vn.dossier.due-date");

        final String rule;

        DossierDefect(String rule) {
            this.rule = rule;
        }
    }

    private enum PaymentDefect {
        MALFORMED("vn.read.malformed-json"), FEE("vn.payment.party-fee"),
        DUPLICATE("vn.payment.duplicate-reference"), MEMBER("vn.payment.references");

        final String rule;

        PaymentDefect(String rule) {
            this.rule = rule;
        }
    }

    private Map<String, Long> writeDossiers(Path file, Dataset dataset) throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Procedure> procs = dataset.procedures();
        List<UnitCode> units = dataset.units();
        RuleParameters params = parameters();
        Map<DossierDefect, Long> planted = new EnumMap<>(DossierDefect.class);
        Channel[] channels = {Channel.ONLINE, Channel.IN_PERSON};
        UnitCode missingUnit = UnitCode.of("99999");
        Dossier lastClean = null;
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonLinesWriter<Dossier> w = JsonLinesWriter.open(raw)) {
            for (long i = 0; i < dossiers; i++) {
                DossierDefect defect = random.nextDouble() < defectRate
                        ? DossierDefect.values()[random.nextInt(DossierDefect.values().length)] : null;
                if (defect == DossierDefect.DUPLICATE && lastClean == null) {
                    defect = null;
                }
                if (defect == DossierDefect.MALFORMED) {
                    w.flush();
                    raw.write(MALFORMED);
                } else if (defect == DossierDefect.DUPLICATE) {
                    w.write(lastClean);
                } else {
                    Procedure proc = procs.get(random.nextInt(procs.size()));
                    LocalDateTime at = LocalDateTime.of(2025, 7, 1, 7, 30)
                            .plusMinutes(random.nextInt(60 * 24 * 360));
                    UnitCode unit = defect == DossierDefect.UNIT ? missingUnit : units.get(random.nextInt(units.size()));
                    Dossier d = Dossier.receive(DossierCode.of("H" + unit.value().substring(0, 2) + ".UBND",
                                    at.toLocalDate(), i, 7), proc.code(), unit, channels[random.nextInt(2)], at)
;
                    int steps = defect == DossierDefect.DUE ? 1 + random.nextInt(4) : random.nextInt(5);
                    LocalDateTime t = at.plusMinutes(5 + random.nextInt(600));
                    if (steps >= 1 && d.status() == DossierStatus.NEW) {
                        d = d.transition(DossierStatus.ACCEPTED, t);
                    }
                    if (steps >= 2) {
                        t = t.plusHours(1 + random.nextInt(48));
                        d = d.transition(DossierStatus.PROCESSING, t);
                    }
                    if (steps >= 3) {
                        t = t.plusHours(1 + random.nextInt(200));
                        d = d.transition(DossierStatus.PROCESSED, t);
                    }
                    if (steps >= 4) {
                        t = t.plusHours(1 + random.nextInt(24));
                        d = d.transition(DossierStatus.RESULT_RETURNED, t, "Đã trả kết quả tại bộ phận một cửa");
                    }
                    d = d.withComputedDue(proc, params.calendar()::dueDate);
                    if (defect == DossierDefect.DUE) {
                        d = d.withDue(d.due().orElseThrow().plusDays(1));
                    }
                    w.write(d);
                    if (defect == null) {
                        lastClean = d;
                    }
                }
                if (defect != null) {
                    planted.merge(defect, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        planted.forEach((k, v) -> out.put(k.rule, v));
        return out;
    }

    private Map<String, Long> writePayments(Path file, Dataset dataset) throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        RuleParameters params = parameters();
        PartyFeeRules rules = params.feeRules();
        PartyFeeBasis basis = params.feeBasis().orElseThrow().basis("x", YearMonth.of(2026, 1)).orElseThrow();
        List<UnitCode> units = dataset.units();
        Map<PaymentDefect, Long> planted = new EnumMap<>(PaymentDefect.class);
        Payment lastClean = null;
        int[] capOf = new int[units.size()];
        for (int k = 0; k < capOf.length; k++) {
            capOf[k] = params.executiveCommitteeCap(UnitCatalog.official().unit(units.get(k)).orElseThrow()
                    .mergedCommuneCount());
        }
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonLinesWriter<Payment> w = JsonLinesWriter.open(raw)) {
            for (long i = 0; i < payments; i++) {
                PaymentDefect defect = random.nextDouble() < defectRate
                        ? PaymentDefect.values()[random.nextInt(PaymentDefect.values().length)] : null;
                if (defect == PaymentDefect.DUPLICATE && lastClean == null) {
                    defect = null;
                }
                if (defect == PaymentDefect.MALFORMED) {
                    w.flush();
                    raw.write(MALFORMED);
                } else {
                    int k = random.nextInt(units.size());
                    String c = units.get(k).value();
                    String member = defect == PaymentDefect.MEMBER ? c + "-X" + (i + 1)
                            : personId(c, random.nextInt(capOf[k])).value();
                    YearMonth month = YearMonth.of(2025, 7).plusMonths(random.nextInt(12));
                    Vnd due = rules.due(basis, month).amount();
                    Vnd amount = defect == PaymentDefect.FEE ? Vnd.of(due.amount() + 1000) : due;
                    PaymentChannel channel = PAY_CHANNELS[random.nextInt(PAY_CHANNELS.length)];
                    Optional<String> reference = channel == PaymentChannel.CASH ? Optional.empty()
                            : Optional.of("FT" + (i + 1));
                    if (defect == PaymentDefect.DUPLICATE) {
                        channel = lastClean.channel();
                        reference = lastClean.reference();
                        if (reference.isEmpty()) {
                            channel = PaymentChannel.BANK_TRANSFER;
                            reference = Optional.of("FT-CASH-" + i);
                            defect = null;
                        }
                    }
                    LocalDateTime at = month.atDay(1).atTime(8, 0).plusMinutes(random.nextInt(60 * 24 * 27));
                    Payment p = Payment.partyFee("TT-" + (i + 1), member, month, topOrganisation(c).value(), amount,
                            channel, PaymentStatus.SUCCEEDED, at, reference);
                    w.write(p);
                    if (defect == null) {
                        lastClean = p;
                    }
                }
                if (defect != null) {
                    planted.merge(defect, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        planted.forEach((k, v) -> out.put(k.rule, v));
        return out;
    }

    @Override
    public String toString() {
        return "NationalDataGenerator[dossiers=" + dossiers + ", payments=" + payments + ", seed=" + seed
                + ", defectRate=" + defectRate + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalDataGenerator g && g.dossiers == dossiers && g.payments == payments
                && g.seed == seed && g.defectRate == defectRate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossiers, payments, seed, defectRate);
    }
}
