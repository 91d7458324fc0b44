package org.haicap.core.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of one reading (tổng hợp kết quả đọc): rows read, accepted and refused, refused
 * rows per reason, and blank lines skipped.
 *
 * <p>The reconciliation guarantee is checked on construction: {@code read == accepted + refused}
 * and the per-reason counts add up to {@code refused}. Blank lines carry no data and are not
 * rows; they are counted apart so that nothing in a file goes unaccounted for.
 *
 * <p>Summaries of several files or several threads combine with {@link #plus}, which is
 * associative and has {@link #EMPTY} as its identity. This is an immutable, thread-safe value.
 *
 * @param read rows read
 * @param accepted rows that became objects
 * @param refused rows that became problems
 * @param refusedByReason refused rows per reason; reasons with no row are absent
 * @param blankLines blank lines skipped (not rows)
 */
public record ReadSummary(long read, long accepted, long refused,
        Map<ReadProblem.Reason, Long> refusedByReason, long blankLines) {

    /** Nothing read. */
    public static final ReadSummary EMPTY = new ReadSummary(0, 0, 0, Map.of(), 0);

    /**
     * Checks the reconciliation and copies the map.
     *
     * @throws IllegalArgumentException if a count is negative, {@code read != accepted + refused}
     *     or the per-reason counts do not add up to {@code refused}
     */
    public ReadSummary {
        Objects.requireNonNull(refusedByReason, "refusedByReason");
        if (read < 0 || accepted < 0 || refused < 0 || blankLines < 0) {
            throw new IllegalArgumentException("số đếm âm / negative count");
        }
        if (read != accepted + refused) {
            throw new IllegalArgumentException("số dòng đọc khác tổng số chấp nhận và từ chối / rows read "
                    + read + " != accepted " + accepted + " + refused " + refused);
        }
        EnumMap<ReadProblem.Reason, Long> copy = new EnumMap<>(ReadProblem.Reason.class);
        long sum = 0;
        for (Map.Entry<ReadProblem.Reason, Long> e : refusedByReason.entrySet()) {
            long n = Objects.requireNonNull(e.getValue(), "count");
            if (n < 0) {
                throw new IllegalArgumentException("số đếm âm / negative count for " + e.getKey());
            }
            if (n > 0) {
                copy.put(Objects.requireNonNull(e.getKey(), "reason"), n);
            }
            sum += n;
        }
        if (sum != refused) {
            throw new IllegalArgumentException("số từ chối theo lý do không khớp / per-reason counts add up to "
                    + sum + ", not " + refused);
        }
        refusedByReason = Collections.unmodifiableMap(copy);
    }

    /**
     * The refused rows for one reason.
     *
     * @param reason a reason
     * @return the count, 0 when none
     */
    public long refused(ReadProblem.Reason reason) {
        return refusedByReason.getOrDefault(reason, 0L);
    }

    /**
     * The sum of both summaries.
     *
     * @param other another summary
     * @return a new summary
     */
    public ReadSummary plus(ReadSummary other) {
        EnumMap<ReadProblem.Reason, Long> sum = new EnumMap<>(ReadProblem.Reason.class);
        sum.putAll(refusedByReason);
        other.refusedByReason.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return new ReadSummary(read + other.read, accepted + other.accepted, refused + other.refused, sum,
                blankLines + other.blankLines);
    }

    /**
     * A new, empty counter for a reader to count with.
     *
     * @return a counter
     */
    public static Counter counter() {
        return new Counter();
    }

    /** Like {@code read 10, accepted 8, refused 2 {INVALID_VALUE=2}, blank lines 1}. */
    @Override
    public String toString() {
        return "read " + read + ", accepted " + accepted + ", refused " + refused + " " + refusedByReason
                + ", blank lines " + blankLines;
    }

    /**
     * A mutable tally that readers keep while streaming and turn into a {@link ReadSummary} at the
     * end. Not thread-safe: use one per reading thread and combine the summaries with
     * {@link ReadSummary#plus}.
     */
    public static final class Counter {
        private long accepted;
        private long blank;
        private final long[] refused = new long[ReadProblem.Reason.values().length];

        private Counter() {
        }

        /** Counts one accepted row. */
        public void accepted() {
            accepted++;
        }

        /**
         * Counts one refused row.
         *
         * @param reason why it was refused
         */
        public void refused(ReadProblem.Reason reason) {
            refused[reason.ordinal()]++;
        }

        /** Counts one blank line. */
        public void blankLine() {
            blank++;
        }

        /**
         * The counts so far.
         *
         * @return an immutable summary
         */
        public ReadSummary summary() {
            EnumMap<ReadProblem.Reason, Long> byReason = new EnumMap<>(ReadProblem.Reason.class);
            long total = 0;
            for (ReadProblem.Reason r : ReadProblem.Reason.values()) {
                total += refused[r.ordinal()];
                byReason.put(r, refused[r.ordinal()]);
            }
            return new ReadSummary(accepted + total, accepted, total, byReason, blank);
        }
    }
}
