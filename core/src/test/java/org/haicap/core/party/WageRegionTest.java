package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WageRegionTest {

    @Test
    void fourRegionsWithLabels() {
        assertEquals(4, WageRegion.values().length);
        assertEquals("Vùng III", WageRegion.III.vietnamese());
        assertEquals("Region IV", WageRegion.IV.english());
    }
}
