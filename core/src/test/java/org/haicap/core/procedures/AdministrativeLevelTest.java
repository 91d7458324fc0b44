package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdministrativeLevelTest {

    @Test
    void threeLevelsWithoutDistrict() {
        assertEquals(3, AdministrativeLevel.values().length);
        assertEquals("Cấp xã", AdministrativeLevel.COMMUNE.vietnamese());
        assertEquals("Province", AdministrativeLevel.PROVINCE.english());
        assertEquals("Cấp Trung ương", AdministrativeLevel.CENTRAL.vietnamese());
    }
}
