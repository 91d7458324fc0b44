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
}
