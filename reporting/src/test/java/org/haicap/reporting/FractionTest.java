package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void theThreeSeedPercentagesRoundHalfUp() {
        assertEquals(new BigDecimal("99.6"), Fraction.of(1233, 1238).percent(1).orElseThrow());
        assertEquals(new BigDecimal("27.7"), Fraction.of(493, 1780).percent(1).orElseThrow());
        assertEquals(new BigDecimal("20.12"), Fraction.of(242, 1203).percent(2).orElseThrow());
    }

    @Test
    void halfwayRoundsUpAtOneAndTwoDecimals() {
        // 1/8 = 12.5% exactly: 0 decimals -> 13 (HALF_EVEN would give 12)
        assertEquals(new BigDecimal("13"), Fraction.of(1, 8).percent(0).orElseThrow());
        // 1/16 = 6.25%: 1 decimal -> 6.3 (HALF_EVEN would give 6.2)
        assertEquals(new BigDecimal("6.3"), Fraction.of(1, 16).percent(1).orElseThrow());
        // 1/32 = 3.125%: 2 decimals -> 3.13 (HALF_EVEN would give 3.12)
        assertEquals(new BigDecimal("3.13"), Fraction.of(1, 32).percent(2).orElseThrow());
        // 1/3 = 33.333...%: 2 decimals -> 33.33
        assertEquals(new BigDecimal("33.33"), Fraction.of(1, 3).percent(2).orElseThrow());
        // 2/3 = 66.666...%: 1 decimal -> 66.7
        assertEquals(new BigDecimal("66.7"), Fraction.of(2, 3).percent(1).orElseThrow());
    }

    @Test
    void zeroDenominatorHasNoPercentage() {
        assertEquals(Optional.empty(), Fraction.of(0, 0).percent(1));
        assertTrue(Fraction.of(0, 0).isUndefined());
    }

    @Test
    void refusesNegativeAndNumeratorAboveDenominator() {
        InvalidReportException e = assertThrows(InvalidReportException.class, () -> Fraction.of(127, 126));
        assertEquals(InvalidReportException.Reason.NUMERATOR_ABOVE_DENOMINATOR, e.reason());
        assertEquals("127/126", e.value());
        assertEquals(InvalidReportException.Reason.NEGATIVE,
                assertThrows(InvalidReportException.class, () -> Fraction.of(-1, 5)).reason());
        assertEquals(InvalidReportException.Reason.PRECISION_OUT_OF_RANGE,
                assertThrows(InvalidReportException.class, () -> Fraction.of(1, 5).percent(7)).reason());
    }

    @Test
    void printsAsNOverN() {
        assertEquals("125/126", Fraction.of(125, 126).toString());
    }

    @Property(tries = 500)
    void percentIsBetweenZeroAndHundredAndMatchesExactRounding(@ForAll @LongRange(min = 1, max = 10_000_000) long d,
            @ForAll @LongRange(min = 0, max = 10_000_000) long n, @ForAll @IntRange(min = 0, max = 6) int decimals) {
        long num = n % (d + 1);
        BigDecimal p = Fraction.of(num, d).percent(decimals).orElseThrow();
        assertEquals(decimals, p.scale());
        assertTrue(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0);
        BigDecimal exact = new BigDecimal(num * 100L).divide(new BigDecimal(d), 20, RoundingMode.DOWN);
        // the rounded value is within half a unit of the last place
        BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        assertTrue(p.subtract(exact).abs().compareTo(half) <= 0, p + " vs " + exact);
    }
}
