package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProvinceTypeTest {

    @Test
    void labelsInVietnameseAndEnglish() {
        assertEquals("Thành phố trung ương", ProvinceType.CENTRAL_CITY.vietnamese());
        assertEquals("Thành phố", ProvinceType.CENTRAL_CITY.namePrefix());
        assertEquals("TP.", ProvinceType.CENTRAL_CITY.abbreviation());
        assertEquals("centrally-run city", ProvinceType.CENTRAL_CITY.english());
        assertEquals("Tỉnh", ProvinceType.PROVINCE.vietnamese());
        assertEquals("province", ProvinceType.PROVINCE.english());
    }

    @Test
    void parsesTheRegistryLabels() {
        for (ProvinceType t : ProvinceType.values()) {
            assertEquals(t, ProvinceType.fromVietnamese(t.vietnamese()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProvinceType.fromVietnamese("Huyện"));
        assertEquals(true, e.getMessage().contains("Huyện"));
    }
}
