package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitTypeTest {

    @Test
    void labelsAbbreviationsAndEnglishNames() {
        assertEquals("Phường", UnitType.PHUONG.vietnamese());
        assertEquals("P.", UnitType.PHUONG.abbreviation());
        assertEquals("ward", UnitType.PHUONG.english());
        assertEquals("Xã", UnitType.XA.vietnamese());
        assertEquals("X.", UnitType.XA.abbreviation());
        assertEquals("commune", UnitType.XA.english());
        assertEquals("Đặc khu", UnitType.DAC_KHU.vietnamese());
        assertEquals("ĐK.", UnitType.DAC_KHU.abbreviation());
        assertEquals("special zone", UnitType.DAC_KHU.english());
    }

    @Test
    void parsesTheRegistryLabels() {
        for (UnitType t : UnitType.values()) {
            assertEquals(t, UnitType.fromVietnamese(t.vietnamese()));
        }
        assertThrows(IllegalArgumentException.class, () -> UnitType.fromVietnamese("Thị trấn"));
    }

    @Test
    void abbreviationsAreFoundBySearch() {
        assertEquals(UnitType.DAC_KHU, UnitCatalog.official().search("ĐK. Côn Đảo").get(0).unit()
                .typeAsOf(UnitCatalog.EFFECTIVE_FROM));
        assertEquals(true, UnitCatalog.official().search("dk con dao").get(0).typeMatched());
    }
}
