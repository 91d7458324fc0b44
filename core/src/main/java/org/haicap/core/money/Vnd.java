package org.haicap.core.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Vietnamese đồng (VND), a whole number: the đồng has no minor unit in use, so the
 * scale is 0 and the amount is a {@code long}, never a floating-point number.
 *
 * <p>Arithmetic is exact and throws {@link ArithmeticException} on overflow rather than
 * wrapping. This is an immutable, thread-safe value type.
 *
 * @param amount the number of đồng; may be negative (a refund or an adjustment)
 */
public record Vnd(long amount) implements Comparable<Vnd>, Serializable {

    /** Zero đồng. */
    public static final Vnd ZERO = new Vnd(0);

    /** An amount of {@code amount} đồng. */
    public static Vnd of(long amount) {
        return amount == 0 ? ZERO : new Vnd(amount);
    }

    /**
     * A decimal amount rounded to whole đồng.
     *
     * @param amount the exact amount, not null
     * @param rounding how to round to whole đồng, not null
     * @return the rounded amount
     * @throws ArithmeticException if it does not fit in a {@code long}
     */
    public static Vnd of(BigDecimal amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return of(amount.setScale(0, rounding).longValueExact());
    }

    /** This amount plus {@code other}; throws {@link ArithmeticException} on overflow. */
    public Vnd plus(Vnd other) {
        return of(Math.addExact(amount, other.amount));
    }

    /** This amount minus {@code other}; throws {@link ArithmeticException} on overflow. */
    public Vnd minus(Vnd other) {
        return of(Math.subtractExact(amount, other.amount));
    }

    /** This amount times {@code factor}; throws {@link ArithmeticException} on overflow. */
    public Vnd times(long factor) {
        return of(Math.multiplyExact(amount, factor));
    }

    /** Whether the amount is greater than zero. */
    public boolean isPositive() {
        return amount > 0;
    }

    /** The amount as an exact decimal of scale 0. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(amount);
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(amount, other.amount);
    }

    /** The amount in plain machine form with the currency code: {@code 42000 VND}. */
    @Override
    public String toString() {
        return amount + " VND";
    }
}
