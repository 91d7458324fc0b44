package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void theSeedsSecretaryMeasure() {
        Measure m = new Measure(125, 126);
        assertEquals(1, m.failed());
        assertFalse(m.complete());
        assertEquals("125/126", m.toString());
        assertEquals("2.552/4.076", new Measure(2552, 4076).format(Locale.forLanguageTag("vi-VN")));
        assertEquals("2,552/4,076", new Measure(2552, 4076).format(Locale.ENGLISH));
        assertEquals(0.5, new Measure(1, 2).ratio());
        assertTrue(Measure.ZERO.complete());
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Measure(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Measure(-1, 2));
        assertThrows(ArithmeticException.class, () -> new Measure(Long.MAX_VALUE, Long.MAX_VALUE).plus(new Measure(1, 1)));
    }

    @Property
    void plusIsAssociativeWithZeroAsIdentity(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b,
            @ForAll @IntRange(max = 1000) int c) {
        Measure x = new Measure(a / 2, a);
        Measure y = new Measure(b / 3, b);
        Measure z = new Measure(c, c);
        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
        assertEquals(x, Measure.ZERO.plus(x));
        assertEquals(x, x.plus(Measure.ZERO));
    }
}
