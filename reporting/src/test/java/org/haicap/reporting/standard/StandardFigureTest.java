package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardFigureTest {
    @Test
    void keysAreUniqueAndFoundAgain() {
        Set<String> keys = new HashSet<>();
        for (StandardFigure f : StandardFigure.values()) {
            assertTrue(keys.add(f.key()), f.key());
            assertEquals(f, StandardFigure.ofKey(f.key()).orElseThrow());
        }
        assertTrue(StandardFigure.ofKey("unknown").isEmpty());
        assertEquals("hotline.calls", StandardFigure.HOTLINE_CALLS.key());
    }
}
