package org.haicap.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.people.Staffing;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.CatalogueHorizon;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;

/**
 * Checks a {@link Dataset} as of a date against the dataset rules of {@link Rules} (kiểm tra bộ
 * dữ liệu): the commune-level leadership norms, appointments, party organisations and
 * congresses. Every rule reports its measure {@code passed/total} (for example
 * {@code vn.commune.secretary} 125/126 units).
 *
 * <p>Locations: the source is the dataset's name, the key the entity's id (unit code,
 * appointment id, organisation id, congress id, province code) and the path a JSON path into
 * the interchange form of the dataset, such as {@code $.appointments[17]} or {@code $.units[3]}.
 *
 * <p>Units: a listed unit that is not in the catalogue on the dataset's date is an error of
 * {@link Rules#DATASET_UNIT_EXISTS}, and the commune rules leave it out (their measures count
 * the units that exist). The staffing-gap rules (vacant chairs, committee seats, appointed
 * members) run in {@code StaffingGapChecks}.
 *
 * <p>Severities: vacancies in mandated single posts (no Bí thư, a missing Phó Bí thư, Chủ tịch
 * HĐND, Chủ tịch UBND, Phó Chủ tịch HĐND or Phó Chủ tịch UBND) are errors; over-quota counts are warnings until
 * {@link RuleParameters#overQuotaToleranceEnd()} (1/7/2030, Kết luận 150-KL/TW) and errors
 * from then.
 *
 * <p>Immutable and thread-safe. Cost: linear in the records, plus the sort of each single-seat
 * post's appointments.
 */
public final class DatasetValidator {

    private final RuleParameters params;
    private final int sampleSize;

    private DatasetValidator(RuleParameters params, int sampleSize) {
        this.params = params;
        this.sampleSize = sampleSize;
    }

