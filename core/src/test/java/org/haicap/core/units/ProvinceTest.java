package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceTest {

    private static final List<TypeChange<ProvinceType>> HISTORY = List.of(
            new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, ProvinceType.PROVINCE),
            new TypeChange<>(LocalDate.of(2026, 4, 30), ProvinceType.CENTRAL_CITY));

    @Test
    void typeAndNameAsOfADate() {
        Province p = new Province(ProvinceCode.of("75"), "Tỉnh Đồng Nai", "Đồng Nai", HISTORY);
        assertEquals(ProvinceType.PROVINCE, p.typeAsOf(LocalDate.of(2026, 4, 29)));
        assertEquals("Tỉnh Đồng Nai", p.nameAsOf(LocalDate.of(2026, 4, 29)));
        assertEquals("Thành phố Đồng Nai", p.nameAsOf(LocalDate.of(2026, 4, 30)));
        assertThrows(BeforeReformException.class, () -> p.typeAsOf(LocalDate.of(2025, 6, 30)));
        assertEquals("75 Tỉnh Đồng Nai", p.toString());
    }

    @Test
    void valuesAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new Province(ProvinceCode.of("75"), " ", "Đồng Nai", HISTORY));
        assertThrows(IllegalArgumentException.class,
                () -> new Province(ProvinceCode.of("75"), "Tỉnh Đồng Nai", "Đồng Nai", List.of()));
        assertThrows(NullPointerException.class, () -> new Province(null, "a", "b", HISTORY));
    }

    @Test
    void catalogueProvincesAreUnmodifiable() {
        Province hn = UnitCatalog.official().province("01").orElseThrow();
        assertEquals(ProvinceType.CENTRAL_CITY, hn.typeAsOf(UnitCatalog.EFFECTIVE_FROM));
        assertThrows(UnsupportedOperationException.class, () -> hn.typeHistory().clear());
    }
}
