package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UnitCodeTest {

    @Test
    void parsesFiveDigits() {
        assertEquals("00004", UnitCode.of(" 00004 ").value());
        assertTrue(UnitCode.isWellFormed("26740"));
        assertFalse(UnitCode.isWellFormed("2674"));
        assertFalse(UnitCode.isWellFormed("２６７４０"));
        assertFalse(UnitCode.isWellFormed(null));
        assertThrows(InvalidCodeException.class, () -> UnitCode.of("4"));
    }

    @Property
    void formatParseRoundTrip(@ForAll @IntRange(min = 0, max = 99999) int n) {
        UnitCode c = UnitCode.of(String.format("%05d", n));
        assertEquals(c, UnitCode.of(c.toString()));
    }

    @org.junit.jupiter.api.Test
    void numbersAndCodesCorrespondInOrder() {
        assertEquals(4, UnitCode.of("00004").number());
        assertEquals(99_999, UnitCode.of("99999").number());
        assertEquals(UnitCode.of("00004"), UnitCode.ofNumber(4));
        for (int n = 0; n <= 99_999; n += 7) {
            UnitCode c = UnitCode.ofNumber(n);
            assertEquals(n, c.number());
            assertEquals(Integer.signum(Integer.compare(n, 50_000)),
                    Integer.signum(c.compareTo(UnitCode.ofNumber(50_000))));
        }
        org.junit.jupiter.api.Assertions.assertThrows(InvalidCodeException.class, () -> UnitCode.ofNumber(100_000));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidCodeException.class, () -> UnitCode.ofNumber(-1));
    }
}
