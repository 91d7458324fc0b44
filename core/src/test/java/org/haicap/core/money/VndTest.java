package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class VndTest {

    @Test
    void arithmeticIsExact() {
        assertEquals(Vnd.of(42_000), Vnd.of(40_000).plus(Vnd.of(2_000)));
        assertEquals(Vnd.of(-2_000), Vnd.of(1_000).minus(Vnd.of(3_000)));
        assertEquals(Vnd.of(15_000), Vnd.of(5_000).times(3));
        assertSame(Vnd.ZERO, Vnd.of(0));
        assertThrows(ArithmeticException.class, () -> Vnd.of(Long.MAX_VALUE).plus(Vnd.of(1)));
        assertThrows(ArithmeticException.class, () -> Vnd.of(Long.MAX_VALUE).times(2));
    }

    @Test
    void roundsDecimalsToWholeDong() {
        assertEquals(Vnd.of(1235), Vnd.of(new BigDecimal("1234.5"), RoundingMode.HALF_UP));
        assertEquals(Vnd.of(1234), Vnd.of(new BigDecimal("1234.5"), RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("42000"), Vnd.of(42_000).toBigDecimal());
    }

    @Test
    void signAndOrderAndText() {
        assertTrue(Vnd.of(1).isPositive());
        assertFalse(Vnd.ZERO.isPositive());
        assertTrue(Vnd.of(1).compareTo(Vnd.of(2)) < 0);
        assertEquals("42000 VND", Vnd.of(42_000).toString());
    }

    @Property
    void plusThenMinusIsIdentity(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        assertEquals(Vnd.of(a), Vnd.of(a).plus(Vnd.of(b)).minus(Vnd.of(b)));
        assertEquals(Vnd.of(a).plus(Vnd.of(b)), Vnd.of(b).plus(Vnd.of(a)));
    }
}
