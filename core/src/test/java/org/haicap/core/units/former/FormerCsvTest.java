package org.haicap.core.units.former;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormerCsvTest {

    private static final String UNITS_HEADER = String.join(",", FormerCsv.UNITS_HEADER) + "\n";
    private static final String NAMES_HEADER = String.join(",", FormerCsv.NAMES_HEADER) + "\n";
    private static final String ROW = "01,Thành phố Hà Nội,Hà Nội,Thành phố trung ương,001,Quận Ba Đình,Ba Đình,Quận,"
            + "00013,Phường Quán Thánh,Quán Thánh,Phường,\n";
    private static final String NAME = "district,merged,044,Huyện Thông Nông,Thông Nông,Huyện,,,04,Tỉnh Cao Bằng,"
            + "2017-10-15,2020-02-02,2021-02-01,madnh,045,Huyện Hà Quảng,commune codes,2020-02-01,864/NQ-UBTVQH14,"
            + "\"a note, with a comma and \"\"quotes\"\"\"\n";

    private static FormerCatalog read(String units, String names) {
        return FormerCsv.read(units.getBytes(StandardCharsets.UTF_8), "u.csv", names.getBytes(StandardCharsets.UTF_8),
                "n.csv");
    }

    private static String refusal(String units, String names) {
        return assertThrows(IllegalStateException.class, () -> read(units, names)).getMessage();
    }

    @Test
    void aSmallFileReads() {
        FormerCatalog c = read(UNITS_HEADER + ROW, NAMES_HEADER + NAME);
        assertEquals(1, c.communes().size());
        assertEquals("Phường Quán Thánh", c.commune("00013").orElseThrow().name());
        assertEquals("a note, with a comma and \"quotes\"", c.formerNames().get(0).notes());
    }

    @Test
    void badFilesAreRefusedNamingFileAndLine() {
        assertTrue(refusal("a,b\n", NAMES_HEADER).startsWith("u.csv:1: tiêu đề phải là / the header must be"));
        assertEquals("u.csv:3: 12 ô, cần 13 / 12 cells, expected 13",
                refusal(UNITS_HEADER + ROW + ROW.substring(0, ROW.length() - 2) + "\n", NAMES_HEADER));
        String dup = refusal(UNITS_HEADER + ROW + ROW, NAMES_HEADER);
        assertTrue(dup.startsWith("u.csv:3: mã xã 00013 đã có ở dòng 2 / commune code 00013 already on line 2"), dup);
        String type = refusal(UNITS_HEADER + ROW.replace(",Phường,", ",Phuong,"), NAMES_HEADER);
        assertTrue(type.startsWith("u.csv:2: loại đơn vị cấp xã không rõ \"Phuong\""), type);
        String code = refusal(UNITS_HEADER + ROW.replace("00013", "0013"), NAMES_HEADER);
        assertTrue(code.contains("u.csv:2: cấp xã: mã trước 1/7/2025 phải gồm đúng 5 chữ số"), code);
        String district = refusal(UNITS_HEADER + ROW + ROW.replace("00013", "00016").replace("Quận Ba Đình", "Quận Ba Dinh"),
                NAMES_HEADER);
        assertTrue(district.startsWith("u.csv:3: khác với dòng trước"), district);
        String date = refusal(UNITS_HEADER + ROW, NAMES_HEADER + NAME.replace("2020-02-01", "1/2/2020"));
        assertTrue(date.startsWith("n.csv:2: "), date);
        String level = refusal(UNITS_HEADER + ROW, NAMES_HEADER + NAME.replace("district,", "huyen,"));
        assertTrue(level.startsWith("n.csv:2: cấp không rõ \"huyen\""), level);
        assertTrue(refusal(UNITS_HEADER + "\"01,", NAMES_HEADER).contains("unclosed quote"));
        byte[] latin1 = (UNITS_HEADER + ROW).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(IllegalStateException.class, () -> FormerCsv.read(latin1, "u.csv",
                NAMES_HEADER.getBytes(StandardCharsets.UTF_8), "n.csv")).getMessage().contains("not UTF-8"));
    }
}
