package org.haicap.reporting.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.haicap.core.calendar.Timeliness;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.UnitCode;

/**
 * Dossier counts (thống kê hồ sơ) over a reporting period: the total received, and the same
 * dossiers counted by channel, unit, procedure code, current status and timeliness, such as the
 * "hơn 66.000 hồ sơ, trong đó 14% được nộp trực tuyến" of the Hà Nội report.
 *
 * <p><b>Counting rules.</b> A dossier is counted when its receipt day
 * ({@link Dossier#receivedOn()}) lies in the period of the {@link Parameters} (both ends
 * included); a dossier received outside it is not counted in any breakdown but in
 * {@link #outsidePeriod()}, so nothing is dropped silently. Each counted dossier adds one to
 * {@link #total()} and exactly one to each breakdown, so every breakdown sums to the total.
 * The status is the dossier's current status as given. Timeliness is taken on the as-of date:
 * a terminal dossier completed on or before it is {@link Timeliness#ofFinished finished}
 * (early, on time, late, comparing calendar dates with its due date); any other dossier is
 * {@link Timeliness#ofOpen open} (within deadline or overdue on the as-of date). The due date is
 * the dossier's own, {@link Dossier#dueFor} the parameters' {@link Parameters#dueDateBasis()}
 * (by default {@link DueDateBasis#ORIGINAL}, the date of the receipt, even when a Form 04 letter
 * promised a new one); when it has none and the accumulator was given a
 * calendar and a procedure lookup, it is computed with {@link Dossier#computeDue} on that
 * calendar; otherwise the dossier is counted in {@link #withoutDueDate()} instead of a
 * timeliness bucket.
 *
 * A dossier that breaks a rule of {@link org.haicap.core.procedures.DossierConsistency} (an illegal
 * status change, a completion before receipt, ...) is counted like any other, by the values it
 * has: it was read, and the validation rules report what is wrong with it.
 *
 * <p><b>Monoid.</b> {@link #empty(Parameters)} and {@link #merge(DossierAggregate)} form a
 * commutative monoid for one set of parameters, so per-partition aggregates can be merged in
 * any order and grouping (a stream, a parallel stream, Spark's {@code aggregate}, a Beam
 * {@code CombineFn}). Merging aggregates with different parameters throws
 * {@link AggregateMismatchException}. Counts are exact {@code long}s; overflow throws
 * {@link ArithmeticException}.
 *
 * <p>To count a stream cheaply, use an {@link Accumulator} (mutable, one per thread or
 * partition) and take a {@link Accumulator#snapshot() snapshot}, or the collector-style
 * {@code stream.collect(() -> DossierAggregate.accumulator(p), Accumulator::add, Accumulator::addAll)}.
 *
 * <p>This is an immutable, thread-safe, serialisable value.
 */