    /** A validator with the default parameters and sample size. */
    public static DatasetValidator standard() {
        return new DatasetValidator(RuleParameters.defaults(), ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /** A validator with these parameters and the default sample size. */
    public static DatasetValidator of(RuleParameters params) {
        return new DatasetValidator(Objects.requireNonNull(params, "params"), ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /**
     * This validator keeping {@code k} sample findings per rule.
     *
     * @throws IllegalArgumentException if {@code k} is negative
     */
    public DatasetValidator withSampleSize(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("cỡ mẫu không được âm / sample size must not be negative: " + k);
        }
        return new DatasetValidator(params, k);
    }

    /** The parameters. */
    public RuleParameters parameters() {
        return params;
    }

    /**
     * Validates a dataset as of a date.
     *
     * @param dataset the dataset
     * @param asOf the date the staffing and sizes are judged on
     * @return the findings and measures of every dataset rule
     */
    public ValidationResult validate(Dataset dataset, LocalDate asOf) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        ValidationResult.Builder b = ValidationResult.builder(sampleSize);
        new Run(dataset, asOf, new Emitter(b, params)).all();
        return b.build();
    }

    /**
     * Validates a dataset as read from a file, as of a date: the records the reader refused are
     * findings too (rule {@code vn.read.<reason>}, at their file, line, column and JSON path), so
     * nothing that was in the file goes unreported.
     *
     * @param read what {@code DatasetReader} read
     * @param asOf the date the staffing and sizes are judged on
     * @return the findings and measures of every dataset rule, and one finding per refused record
     */
    public ValidationResult validate(DatasetReader.Result read, LocalDate asOf) {
        Objects.requireNonNull(read, "read");
        ValidationResult.Builder b = ValidationResult.builder(sampleSize).addAll(validate(read.dataset(), asOf));
        for (ReadProblem problem : read.problems()) {
            b.add(Rules.refusedRecord(params, problem));
        }
        return b.build();
    }

    /** One validation. */
    private static final class Run {
        final Dataset ds;
        final LocalDate asOf;
        final Emitter e;
        final RuleParameters p;
        final UnitCatalog catalog;
        final Location base;
        final Map<PostId, Post> posts = new LinkedHashMap<>();
        final Staffing staffing;

        Run(Dataset ds, LocalDate asOf, Emitter e) {
            this.ds = ds;
            this.asOf = asOf;
            this.e = e;
            this.p = e.params;
            this.catalog = p.catalog();
            this.base = Location.of(ds.info().name());
            for (Post post : ds.posts()) {
                posts.putIfAbsent(post.id(), post);
            }
            Set<AppointmentId> ids = new HashSet<>();
            List<Appointment> usable = new ArrayList<>();
            for (Appointment a : ds.appointments()) {
                if (posts.containsKey(a.post()) && ids.add(a.id())) {
                    usable.add(a);
                }
            }
            this.staffing = Staffing.of(posts.values(), usable);
        }

        void all() {
            horizon();
            communes();
            provinceAverage();
            appointments();
            organisations();
            congresses();
            PartyRules.check(ds, e, base);
        }

        /** Whether the catalogue's data reaches the date the dataset is judged on; if not, an INFO saying so. */
        void horizon() {
            RuleInfo r = Rules.DATASET_CATALOGUE_HORIZON;
            CatalogueHorizon h = catalog.horizon();
            boolean covered = h.covers(asOf);
            if (!covered) {
                e.emit(r, e.base(r), base, "message", asOf, h.checkedOn(),
                        h.lastResolution().isEmpty() ? "—" : h.lastResolution());
            }
            e.measure(r, covered ? 1 : 0, 1);
        }

        // ---- commune-level norms ----

        void communes() {
            List<UnitCode> units = new ArrayList<>(new LinkedHashSet<>(ds.units()));
            Map<UnitCode, Integer> index = new HashMap<>();
            for (int i = 0; i < ds.units().size(); i++) {
                index.putIfAbsent(ds.units().get(i), i);
            }
            long[] pass = new long[10];
            long judged = 0;
            StaffingGapChecks gaps = new StaffingGapChecks(staffing, p, e, asOf);
            for (UnitCode u : units) {
                Location at = base.withKey(u.value()).withPath("$.units[" + index.get(u) + "]");
                if (!unitExists(u, at)) {
                    continue;
                }
                judged++;
                gaps.unit(u, at);
                int k = 0;
                pass[k++] += secretary(u, at);
                pass[k++] += deputies(u, at);
                pass[k++] += councilChair(u, at);
                pass[k++] += committeeChair(u, at);
                pass[k++] += councilViceChair(u, at);
                pass[k++] += committeeViceChairs(u, at);
                pass[k++] += executive(u, at);
                pass[k++] += standing(u, at);
                pass[k++] += standingInExecutive(u, at);
            }
            RuleInfo[] order = {Rules.COMMUNE_SECRETARY, Rules.COMMUNE_DEPUTY_SECRETARIES, Rules.COMMUNE_COUNCIL_CHAIR,
                Rules.COMMUNE_COMMITTEE_CHAIR, Rules.COMMUNE_COUNCIL_VICE_CHAIR, Rules.COMMUNE_COMMITTEE_VICE_CHAIRS,
                Rules.COMMUNE_EXECUTIVE_COMMITTEE, Rules.COMMUNE_STANDING_COMMITTEE, Rules.COMMUNE_STANDING_IN_EXECUTIVE};
            for (int i = 0; i < order.length; i++) {
                e.measure(order[i], pass[i], judged);
            }
            e.measure(Rules.DATASET_UNIT_EXISTS, judged, units.size());
            gaps.measures();
        }

        /**
         * Whether a listed unit is in the catalogue on the dataset's date; if not, an error, and
         * the commune rules leave the unit out (their measures count only units that exist).
         */
        boolean unitExists(UnitCode u, Location at) {
            LocalDate on = ds.info().asOf();
            if (catalog.unit(u).isPresent() && !on.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
                return true;
            }
            RuleInfo r = Rules.DATASET_UNIT_EXISTS;
            e.emit(r, e.base(r), at, "message", u.value(), on);
            return false;
        }

        List<PersonId> holders(UnitCode u, PostRole role) {
            return staffing.holders(u, role, asOf);
        }

        int secretary(UnitCode u, Location at) {
            int n = holders(u, PostRole.SECRETARY).size();
            if (n == 1) {
                return 1;
            }
            if (n == 0) {
                LocalDate errorFrom = UnitCatalog.EFFECTIVE_FROM.plus(p.secretaryGracePeriod());
                Severity s = asOf.isBefore(errorFrom) ? Severity.WARNING : e.base(Rules.COMMUNE_SECRETARY);
                e.emit(Rules.COMMUNE_SECRETARY, s, at, "missing", u.value());
            } else {
                e.emit(Rules.COMMUNE_SECRETARY, e.base(Rules.COMMUNE_SECRETARY), at, "many", u.value(), n);
            }
            return 0;
        }

        int deputies(UnitCode u, Location at) {
            int standing = holders(u, PostRole.STANDING_DEPUTY_SECRETARY).size();
            int chair = holders(u, PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR).size();
            RuleInfo r = Rules.COMMUNE_DEPUTY_SECRETARIES;
            if (standing == 0) {
                e.emit(r, e.base(r), at.appendPath("standing"), "missing-standing", u.value());
            }
            if (chair == 0) {
                e.emit(r, e.base(r), at.appendPath("committee-chair"), "missing-chair", u.value());
            }
            if (standing > 1 || chair > 1) {
                e.emit(r, e.overQuota(asOf), at, "excess", u.value(), standing + chair);
            }
            return standing == 1 && chair == 1 ? 1 : 0;
        }

        int councilChair(UnitCode u, Location at) {
            HdndChairArrangement arrangement = p.hdndChair().arrangementFor(u);
            if (arrangement.conforms(staffing, u, asOf)) {
                return 1;
            }
            RuleInfo r = Rules.COMMUNE_COUNCIL_CHAIR;
            String vi = arrangement.concurrentWith().map(PostRole::vietnamese).orElse("người khác");
            String en = arrangement.concurrentWith().map(PostRole::english).orElse("someone else");
            e.out.add(new org.haicap.validation.Finding(r.id(), e.base(r), at,
                    RuleMessages.vi(r.id() + ".message", u.value(), vi), RuleMessages.en(r.id() + ".message", u.value(), en),
                    "", Emitter.cited(r)));
            return 0;
        }

        int committeeChair(UnitCode u, Location at) {
            List<PersonId> chairs = holders(u, PostRole.COMMITTEE_CHAIR);
            List<PersonId> deputy = holders(u, PostRole.DEPUTY_SECRETARY_COMMITTEE_CHAIR);
            if (deputy.containsAll(chairs)) {
                return 1;
            }
            e.emit(Rules.COMMUNE_COMMITTEE_CHAIR, e.base(Rules.COMMUNE_COMMITTEE_CHAIR), at, "message", u.value());
            return 0;
        }

        int councilViceChair(UnitCode u, Location at) {
            int n = holders(u, PostRole.COUNCIL_VICE_CHAIR).size();
            RuleInfo r = Rules.COMMUNE_COUNCIL_VICE_CHAIR;
            if (n == 0) {
                e.emit(r, e.base(r), at, "missing", u.value());
            } else if (n > 1) {
                e.emit(r, e.overQuota(asOf), at, "excess", u.value(), n);
            }
            return n == 1 ? 1 : 0;
        }

        int committeeViceChairs(UnitCode u, Location at) {
            int n = holders(u, PostRole.COMMITTEE_VICE_CHAIR).size();
            int want = p.committeeViceChairs(u);
            RuleInfo r = Rules.COMMUNE_COMMITTEE_VICE_CHAIRS;
            if (n < want) {
                e.emit(r, e.base(r), at, "missing", u.value(), n, want);
            } else if (n > want) {
                e.emit(r, e.overQuota(asOf), at, "excess", u.value(), n, want);
            }
            return n == want ? 1 : 0;
        }

        /*
         * A committee's size is the number of seats planned for it; appointments below that are
         * vacancies (they show in the seat measures), not a size violation. More members than
         * the cap, planned or appointed, is over quota (tolerated until 2030 under KL 150-KL/TW).
         */
        int executive(UnitCode u, Location at) {
            SeatCount seats = staffing.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, u, asOf);
            int size = Math.max(seats.planned(), seats.appointed());
            int merged = catalog.unit(u).map(p.staffing()::mergedCommunes).orElse(1);
            int cap = p.executiveCommitteeCap(merged);
            RuleInfo r = Rules.COMMUNE_EXECUTIVE_COMMITTEE;
            if (size > cap) {
                e.emit(r, e.overQuota(asOf), at, "excess", u.value(), size, cap, merged);
                return 0;
            }
            if (seats.planned() < p.executiveCommitteeCapSmall()) {
                e.emit(r, Severity.WARNING, at, "few", u.value(), seats.planned(), p.executiveCommitteeCapSmall());
                return 0;
            }
            return 1;
        }

        int standing(UnitCode u, Location at) {
            SeatCount seats = staffing.seats(PostRole.STANDING_COMMITTEE_MEMBER, u, asOf);
            int size = Math.max(seats.planned(), seats.appointed());
            RuleInfo r = Rules.COMMUNE_STANDING_COMMITTEE;
            if (size > p.standingCommitteeMax()) {
                e.emit(r, e.overQuota(asOf), at, "excess", u.value(), size, p.standingCommitteeMax());
                return 0;
            }
            if (seats.planned() < p.standingCommitteeMin()) {
                e.emit(r, e.base(r), at, "few", u.value(), seats.planned(), p.standingCommitteeMin());
                return 0;
            }
            return 1;
        }

        int standingInExecutive(UnitCode u, Location at) {
            List<PersonId> executive = holders(u, PostRole.EXECUTIVE_COMMITTEE_MEMBER);
            int ok = 1;
            for (PersonId person : holders(u, PostRole.STANDING_COMMITTEE_MEMBER)) {
                if (!executive.contains(person)) {
                    e.emit(Rules.COMMUNE_STANDING_IN_EXECUTIVE, e.base(Rules.COMMUNE_STANDING_IN_EXECUTIVE),
                            at.appendPath("person(" + person.value() + ")"), "message", u.value(), person.value());
                    ok = 0;
                }
            }
            return ok;
        }

        void provinceAverage() {
            RuleInfo r = Rules.PROVINCE_VICE_CHAIR_AVERAGE;
            if (asOf.isBefore(p.provinceViceChairAverageFrom())) {
                return;
            }
            Map<String, Integer> sums = new TreeMap<>();
            for (UnitCode u : new LinkedHashSet<>(ds.units())) {
                Optional<AdminUnit> unit = catalog.unit(u);
                if (unit.isPresent()) {
                    sums.merge(unit.get().province().code().value(),
                            holders(u, PostRole.COMMITTEE_VICE_CHAIR).size(), Integer::sum);
                }
            }
            long pass = 0;
            for (Map.Entry<String, Integer> s : sums.entrySet()) {
                int communes = catalog.units(catalog.province(s.getKey()).orElseThrow().code()).size();
                double cap = p.provinceViceChairAverage() * communes;
                if (s.getValue() <= cap) {
                    pass++;
                } else {
                    e.emit(r, e.base(r), base.withKey(s.getKey()), "message", s.getKey(), s.getValue(), communes,
                            p.provinceViceChairAverage());
                }
            }
            e.measure(r, pass, sums.size());
        }

        // ---- appointments ----

        void appointments() {
            long personOk = 0;
            long unitOk = 0;
            long datesOk = 0;
            List<Appointment> all = ds.appointments();
            Map<PostId, List<Integer>> bySinglePost = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                Appointment a = all.get(i);
                Location at = base.withKey(a.id().value()).withPath("$.appointments[" + i + "]");
                if (ds.person(a.person()).isPresent()) {
                    personOk++;
                } else {
                    e.emit(Rules.APPOINTMENT_PERSON, e.base(Rules.APPOINTMENT_PERSON), at.appendPath("person"),
                            "message", a.id().value(), a.person().value());
                }
                Post post = posts.get(a.post());
                if (post == null) {
                    e.emit(Rules.APPOINTMENT_UNIT, e.base(Rules.APPOINTMENT_UNIT), at.appendPath("post"), "post",
                            a.id().value(), a.post().value());
                } else if (catalog.unit(post.unit()).isEmpty() || a.start().isBefore(UnitCatalog.EFFECTIVE_FROM)) {
                    e.emit(Rules.APPOINTMENT_UNIT, e.base(Rules.APPOINTMENT_UNIT), at.appendPath("start"), "unit",
                            a.id().value(), post.unit().value(), a.start());
                } else {
                    unitOk++;
                }
                boolean dates = true;
                if (a.decision().issuedOn().isAfter(a.start())) {
                    e.emit(Rules.APPOINTMENT_DATES, e.base(Rules.APPOINTMENT_DATES), at.appendPath("decision.issuedOn"),
                            "decision", a.id().value(), a.decision().issuedOn(), a.start());
                    dates = false;
                }
                if (post != null && !post.existsOn(a.start())) {
                    e.emit(Rules.APPOINTMENT_DATES, e.base(Rules.APPOINTMENT_DATES), at.appendPath("start"), "post",
                            a.id().value(), a.start(), post.id().value());
                    dates = false;
                }
                if (dates) {
                    datesOk++;
                }
                if (post != null && post.role().singleSeat() && post.seats() == 1) {
                    bySinglePost.computeIfAbsent(post.id(), x -> new ArrayList<>()).add(i);
                }
            }
            e.measure(Rules.APPOINTMENT_PERSON, personOk, all.size());
            e.measure(Rules.APPOINTMENT_UNIT, unitOk, all.size());
            e.measure(Rules.APPOINTMENT_DATES, datesOk, all.size());
            long seatOk = 0;
            long seats = 0;
            for (Post post : posts.values()) {
                if (post.role().singleSeat() && post.seats() == 1) {
                    seats++;
                    seatOk += singleSeat(post, bySinglePost.getOrDefault(post.id(), List.of())) ? 1 : 0;
                }
            }
            e.measure(Rules.APPOINTMENT_SINGLE_SEAT, seatOk, seats);
        }

        /** Sweeps a single-seat post's appointments by start; an overlap with another person is a finding. */
        boolean singleSeat(Post post, List<Integer> indexes) {
            List<Integer> sorted = new ArrayList<>(indexes);
            List<Appointment> all = ds.appointments();
            sorted.sort(Comparator.comparing((Integer i) -> all.get(i).start()).thenComparing(i -> i));
            boolean ok = true;
            Appointment open = null;
            for (int i : sorted) {
                Appointment a = all.get(i);
                if (open != null && open.end().map(end -> a.start().isBefore(end)).orElse(true)
                        && !open.person().equals(a.person())) {
                    e.emit(Rules.APPOINTMENT_SINGLE_SEAT, e.base(Rules.APPOINTMENT_SINGLE_SEAT),
                            base.withKey(a.id().value()).withPath("$.appointments[" + i + "]"), "message",
                            post.id().value(), a.id().value(), open.id().value());
                    ok = false;
                }
                if (open == null || endAfter(a, open)) {
                    open = a;
                }
            }
            return ok;
        }

        private static boolean endAfter(Appointment a, Appointment b) {
            if (a.end().isEmpty()) {
                return true;
            }
            return b.end().isPresent() && a.end().get().isAfter(b.end().get());
        }

        // ---- party organisations ----

        void organisations() {
            List<PartyOrganisation> all = ds.organisations();
            long minOk = 0;
            long minTotal = 0;
            long kindOk = 0;
            long kindTotal = 0;
            long parentOk = 0;
            for (int i = 0; i < all.size(); i++) {
                PartyOrganisation o = all.get(i);
                Location at = base.withKey(o.id().value()).withPath("$.organisations[" + i + "]");
                Kind k = o.kind();
                if (k.basic() || k == Kind.SUBORDINATE_PARTY_CELL) {
                    minTotal++;
                    if (o.fullMembers() >= p.minimumFullMembers()) {
                        minOk++;
                    } else {
                        e.emit(Rules.PARTY_MINIMUM_MEMBERS, e.base(Rules.PARTY_MINIMUM_MEMBERS),
                                at.appendPath("fullMembers"), "message", o.id().value(), o.fullMembers(),
                                p.minimumFullMembers());
                    }
                }
                if (k == Kind.BASIC_PARTY_CELL || k == Kind.BASIC_PARTY_COMMITTEE) {
                    kindTotal++;
                    int members = o.members();
                    if (k == Kind.BASIC_PARTY_CELL && members >= p.basicCommitteeThreshold()) {
                        e.emit(Rules.PARTY_BASIC_KIND, e.base(Rules.PARTY_BASIC_KIND), at.appendPath("kind"), "cell",
                                o.id().value(), members, p.basicCommitteeThreshold());
                    } else if (k == Kind.BASIC_PARTY_COMMITTEE && members < p.basicCommitteeThreshold()) {
                        e.emit(Rules.PARTY_BASIC_KIND, e.base(Rules.PARTY_BASIC_KIND), at.appendPath("kind"),
                                "committee", o.id().value(), members, p.basicCommitteeThreshold());
                    } else {
                        kindOk++;
                    }
                }
                parentOk += parent(o, at.appendPath("parent")) ? 1 : 0;
            }
            e.measure(Rules.PARTY_MINIMUM_MEMBERS, minOk, minTotal);
            e.measure(Rules.PARTY_BASIC_KIND, kindOk, kindTotal);
            e.measure(Rules.PARTY_PARENT, parentOk, all.size());
        }

        boolean parent(PartyOrganisation o, Location at) {
            RuleInfo r = Rules.PARTY_PARENT;
            if (o.parent().isEmpty()) {
                if (o.kind() == Kind.SECTION_PARTY_COMMITTEE || o.kind() == Kind.SUBORDINATE_PARTY_CELL) {
                    e.emit(r, e.base(r), at, "none", o.id().value());
                    return false;
                }
                return true;
            }
            Optional<PartyOrganisation> parent = ds.organisation(o.parent().get());
            if (parent.isEmpty()) {
                e.emit(r, e.base(r), at, "missing", o.id().value(), o.parent().get().value());
                return false;
            }
            Set<PartyOrganisationId> seen = new HashSet<>();
            seen.add(o.id());
            Optional<PartyOrganisation> up = parent;
            while (up.isPresent() && up.get().parent().isPresent()) {
                if (!seen.add(up.get().id())) {
                    e.emit(r, e.base(r), at, "cycle", o.id().value());
                    return false;
                }
                up = ds.organisation(up.get().parent().get());
            }
            if (!nests(o.kind(), parent.get().kind())) {
                e.emit(r, e.base(r), at, "nesting", o.id().value(), o.kind().vietnamese(), parent.get().kind().vietnamese(),
                        o.kind().english(), parent.get().kind().english());
                return false;
            }
            return true;
        }

        static boolean nests(Kind child, Kind parent) {
            if (parent == Kind.OTHER || child == Kind.OTHER) {
                return true;
            }
            return switch (child) {
                case COMMUNE_PARTY_COMMITTEE -> false;
                case BASIC_PARTY_COMMITTEE, BASIC_PARTY_CELL -> parent == Kind.COMMUNE_PARTY_COMMITTEE;
                case SECTION_PARTY_COMMITTEE -> parent == Kind.BASIC_PARTY_COMMITTEE;
                case SUBORDINATE_PARTY_CELL -> parent == Kind.BASIC_PARTY_COMMITTEE
                        || parent == Kind.SECTION_PARTY_COMMITTEE;
                default -> true;
            };
        }

        void congresses() {
            List<Congress> all = ds.congresses();
            long ok = 0;
            RuleInfo r = Rules.PARTY_CONGRESS_TERM;
            for (int i = 0; i < all.size(); i++) {
                Congress c = all.get(i);
                Location at = base.withKey(c.id().value()).withPath("$.congresses[" + i + "]");
                boolean good = true;
                if (ds.organisation(c.organisation()).isEmpty()) {
                    e.emit(r, e.base(r), at.appendPath("organisation"), "organisation", c.id().value(),
                            c.organisation().value());
                    good = false;
                }
                for (String part : List.of("registered", "held")) {
                    Optional<Congress.Dates> d = "held".equals(part) ? c.held() : c.registered();
                    if (d.isPresent() && !(c.term().includes(d.get().first().getYear())
                            && c.term().includes(d.get().last().getYear()))) {
                        e.emit(r, e.base(r), at.appendPath(part), "dates", c.id().value(), d.get().first(),
                                d.get().last(), c.term());
                        good = false;
                    }
                }
                ok += good ? 1 : 0;
            }
            e.measure(r, ok, all.size());
        }
    }
}
