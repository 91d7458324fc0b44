package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminUnitTest {

    private static final Province HN = new Province(ProvinceCode.of("01"), "Thành phố Hà Nội", "Hà Nội",
            List.of(new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, ProvinceType.CENTRAL_CITY)));

    private static FormerUnit former(String code, String name, MergeShare share) {
        return new FormerUnit(code, name, share, share == MergeShare.WHOLE ? "Nhập toàn bộ" : "Nhập một phần",
                "Quận Ba Đình", "001", "Thành phố Hà Nội", "01", "");
    }

    private static AdminUnit unit(List<FormerUnit> formers) {
        return new AdminUnit(UnitCode.of("00004"), "Phường Ba Đình", "Ba Đình", HN,
                List.of(new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, UnitType.PHUONG)), formers, "");
    }

    @Test
    void mergedCommuneCountCountsDistinctCodesWholeOrPart() {
        assertEquals(1, unit(List.of(former("00004", "Phường Trúc Bạch", MergeShare.WHOLE))).mergedCommuneCount());
        assertEquals(2, unit(List.of(former("00004", "Phường Trúc Bạch", MergeShare.WHOLE),
                former("00013", "Phường Quán Thánh", MergeShare.PART))).mergedCommuneCount());
        assertEquals(2, unit(List.of(former("00004", "Phường Trúc Bạch", MergeShare.WHOLE),
                former("00013", "Phường Quán Thánh", MergeShare.PART),
                former("00013", "Phường Quán Thánh", MergeShare.PART))).mergedCommuneCount());
        FormerUnit district = new FormerUnit("", "Huyện Côn Đảo", MergeShare.WHOLE,
                "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo", "Huyện Côn Đảo", "755",
                "Tỉnh Bà Rịa - Vũng Tàu", "77", "");
        assertEquals(1, unit(List.of(district)).mergedCommuneCount());
    }

    @Test
    void mergedCommuneCountCanLeaveOutPartlyMergedCommunes() {
        AdminUnit u = unit(List.of(former("00004", "Phường Trúc Bạch", MergeShare.WHOLE),
                former("00013", "Phường Quán Thánh", MergeShare.PART),
                former("00016", "Phường Ngọc Hà", MergeShare.PART)));
        assertEquals(3, u.mergedCommuneCount(true));
        assertEquals(u.mergedCommuneCount(), u.mergedCommuneCount(true));
        assertEquals(1, u.mergedCommuneCount(false));
        // never below 1, even when every former commune came only in part
        assertEquals(1, unit(List.of(former("00013", "Phường Quán Thánh", MergeShare.PART))).mergedCommuneCount(false));
    }

    @Test
    void theExecutiveCommitteeThresholdSplitsTheCatalogue() {
        long upTo2 = UnitCatalog.official().units().stream().filter(u -> u.mergedCommuneCount() <= 2).count();
        long threeOrMore = UnitCatalog.official().units().stream().filter(u -> u.mergedCommuneCount() >= 3).count();
        assertEquals(3321, upTo2 + threeOrMore);
        assertTrue(upTo2 > 500 && threeOrMore > 2000, upTo2 + " / " + threeOrMore);
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<FormerUnit> formers = new ArrayList<>(List.of(former("00004", "Phường Trúc Bạch", MergeShare.WHOLE)));
        AdminUnit u = unit(formers);
        formers.clear();
        assertEquals(1, u.formerUnits().size());
        assertThrows(UnsupportedOperationException.class, () -> u.formerUnits().clear());
    }

    @Test
    void typeAndNameAsOf() {
        AdminUnit u = unit(List.of());
        assertEquals(UnitType.PHUONG, u.typeAsOf(LocalDate.of(2027, 1, 1)));
        assertEquals("Phường Ba Đình", u.nameAsOf(LocalDate.of(2027, 1, 1)));
        assertThrows(BeforeReformException.class, () -> u.typeAsOf(LocalDate.of(2025, 6, 30)));
        assertFalse(u.hasNotes());
        assertEquals("00004 Phường Ba Đình, Thành phố Hà Nội", u.toString());
    }

    @Test
    void valuesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new AdminUnit(UnitCode.of("00004"), "", "Ba Đình", HN,
                List.of(new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, UnitType.PHUONG)), List.of(), ""));
        assertThrows(NullPointerException.class, () -> new AdminUnit(UnitCode.of("00004"), "P", "B", HN,
                List.of(new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, UnitType.PHUONG)), List.of(), null));
    }
}
