package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProvinceCodeTest {

    @Test
    void parsesTwoDigits() {
        assertEquals("01", ProvinceCode.of("01").value());
        assertTrue(ProvinceCode.isWellFormed("96"));
        assertFalse(ProvinceCode.isWellFormed("1"));
        assertFalse(ProvinceCode.isWellFormed("001"));
        assertThrows(InvalidCodeException.class, () -> ProvinceCode.of("HN"));
        assertTrue(ProvinceCode.of("01").compareTo(ProvinceCode.of("79")) < 0);
    }
}
