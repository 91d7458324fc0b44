package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MergeShareTest {

    @Test
    void labels() {
        assertEquals("toàn bộ", MergeShare.WHOLE.vietnamese());
        assertEquals("part", MergeShare.PART.english());
    }

    @Test
    void everyDistinctWorkbookNoteIsMappedAsDocumented() {
        Map<String, MergeShare> seen = new TreeMap<>();
        for (AdminUnit u : UnitCatalog.official().units()) {
            for (FormerUnit f : u.formerUnits()) {
                MergeShare before = seen.put(f.mergeNote(), f.share());
                assertTrue(before == null || before == f.share(), f.mergeNote());
            }
        }
        assertEquals(19, seen.size(), seen.toString());
        assertEquals(MergeShare.WHOLE, seen.get("Nhập toàn bộ"));
        assertEquals(MergeShare.WHOLE, seen.get("Giữ nguyên"));
        assertEquals(MergeShare.WHOLE, seen.get("Đổi tên"));
        assertEquals(MergeShare.WHOLE, seen.get("Đổi loại hình"));
        assertEquals(MergeShare.WHOLE, seen.get("Nhập toàn bộ diện tích"));
        assertEquals(MergeShare.WHOLE, seen.get("Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo"));
        assertEquals(MergeShare.WHOLE, seen.get("Sắp xếp toàn bộ xã Thổ Châu thành đặc khu Thổ Châu"));
        assertEquals(MergeShare.PART, seen.get("Nhập một phần"));
        assertEquals(MergeShare.PART, seen.get("Nhập một phần diện tích"));
        assertEquals(MergeShare.PART, seen.get("Nhâp một phần diện tích"));
        assertEquals(MergeShare.PART, seen.get("Nhập một phần diện tích, toàn bộ dân số"));
        assertEquals(MergeShare.PART, seen.get("Nhập một phần dân số"));
        assertEquals(MergeShare.PART, seen.get("Phần còn lại sau khi tách một phần vào xã Canh Vinh"));
        assertEquals(MergeShare.PART, seen.get("Đổi tên, đổi loại hình từ một phần thị trấn Lai Uyên"));
        assertEquals(MergeShare.PART, seen.get("Đổi tên từ một phần Phường 15"));
    }
}
