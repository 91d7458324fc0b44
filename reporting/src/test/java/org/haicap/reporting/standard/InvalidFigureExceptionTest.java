package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidFigureExceptionTest {
    @Test
    void carriesTheValueAndBothLanguages() {
        InvalidFigureException e = new InvalidFigureException("k", "sai", "wrong");
        assertEquals("k", e.value());
        assertTrue(e.getMessage().startsWith("sai: 'k' / wrong: 'k'"), e.getMessage());
    }
}
