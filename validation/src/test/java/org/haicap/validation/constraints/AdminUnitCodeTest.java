package org.haicap.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ValidationException;
import java.util.List;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.constraints.AdminUnitCode.Level;
import org.junit.jupiter.api.Test;

class AdminUnitCodeTest {

    static class Bean {
        @AdminUnitCode
        String commune;

        @AdminUnitCode(level = Level.PROVINCE)
        String province;

        @AdminUnitCode(level = Level.ANY)
        String any;

        Bean(String commune, String province, String any) {
            this.commune = commune;
            this.province = province;
            this.any = any;
        }
    }

    static class Typed {
        @AdminUnitCode
        UnitCode unit;

        @AdminUnitCode(level = Level.PROVINCE)
        ProvinceCode province;

        Typed(UnitCode unit, ProvinceCode province) {
            this.unit = unit;
            this.province = province;
        }
    }

    static class Existing {
        @AdminUnitCode(mustExist = true, asOf = "2025-07-01")
        String commune;

        Existing(String commune) {
            this.commune = commune;
        }
    }

    static class NoDate {
        @AdminUnitCode(mustExist = true)
        String commune;

        NoDate(String commune) {
            this.commune = commune;
        }
    }

    @Test
    void shapesPass() {
        assertTrue(Check.valid(new Bean("00004", "01", "26740")));
        assertTrue(Check.valid(new Bean(null, null, "79")));
        assertTrue(Check.valid(new Typed(UnitCode.of("00004"), ProvinceCode.of("01"))));
    }

    @Test
    void wrongShapesFailWithTheLevelsMessage() {
        List<String> commune = Check.messages(new Bean("0004", null, null));
        assertEquals("mã đơn vị hành chính cấp xã phải gồm đúng 5 chữ số", commune.get(0));
        assertEquals("a commune-level unit code is exactly 5 digits", commune.get(1));
        List<String> province = Check.messages(new Bean(null, "001", null));
        assertEquals("mã tỉnh, thành phố phải gồm đúng 2 chữ số", province.get(0));
        List<String> any = Check.messages(new Bean(null, null, "123"));
        assertTrue(any.get(1).contains("2 digits for a province, 5 for a commune"));
        assertFalse(Check.valid(new Bean(" 00004", null, null)));
        assertTrue(Check.valid(new Typed(UnitCode.of("00004"), null)));
        assertEquals(1, Check.violations(new Typed(null, null) {
            @AdminUnitCode(level = Level.PROVINCE)
            UnitCode wrongLevel = UnitCode.of("00004");
        }).size());
    }

    @Test
    void mustExistNeedsADate() {
        ValidationException e = assertThrows(ValidationException.class, () -> Check.valid(new NoDate("00004")));
        assertTrue(e.getMessage().contains("asOf") || e.getCause().getMessage().contains("asOf"));
    }

    @Test
    void mustExistStillChecksTheShapeWithoutACatalogue() {
        assertTrue(Check.valid(new Existing("00004")));
        assertFalse(Check.valid(new Existing("4")));
    }
}
