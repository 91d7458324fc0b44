package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AggregateMismatchExceptionTest {
    @Test
    void carriesBothParametersAndSpeaksBothLanguages() {
        AggregateMismatchException e = new AggregateMismatchException("X", "a", "b");
        assertEquals("a", e.ours());
        assertEquals("b", e.theirs());
        assertEquals("X", e.aggregate());
        assertTrue(e.getMessage().contains("Không thể gộp"), e.getMessage());
        assertTrue(e.getMessage().contains("Cannot merge"), e.getMessage());
    }
}
