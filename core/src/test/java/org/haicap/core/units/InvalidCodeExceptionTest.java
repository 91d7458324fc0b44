package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidCodeExceptionTest {

    @Test
    void carriesKindValueAndBilingualMessage() {
        InvalidCodeException e = new InvalidCodeException(InvalidCodeException.Kind.UNIT, "12\n");
        assertEquals(InvalidCodeException.Kind.UNIT, e.kind());
        assertEquals("12\n", e.value());
        assertTrue(e.getMessage().contains("5 chữ số"));
        assertTrue(e.getMessage().contains("exactly 5 digits"));
        assertTrue(e.getMessage().contains("\\u000a"), "control characters are shown escaped");
    }
}