public final class DossierAggregate implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The parameters of a dossier aggregate; two aggregates merge only when these are equal.
     * This is an immutable, thread-safe value.
     *
     * @param asOf the day timeliness is judged on (số liệu tính đến ngày)
     * @param from the first receipt day counted
     * @param until the last receipt day counted, not before {@code from}
     * @param calendar the name of the working-day calendar used to compute missing due dates
     *     ({@code "none"} when none is used); the caller keeps one name per calendar
     * @param dueDateBasis whether timeliness counts the original due date or a Form 04 revised one
     */
    public record Parameters(LocalDate asOf, LocalDate from, LocalDate until, String calendar,
            DueDateBasis dueDateBasis) implements Serializable {
        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if a value is missing, the period is reversed or the
         *     calendar name is blank
         */
        public Parameters {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(dueDateBasis, "dueDateBasis");
            if (until.isBefore(from)) {
                throw new IllegalArgumentException("Kỳ báo cáo ngược: " + from + " > " + until
                        + " / The period ends before it starts: " + from + " > " + until);
            }
            if (calendar.isBlank()) {
                throw new IllegalArgumentException("Tên lịch làm việc trống / The calendar name is blank: '" + calendar + "'");
            }
        }

        /** The parameters with timeliness judged against the original due date ({@link DueDateBasis#ORIGINAL}). */
        public Parameters(LocalDate asOf, LocalDate from, LocalDate until, String calendar) {
            this(asOf, from, until, calendar, DueDateBasis.ORIGINAL);
        }

        /** The period {@code from}–{@code until}, judged on {@code asOf}, with no calendar. */
        public static Parameters of(LocalDate asOf, LocalDate from, LocalDate until) {
            return new Parameters(asOf, from, until, "none");
        }

        /** These parameters with timeliness judged against {@code basis}. */
        public Parameters withDueDateBasis(DueDateBasis basis) {
            return new Parameters(asOf, from, until, calendar, basis);
        }

        /** Whether {@code day} lies in the period. */
        public boolean inPeriod(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    private final Parameters parameters;
    private final long total;
    private final long outsidePeriod;
    private final long withoutDueDate;
    private final Map<Channel, Long> byChannel;
    private final Map<UnitCode, Long> byUnit;
    private final Map<ProcedureCode, Long> byProcedure;
    private final Map<DossierStatus, Long> byStatus;
    private final Map<Timeliness, Long> byTimeliness;

    private DossierAggregate(Parameters parameters, long total, long outsidePeriod, long withoutDueDate,
            Map<Channel, Long> byChannel, Map<UnitCode, Long> byUnit, Map<ProcedureCode, Long> byProcedure,
            Map<DossierStatus, Long> byStatus, Map<Timeliness, Long> byTimeliness) {
        this.parameters = parameters;
        this.total = total;
        this.outsidePeriod = outsidePeriod;
        this.withoutDueDate = withoutDueDate;
        this.byChannel = byChannel;
        this.byUnit = byUnit;
        this.byProcedure = byProcedure;
        this.byStatus = byStatus;
        this.byTimeliness = byTimeliness;
    }

    /** The aggregate of no dossiers: the identity of {@link #merge}. */
    public static DossierAggregate empty(Parameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return new DossierAggregate(parameters, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** A new accumulator that uses each dossier's own due date only. */
    public static Accumulator accumulator(Parameters parameters) {
        return new Accumulator(parameters, Optional.empty(), code -> Optional.empty());
    }

    /**
     * A new accumulator that computes a missing due date on {@code calendar} from the procedure's
     * time limit for the dossier's channel, looked up with {@code procedures} (for example
     * {@code dataset::procedure}). {@code parameters.calendar()} must name that calendar.
     *
     * @throws AggregateMismatchException if the parameters name no calendar ({@code "none"})
     */
    public static Accumulator accumulator(Parameters parameters, WorkingDayCalendar calendar,
            Function<ProcedureCode, Optional<Procedure>> procedures) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(procedures, "procedures");
        if (parameters.calendar().equals("none")) {
            throw new AggregateMismatchException("DossierAggregate", parameters,
                    "a calendar is given but the parameters name none / có lịch nhưng tham số ghi 'none'");
        }
        return new Accumulator(parameters, Optional.of(calendar), procedures);
    }

    /**
     * This aggregate plus one dossier, judged by its own due date only (no calendar); allocates a
     * new value: prefer an {@link Accumulator} for streams.
     */
    public DossierAggregate add(Dossier dossier) {
        Accumulator a = accumulator(parameters);
        a.addAll(this);
        a.add(dossier);
        return a.snapshot();
    }

    /**
     * The aggregate of both sets of dossiers.
     *
     * @throws AggregateMismatchException if the parameters differ
     * @throws ArithmeticException if a count overflows
     */
    public DossierAggregate merge(DossierAggregate other) {
        if (!parameters.equals(other.parameters)) {
            throw new AggregateMismatchException("DossierAggregate", parameters, other.parameters);
        }
        return new DossierAggregate(parameters, Math.addExact(total, other.total),
                Math.addExact(outsidePeriod, other.outsidePeriod), Math.addExact(withoutDueDate, other.withoutDueDate),
                Counts.plus(byChannel, other.byChannel), Counts.plus(byUnit, other.byUnit),
                Counts.plus(byProcedure, other.byProcedure), Counts.plus(byStatus, other.byStatus),
                Counts.plus(byTimeliness, other.byTimeliness));
    }

    /** The parameters. */
    public Parameters parameters() {
        return parameters;
    }

    /** Dossiers received in the period. */
    public long total() {
        return total;
    }

    /** Dossiers given to the aggregate but received outside the period (not counted elsewhere). */
    public long outsidePeriod() {
        return outsidePeriod;
    }

    /** Counted dossiers with no due date, hence in no timeliness bucket. */
    public long withoutDueDate() {
        return withoutDueDate;
    }

    /** Dossiers received through {@code channel}. */
    public long count(Channel channel) {
        return Counts.get(byChannel, channel);
    }

    /** Dossiers received by {@code unit}. */
    public long count(UnitCode unit) {
        return Counts.get(byUnit, unit);
    }

    /** Dossiers for {@code procedure}. */
    public long count(ProcedureCode procedure) {
        return Counts.get(byProcedure, procedure);
    }

    /** Dossiers now at {@code status}. */
    public long count(DossierStatus status) {
        return Counts.get(byStatus, status);
    }

    /** Dossiers in timeliness bucket {@code timeliness} on the as-of date. */
    public long count(Timeliness timeliness) {
        return Counts.get(byTimeliness, timeliness);
    }

    /** Counts per channel (channels without dossiers are absent), unmodifiable, in enum order. */
    public Map<Channel, Long> byChannel() {
        return byChannel;
    }

    /** Counts per unit, unmodifiable, by unit code. */
    public Map<UnitCode, Long> byUnit() {
        return byUnit;
    }

    /** Counts per procedure code, unmodifiable, by code. */
    public Map<ProcedureCode, Long> byProcedure() {
        return byProcedure;
    }

    /** Counts per current status, unmodifiable, in enum order. */
    public Map<DossierStatus, Long> byStatus() {
        return byStatus;
    }

    /** Counts per timeliness bucket, unmodifiable, in enum order. */
    public Map<Timeliness, Long> byTimeliness() {
        return byTimeliness;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierAggregate d && parameters.equals(d.parameters) && total == d.total
                && outsidePeriod == d.outsidePeriod && withoutDueDate == d.withoutDueDate
                && byChannel.equals(d.byChannel) && byUnit.equals(d.byUnit) && byProcedure.equals(d.byProcedure)
                && byStatus.equals(d.byStatus) && byTimeliness.equals(d.byTimeliness);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, total, outsidePeriod, withoutDueDate, byChannel, byStatus, byTimeliness);
    }

    @Override
    public String toString() {
        return "DossierAggregate[" + parameters + ", total=" + total + ", outsidePeriod=" + outsidePeriod
                + ", byChannel=" + byChannel + ", byStatus=" + byStatus + ", byTimeliness=" + byTimeliness
                + ", units=" + byUnit.size() + ", procedures=" + byProcedure.size() + "]";
    }

    /**
     * Counts dossiers one by one with no allocation per dossier beyond the first dossier of a new
     * unit or procedure. Mutable and not thread-safe: use one per thread or partition, then
     * {@link #snapshot()} and {@link DossierAggregate#merge merge}, or {@link #addAll(Accumulator)}.
     */
    public static final class Accumulator {
        private final Parameters parameters;
        private final Optional<WorkingDayCalendar> calendar;
        private final Function<ProcedureCode, Optional<Procedure>> procedures;
        private long total;
        private long outsidePeriod;
        private long withoutDueDate;
        private final long[] channels = new long[Channel.values().length];
        private final long[] statuses = new long[DossierStatus.values().length];
        private final long[] timeliness = new long[Timeliness.values().length];
        /** Counts by {@link UnitCode#number()}: two array elements per dossier instead of a map look-up. */
        private final IntCounts units = new IntCounts();
        private final Map<ProcedureCode, long[]> procedureCounts = new HashMap<>();

        Accumulator(Parameters parameters, Optional<WorkingDayCalendar> calendar,
                Function<ProcedureCode, Optional<Procedure>> procedures) {
            this.parameters = Objects.requireNonNull(parameters, "parameters");
            this.calendar = calendar;
            this.procedures = procedures;
        }

        /**
         * Counts one dossier as described on {@link DossierAggregate}.
         *
         * @return this accumulator
         * @throws ArithmeticException if a count overflows
         */
        public Accumulator add(Dossier dossier) {
            if (!parameters.inPeriod(dossier.receivedOn())) {
                outsidePeriod = Math.addExact(outsidePeriod, 1);
                return this;
            }
            total = Math.addExact(total, 1);
            channels[dossier.channel().ordinal()]++;
            statuses[dossier.status().ordinal()]++;
            units.add(dossier.unit().number(), 1);
            Counts.increment(procedureCounts, dossier.procedure());
            Optional<LocalDateTime> due = dossier.dueFor(parameters.dueDateBasis());
            if (due.isEmpty() && calendar.isPresent()) {
                WorkingDayCalendar c = calendar.get();
                due = procedures.apply(dossier.procedure()).flatMap(p -> dossier.computeDue(p, c::dueDate));
            }
            if (due.isEmpty()) {
                withoutDueDate++;
            } else {
                LocalDate dueDate = due.get().toLocalDate();
                Optional<LocalDateTime> done = dossier.completedAt();
                Timeliness t = done.isPresent() && !done.get().toLocalDate().isAfter(parameters.asOf())
                        ? Timeliness.ofFinished(dueDate, done.get().toLocalDate())
                        : Timeliness.ofOpen(dueDate, parameters.asOf());
                timeliness[t.ordinal()]++;
            }
            return this;
        }

        /**
         * Adds the counts of an aggregate with the same parameters.
         *
         * @return this accumulator
         * @throws AggregateMismatchException if the parameters differ
         */
        public Accumulator addAll(DossierAggregate other) {
            if (!parameters.equals(other.parameters)) {
                throw new AggregateMismatchException("DossierAggregate", parameters, other.parameters);
            }
            total = Math.addExact(total, other.total);
            outsidePeriod = Math.addExact(outsidePeriod, other.outsidePeriod);
            withoutDueDate = Math.addExact(withoutDueDate, other.withoutDueDate);
            other.byChannel.forEach((k, v) -> channels[k.ordinal()] = Math.addExact(channels[k.ordinal()], v));
            other.byStatus.forEach((k, v) -> statuses[k.ordinal()] = Math.addExact(statuses[k.ordinal()], v));
            other.byTimeliness.forEach((k, v) -> timeliness[k.ordinal()] = Math.addExact(timeliness[k.ordinal()], v));
            other.byUnit.forEach((k, v) -> units.add(k.number(), v));
            Counts.addAll(procedureCounts, other.byProcedure);
            return this;
        }

        /** Adds the counts of another accumulator with the same parameters; returns this one. */
        public Accumulator addAll(Accumulator other) {
            return addAll(other.snapshot());
        }

        /** The counts so far, as an immutable aggregate; the accumulator can go on counting. */
        public DossierAggregate snapshot() {
            return new DossierAggregate(parameters, total, outsidePeriod, withoutDueDate, enumCounts(Channel.class, channels),
                    units.toMap(UnitCode::ofNumber), Counts.snapshot(procedureCounts), enumCounts(DossierStatus.class, statuses),
                    enumCounts(Timeliness.class, timeliness));
        }

        private static <E extends Enum<E>> Map<E, Long> enumCounts(Class<E> type, long[] counts) {
            Map<E, Long> out = new EnumMap<>(type);
            E[] values = type.getEnumConstants();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    out.put(values[i], counts[i]);
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        }
    }
}
