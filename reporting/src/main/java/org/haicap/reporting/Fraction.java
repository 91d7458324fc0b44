package org.haicap.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count out of a total, {@code n/N} (tử số/mẫu số), such as 125 of 126 communes. The
 * numerator may not exceed the denominator; a zero denominator is allowed and has no
 * percentage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator how many, {@code 0 ≤ n ≤ N}
 * @param denominator out of how many, {@code ≥ 0}
 */
public record Fraction(long numerator, long denominator) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks {@code 0 ≤ n ≤ N}. */
    public Fraction {
        Checks.nonNegative("Fraction.numerator", numerator);
        Checks.nonNegative("Fraction.denominator", denominator);
        if (numerator > denominator) {
            throw new InvalidReportException(InvalidReportException.Reason.NUMERATOR_ABOVE_DENOMINATOR,
                    "Fraction", numerator + "/" + denominator);
        }
    }

    /** The fraction {@code n/N}. */
    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * The percentage {@code 100·n/N}, rounded HALF_UP to {@code decimals} places (exact
     * decimal arithmetic, never {@code double}): 1233/1238 at 1 decimal is 99.6, 242/1203 at 2
     * decimals is 20.12.
     *
     * @param decimals 0 to 6
     * @return the percentage with scale {@code decimals}; empty when the denominator is zero
     */
    public Optional<BigDecimal> percent(int decimals) {
        Checks.decimals("Fraction.percent(decimals)", decimals);
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP));
    }

    /** Whether the denominator is zero, so no percentage exists. */
    public boolean isUndefined() {
        return denominator == 0;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
