package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeChangeTest {

    private static final LocalDate D0 = UnitCatalog.EFFECTIVE_FROM;
    private static final LocalDate D1 = LocalDate.of(2026, 4, 30);
    private static final LocalDate D2 = LocalDate.of(2026, 9, 1);

    @Test
    void asOfPicksTheLastChangeOnOrBeforeTheDate() {
        List<TypeChange<UnitType>> h = List.of(new TypeChange<>(D0, UnitType.XA),
                new TypeChange<>(D1, UnitType.PHUONG), new TypeChange<>(D2, UnitType.DAC_KHU));
        assertEquals(UnitType.XA, TypeChange.asOf(h, D0));
        assertEquals(UnitType.XA, TypeChange.asOf(h, D1.minusDays(1)));
        assertEquals(UnitType.PHUONG, TypeChange.asOf(h, D1));
        assertEquals(UnitType.DAC_KHU, TypeChange.asOf(h, D2.plusYears(5)));
        assertThrows(BeforeReformException.class, () -> TypeChange.asOf(h, D0.minusDays(1)));
    }

    @Test
    void historiesMustStartOnReformDayInDateOrder() {
        assertThrows(IllegalArgumentException.class, () -> TypeChange.checkHistory(List.<TypeChange<UnitType>>of()));
        assertThrows(IllegalArgumentException.class,
                () -> TypeChange.checkHistory(List.of(new TypeChange<>(D1, UnitType.XA))));
        assertThrows(IllegalArgumentException.class, () -> TypeChange.checkHistory(List.of(
                new TypeChange<>(D0, UnitType.XA), new TypeChange<>(D0, UnitType.PHUONG))));
        assertEquals(1, TypeChange.checkHistory(List.of(new TypeChange<>(D0, UnitType.XA))).size());
    }

    @Test
    void valuesAreChecked() {
        assertThrows(NullPointerException.class, () -> new TypeChange<>(null, UnitType.XA));
        assertThrows(NullPointerException.class, () -> new TypeChange<UnitType>(D0, null));
        assertEquals(new TypeChange<>(D0, ProvinceType.PROVINCE), new TypeChange<>(D0, ProvinceType.PROVINCE));
    }
}
