package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormerUnitTest {

    @Test
    void codeIsOptional() {
        FormerUnit withCode = new FormerUnit("00013", "Phường Quán Thánh", MergeShare.WHOLE, "Nhập toàn bộ",
                "Quận Ba Đình", "001", "Thành phố Hà Nội", "01", "");
        assertEquals(Optional.of(UnitCode.of("00013")), withCode.unitCode());
        assertFalse(withCode.isWholeDistrict());
        assertFalse(withCode.hasSourceNote());
        FormerUnit district = new FormerUnit("", "Huyện Lý Sơn", MergeShare.WHOLE,
                "Sắp xếp toàn bộ huyện Lý Sơn thành đặc khu Lý Sơn", "Huyện Lý Sơn", "536", "Tỉnh Quảng Ngãi", "51", "");
        assertTrue(district.unitCode().isEmpty());
        assertTrue(district.isWholeDistrict());
    }

    @Test
    void theCoastalAreaOfKimSonIsNotADistrict() {
        FormerUnit area = UnitCatalog.official().predecessors("14698").get(2);
        assertTrue(area.unitCode().isEmpty());
        assertFalse(area.isWholeDistrict());
        assertTrue(area.name().startsWith("Khu vực bãi bồi"));
    }

    @Test
    void valuesAreChecked() {
        assertThrows(InvalidCodeException.class, () -> new FormerUnit("123", "X", MergeShare.WHOLE, "n", "d", "001",
                "p", "01", ""));
        assertThrows(IllegalArgumentException.class, () -> new FormerUnit("00013", " ", MergeShare.WHOLE, "n", "d",
                "001", "p", "01", ""));
        assertThrows(NullPointerException.class, () -> new FormerUnit("00013", "X", null, "n", "d", "001",
                "p", "01", ""));
    }

    @Test
    void slipsCarryTheRowNote() {
        FormerUnit slip = UnitCatalog.official().predecessors("01648").stream()
                .filter(FormerUnit::hasSourceNote).findFirst().orElseThrow();
        assertEquals("01615", slip.code());
        assertEquals("Xã Mỹ Hưng", slip.name());
        assertTrue(slip.sourceNote().contains("01651"));
    }
}
