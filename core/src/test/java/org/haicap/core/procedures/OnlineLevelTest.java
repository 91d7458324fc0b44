package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnlineLevelTest {

    @Test
    void nd42LevelsAndLabels() {
        assertEquals("Toàn trình", OnlineLevel.FULL.vietnamese());
        assertEquals("Một phần", OnlineLevel.PARTIAL.vietnamese());
        assertEquals("Full online", OnlineLevel.FULL.english());
    }

    @Test
    void onlyFullAndPartialAllowOnlineFiling() {
        assertTrue(OnlineLevel.FULL.allowsOnlineFiling());
        assertTrue(OnlineLevel.PARTIAL.allowsOnlineFiling());
        assertFalse(OnlineLevel.NONE.allowsOnlineFiling());
    }
}
