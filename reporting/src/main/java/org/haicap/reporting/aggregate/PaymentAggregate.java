package org.haicap.reporting.aggregate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;

/**
 * Payment counts and amounts (thống kê thanh toán) by kind, channel and status, such as the
 * "hơn 42.000 lượt giao dịch đóng đảng phí thành công" of the Hà Nội report:
 * {@code count(PARTY_FEE, ONLINE_PORTAL, SUCCEEDED)}.
 *
 * <p><b>Counting rules.</b> Every payment given adds one to the cell of its (kind, channel,
 * status) and its amount to that cell's sum; a refunded payment stays in the {@code REFUNDED}
 * cell with its positive amount. The caller chooses which payments to give (for example those
 * made in the reporting period). Amounts are summed exactly in {@code long} đồng; overflow
 * throws {@link ArithmeticException}.
 *
 * <p><b>Monoid.</b> {@link #empty()} and {@link #merge(PaymentAggregate)} form a commutative
 * monoid; there are no parameters. {@link Accumulator} counts a stream without allocating per
 * payment (two fixed arrays of 48 cells).
 *
 * <p>This is an immutable, thread-safe, serialisable value.
 */
public final class PaymentAggregate implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int KINDS = PaymentKind.values().length;
    private static final int CHANNELS = PaymentChannel.values().length;
    private static final int STATUSES = PaymentStatus.values().length;
    private static final int CELLS = KINDS * CHANNELS * STATUSES;
    private static final PaymentAggregate EMPTY = new PaymentAggregate(new long[CELLS], new long[CELLS]);

    /**
     * The count and the sum of one cell or of several. Immutable, thread-safe value.
     *
     * @param count number of payments, not negative
     * @param amount their total amount
     */
    public record Tally(long count, Vnd amount) implements Serializable {
        /** Nothing counted. */
        public static final Tally ZERO = new Tally(0, Vnd.ZERO);

        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if the count is negative or the amount missing
         */
        public Tally {
            Objects.requireNonNull(amount, "amount");
            if (count < 0) {
                throw new IllegalArgumentException("Số giao dịch âm / Negative payment count: " + count);
            }
        }

        /** The sum of both tallies; throws {@link ArithmeticException} on overflow. */
        public Tally plus(Tally other) {
            return new Tally(Math.addExact(count, other.count), amount.plus(other.amount));
        }
    }

    /**
     * The key of one cell. Immutable, thread-safe value.
     *
     * @param kind the payment kind
     * @param channel the channel
     * @param status the status
     */
    public record Key(PaymentKind kind, PaymentChannel channel, PaymentStatus status) implements Serializable {
        /** Checks that no value is missing. */
        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(status, "status");
        }
    }

    private final long[] counts;
    private final long[] amounts;

    private PaymentAggregate(long[] counts, long[] amounts) {
        this.counts = counts;
        this.amounts = amounts;
    }

    /** The aggregate of no payments: the identity of {@link #merge}. */
    public static PaymentAggregate empty() {
        return EMPTY;
    }

    /** A new, empty accumulator. */
    public static Accumulator accumulator() {
        return new Accumulator();
    }

    private static int index(PaymentKind kind, PaymentChannel channel, PaymentStatus status) {
        return (kind.ordinal() * CHANNELS + channel.ordinal()) * STATUSES + status.ordinal();
    }

    /** This aggregate plus one payment (allocates: prefer an {@link Accumulator} for streams). */
    public PaymentAggregate add(Payment payment) {
        return accumulator().addAll(this).add(payment).snapshot();
    }

    /**
     * The aggregate of both sets of payments.
     *
     * @throws ArithmeticException if a count or an amount overflows
     */
    public PaymentAggregate merge(PaymentAggregate other) {
        return accumulator().addAll(this).addAll(other).snapshot();
    }

    /** The count and amount of one cell. */
    public Tally tally(PaymentKind kind, PaymentChannel channel, PaymentStatus status) {
        int i = index(kind, channel, status);
        return new Tally(counts[i], Vnd.of(amounts[i]));
    }

    /** The number of payments in one cell. */
    public long count(PaymentKind kind, PaymentChannel channel, PaymentStatus status) {
        return counts[index(kind, channel, status)];
    }

    /**
     * The count and amount over every cell whose kind, channel and status are in the given sets.
     *
     * @throws ArithmeticException if the sum overflows
     */
    public Tally tally(Set<PaymentKind> kinds, Set<PaymentChannel> channels, Set<PaymentStatus> statuses) {
        Tally t = Tally.ZERO;
        for (PaymentKind k : kinds) {
            for (PaymentChannel c : channels) {
                for (PaymentStatus s : statuses) {
                    t = t.plus(tally(k, c, s));
                }
            }
        }
        return t;
    }

    /** The succeeded payments of {@code kind} through any channel. */
    public Tally succeeded(PaymentKind kind) {
        return tally(Set.of(kind), Set.of(PaymentChannel.values()), Set.of(PaymentStatus.SUCCEEDED));
    }

    /** All payments. */
    public Tally total() {
        return tally(Set.of(PaymentKind.values()), Set.of(PaymentChannel.values()), Set.of(PaymentStatus.values()));
    }

    /** The non-empty cells, in enum order of kind, channel, status; unmodifiable. */
    public Map<Key, Tally> cells() {
        Map<Key, Tally> out = new LinkedHashMap<>();
        for (PaymentKind k : PaymentKind.values()) {
            for (PaymentChannel c : PaymentChannel.values()) {
                for (PaymentStatus s : PaymentStatus.values()) {
                    int i = index(k, c, s);
                    if (counts[i] != 0) {
                        out.put(new Key(k, c, s), new Tally(counts[i], Vnd.of(amounts[i])));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentAggregate p && Arrays.equals(counts, p.counts) && Arrays.equals(amounts, p.amounts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(amounts);
    }

    @Override
    public String toString() {
        return "PaymentAggregate" + cells();
    }

    /**
     * Counts payments one by one in two fixed arrays. Mutable and not thread-safe: use one per
     * thread or partition, then {@link #snapshot()}.
     */
    public static final class Accumulator {
        private final long[] counts = new long[CELLS];
        private final long[] amounts = new long[CELLS];

        Accumulator() {
        }

        /**
         * Counts one payment.
         *
         * @return this accumulator
         * @throws ArithmeticException if a count or an amount overflows
         */
        public Accumulator add(Payment payment) {
            int i = index(payment.kind(), payment.channel(), payment.status());
            counts[i] = Math.addExact(counts[i], 1);
            amounts[i] = Math.addExact(amounts[i], payment.amount().amount());
            return this;
        }

        /** Adds every cell of {@code other}; returns this accumulator. */
        public Accumulator addAll(PaymentAggregate other) {
            for (int i = 0; i < CELLS; i++) {
                counts[i] = Math.addExact(counts[i], other.counts[i]);
                amounts[i] = Math.addExact(amounts[i], other.amounts[i]);
            }
            return this;
        }

        /** Adds every cell of another accumulator; returns this one. */
        public Accumulator addAll(Accumulator other) {
            return addAll(other.snapshot());
        }

        /** The counts so far, as an immutable aggregate. */
        public PaymentAggregate snapshot() {
            return new PaymentAggregate(counts.clone(), amounts.clone());
        }
    }
}
