package org.haicap.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.haicap.validation.Findings;
import org.haicap.validation.HaicapValidation;
import org.haicap.validation.Location;
import org.haicap.validation.constraints.AdminUnitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The catalogue seam of {@code @AdminUnitCode(mustExist = true)}, with a stand-in catalogue. */
class UnitExistenceTest {

    static class Bean {
        @AdminUnitCode(mustExist = true, asOf = "2025-07-01")
        String commune;

        @AdminUnitCode(level = AdminUnitCode.Level.PROVINCE, mustExist = true, asOf = "2025-07-01")
        String province;

        Bean(String commune, String province) {
            this.commune = commune;
            this.province = province;
        }
    }

    @AfterEach
    void uninstall() {
        UnitExistence.install(null);
    }

    @Test
    void theOfficialCatalogueIsConnectedByDefault() {
        assertTrue(HaicapValidation.validator(Locale.ENGLISH).validate(new Bean("00004", "01")).isEmpty());
        Set<ConstraintViolation<Bean>> v = HaicapValidation.validator(Locale.ENGLISH).validate(new Bean("99999", "99"));
        assertEquals(2, v.size());
        for (ConstraintViolation<Bean> each : v) {
            assertEquals("vn.admin-unit-code.unknown", Findings.from(each, Location.of("x")).ruleId());
        }
    }

    @Test
    void nothingExistsBeforeTheReform() {
        assertTrue(UnitExistence.current()
                .exists("00004", AdminUnitCode.Level.COMMUNE, LocalDate.of(2025, 7, 1)));
        assertTrue(!UnitExistence.current()
                .exists("00004", AdminUnitCode.Level.COMMUNE, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void withACatalogueUnknownCodesAreReportedWithTheDate() {
        List<String> asked = new ArrayList<>();
        UnitExistence.install((code, level, asOf) -> {
            asked.add(code + " " + level + " " + asOf);
            return code.equals("00004") || code.equals("01");
        });
        assertTrue(HaicapValidation.validator(Locale.ENGLISH).validate(new Bean("00004", "01")).isEmpty());
        assertEquals(List.of("00004 COMMUNE 2025-07-01", "01 PROVINCE 2025-07-01"), asked.stream().sorted().toList());
        Set<ConstraintViolation<Bean>> v = HaicapValidation.validator(HaicapValidation.VIETNAMESE)
                .validate(new Bean("26740", null));
        assertEquals(1, v.size());
        assertEquals("không có đơn vị hành chính nào mang mã này vào ngày 2025-07-01", v.iterator().next().getMessage());
        assertEquals("vn.admin-unit-code.unknown", Findings.from(v.iterator().next(), Location.of("x")).ruleId());
        assertEquals(LocalDate.of(2025, 7, 1).toString(), "2025-07-01");
    }
}
