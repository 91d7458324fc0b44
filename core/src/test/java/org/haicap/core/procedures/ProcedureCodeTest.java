package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProcedureCodeTest {

    @Test
    void parsesPublishedCodes() {
        assertEquals("1.001193", ProcedureCode.of(" 1.001193 ").value());
        assertTrue(ProcedureCode.isWellFormed("2.000815"));
        assertFalse(ProcedureCode.isWellFormed("1.00119"));
        assertFalse(ProcedureCode.isWellFormed("1-001193"));
        assertFalse(ProcedureCode.isWellFormed(null));
    }

    @Test
    void malformedIsRefused() {
        InvalidProcedureCodeException e = assertThrows(InvalidProcedureCodeException.class, () -> ProcedureCode.of("TTHC-1"));
        assertEquals("TTHC-1", e.value());
    }

    @Test
    void ordersByText() {
        assertTrue(ProcedureCode.of("1.001193").compareTo(ProcedureCode.of("2.000001")) < 0);
    }

    @Property
    void roundTrip(@ForAll @IntRange(min = 0, max = 9) int first, @ForAll @IntRange(min = 0, max = 999_999) int rest) {
        String text = first + "." + String.format("%06d", rest);
        assertEquals(text, ProcedureCode.of(text).toString());
    }
}
