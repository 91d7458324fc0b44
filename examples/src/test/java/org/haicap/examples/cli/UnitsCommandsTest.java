package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsCommandsTest {

    @Test
    void searchPutsHoanKiemFirst() {
        Run r = Run.of("units", "search", "hoan kiem").succeeds();
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Mã "), lines.get(0));
        assertTrue(lines.get(1).startsWith("00070  Phường Hoàn Kiếm"), lines.get(1));
        // aligned: the name column starts at the same place on every row
        int nameColumn = lines.get(0).indexOf("Tên");
        assertEquals(nameColumn, lines.get(1).indexOf("Phường"));
    }

    @Test
    void searchJsonShape() {
        JsonNode a = Run.of("units", "search", "hoan kiem", "--format", "json").succeeds().json();
        assertTrue(a.isArray() && a.size() >= 1);
        JsonNode first = a.get(0);
        assertEquals("00070", first.get("code").asText());
        assertEquals("Phường Hoàn Kiếm", first.get("name").asText());
        assertEquals("phuong", first.get("type").asText());
        assertEquals("01", first.get("provinceCode").asText());
        // typed without diacritics: a folded match, not an exact one
        assertEquals("folded", first.get("match").asText());
    }

    @Test
    void searchJsonSaysHowEachHitMatched() {
        JsonNode first = Run.of("units", "search", "hoan kiem", "--format", "json").succeeds().json().get(0);
        assertEquals("folded", first.get("match").asText());
        assertEquals("current", first.get("source").asText());
        assertTrue(first.get("former") == null && first.get("successors") == null, first.toString());
        assertEquals("exact", Run.of("units", "search", "Hoàn Kiếm", "--format", "json").succeeds().json()
                .get(0).get("match").asText());
    }

    @Test
    void searchFindsAFormerNameWithTheUnitThatTookItOver() {
        JsonNode a = Run.of("units", "search", "Quán Thánh", "--as-of", "2025-07-15", "--format", "json").succeeds().json();
        JsonNode first = a.get(0);
        assertEquals("former", first.get("source").asText());
        assertEquals("exact", first.get("match").asText());
        // the old fields describe the new unit
        assertEquals("00004", first.get("code").asText());
        assertEquals("Phường Ba Đình", first.get("name").asText());
        JsonNode former = first.get("former");
        assertEquals("00013", former.get("code").asText());
        assertEquals("Phường Quán Thánh", former.get("name").asText());
        assertEquals("Quận Ba Đình", former.get("district").asText());
        assertEquals("Thành phố Hà Nội", former.get("provinceName").asText());
        assertEquals(1, first.get("successors").size());
        assertEquals("00004", first.get("successors").get(0).get("code").asText());
        assertEquals("whole", first.get("successors").get(0).get("share").asText());
        JsonNode quanThanh = a.get(1);
        assertEquals("17569", quanThanh.get("code").asText());
        assertEquals("folded", quanThanh.get("match").asText());
        assertEquals("current", quanThanh.get("source").asText());

        List<String> lines = Run.of("units", "search", "Quán Thánh", "--as-of", "2025-07-15").succeeds().out().lines().toList();
        assertTrue(lines.get(1).startsWith("00004  Phường Ba Đình") && lines.get(1).endsWith("tên cũ, đúng tên"), lines.get(1));
        assertTrue(lines.get(2).startsWith("17569  Xã Quan Thành") && lines.get(2).endsWith("không dấu"), lines.get(2));
        assertTrue(lines.contains("trước đây / formerly Phường Quán Thánh (00013, Quận Ba Đình, Thành phố Hà Nội)"
                + " → nay thuộc / now part of 00004 Phường Ba Đình (toàn bộ / whole)"), String.join("\n", lines));
    }

    @Test
    void searchListsEverySuccessorOfASplitFormerUnit() {
        String out = Run.of("units", "search", "phường điện biên, hà nội", "--as-of", "2025-07-15").succeeds().out();
        assertTrue(out.contains("trước đây / formerly Phường Điện Biên (00019, Quận Ba Đình, Thành phố Hà Nội) → nay thuộc"
                + " / now part of 00004 Phường Ba Đình (một phần / part); 00070 Phường Hoàn Kiếm (một phần / part);"
                + " 00190 Phường Ô Chợ Dừa (một phần / part); 00226 Phường Văn Miếu - Quốc Tử Giám (một phần / part)"), out);
    }

    @Test
    void searchByProvinceAndLimit() {
        JsonNode all = Run.of("units", "search", "son", "--format=json", "--limit", "50").succeeds().json();
        JsonNode inHanoi = Run.of("units", "search", "son", "--province", "01", "--format", "json", "--limit", "50").succeeds().json();
        assertTrue(inHanoi.size() >= 1);
        assertTrue(all.size() > inHanoi.size());
        inHanoi.forEach(u -> assertEquals("01", u.get("provinceCode").asText()));
        assertEquals(3, Run.of("units", "search", "son", "--limit", "3", "--format", "json").succeeds().json().size());
    }

    @Test
    void searchWithoutHitsIsEmptyAndSucceeds() {
        assertEquals(0, Run.of("units", "search", "zzzzqqq", "--format", "json").succeeds().json().size());
        assertTrue(Run.of("units", "search", "zzzzqqq").succeeds().out().startsWith("Không tìm thấy"));
    }

    @Test
    void searchQueryMayBeSeveralWordsOrAfterDoubleDash() {
        assertEquals(Run.of("units", "search", "hoan kiem").out(), Run.of("units", "search", "hoan", "kiem").out());
        assertTrue(Run.of("units", "search", "--", "hoan kiem").succeeds().out().contains("00070"));
    }

    @Test
    void listProvinces() {
        JsonNode p = Run.of("units", "list", "--format", "json").succeeds().json();
        assertEquals(34, p.size());
        int total = 0;
        for (JsonNode n : p) {
            assertEquals(n.get("code").asText(), n.get("provinceCode").asText());
            total += n.get("units").asInt();
        }
        assertEquals(3321, total);
        String text = Run.of("units", "list").succeeds().out();
        assertTrue(text.contains("Thành phố Hà Nội"));
        assertTrue(text.contains("3.321 đơn vị cấp xã (687 phường, 2.621 xã, 13 đặc khu)"), text);
    }

    @Test
    void listHanoi() {
        JsonNode u = Run.of("units", "list", "--province", "01", "--format", "json").succeeds().json();
        assertEquals(126, u.size());
        assertEquals("00004", u.get(0).get("code").asText());
        assertTrue(Run.of("units", "list", "--province", "01").succeeds().out()
                .contains("Tổng: 126 đơn vị cấp xã (51 phường, 75 xã, 0 đặc khu)"));
    }

    @Test
    void typesAreAsOfTheDate() {
        String july = Run.of("units", "list", "--province", "75", "--as-of", "2025-07-15").succeeds().out();
        String may = Run.of("units", "list", "--province", "75", "--as-of", "1/5/2026").succeeds().out();
        assertEquals(phuongCount(july) + 0, phuongCount(july));
        assertTrue(phuongCount(may) > phuongCount(july), july.lines().reduce((a, b) -> b) + " | " + may.lines().reduce((a, b) -> b));
        JsonNode lonNinh = find(Run.of("units", "list", "--province", "75", "--as-of", "2026-05-01", "--format", "json").json(), "25270");
        assertEquals("phuong", lonNinh.get("type").asText());
        assertEquals("xa", find(Run.of("units", "list", "--province", "75", "--format", "json").json(), "25270").get("type").asText());
    }

    private static int phuongCount(String text) {
        String last = text.lines().reduce((a, b) -> b).orElseThrow();
        String s = last.substring(last.indexOf('(') + 1);
        return Integer.parseInt(s.substring(0, s.indexOf(' ')).replace(".", ""));
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode n : array) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code);
    }

    @Test
    void successorsWhole() {
        JsonNode s = Run.of("units", "successors", "00013", "--format", "json").succeeds().json();
        assertEquals(1, s.size());
        assertEquals("00004", s.get(0).get("code").asText());
        assertEquals("whole", s.get(0).get("share").asText());
        assertEquals("01", s.get(0).get("provinceCode").asText());
        assertEquals("Phường Quán Thánh", s.get(0).get("former").get("name").asText());
        assertEquals("Quận Ba Đình", s.get(0).get("former").get("district").asText());
        String text = Run.of("units", "successors", "00013").succeeds().out();
        assertTrue(text.contains("00004  Phường Ba Đình") && text.contains("toàn bộ"), text);
    }

    @Test
    void successorsOfASplitCommune() {
        JsonNode s = Run.of("units", "successors", "18796", "--format", "json").succeeds().json();
        assertTrue(s.size() >= 2);
        List<String> shares = new ArrayList<>();
        s.forEach(n -> shares.add(n.get("share").asText()));
        assertTrue(shares.contains("whole") && shares.contains("part"), shares.toString());
        s.forEach(n -> assertFalse(n.get("mergeNote").asText().isEmpty()));
    }

    @Test
    void predecessors() {
        JsonNode p = Run.of("units", "predecessors", "00004", "--format", "json").succeeds().json();
        assertEquals(10, p.size());
        assertEquals("00004", p.get(0).get("code").asText());
        assertEquals("phường", p.get(0).get("type").asText());
        assertEquals("01", p.get(0).get("provinceCode").asText());
        assertEquals("Quận Ba Đình", p.get(0).get("district").asText());
        assertTrue(Run.of("units", "predecessors", "00004").succeeds().out().contains("Phường Quán Thánh"));
        // an entry without a code (a coastal area) keeps the shape
        JsonNode kimDong = Run.of("units", "predecessors", "14698", "--format", "json").succeeds().json();
        assertEquals("", kimDong.get(2).get("code").asText());
    }

    @Test
    void errorsAreOneLineWithTheRightExitCode() {
        assertTrue(Run.of("units", "predecessors", "123").failsWith(2).err().contains("\"123\""));
        assertTrue(Run.of("units", "successors", "abcde").failsWith(2).err().contains("5 digits"));
        assertTrue(Run.of("units", "list", "--as-of", "2025-06-30").failsWith(2).err().contains("2025-07-01"));
        Run.of("units", "list", "--as-of", "30/6/2025").failsWith(2);
        Run.of("units", "list", "--as-of", "2025-13-01").failsWith(2);
        Run.of("units", "list", "--as-of", "tomorrow").failsWith(2);
        Run.of("units", "list", "--nope").failsWith(2);
        Run.of("units", "successors").failsWith(2);
        assertTrue(Run.of("units", "search", "x", "--format", "xml").failsWith(2).err().contains("text, json"));
        Run.of("units", "list", "--province", "99").failsWith(2);
        Run.of("units", "list", "--province", "1").failsWith(2);
        Run.of("units", "search", "x", "--limit", "0").failsWith(2);
        Run.of("units", "search", "x", "--limit", "many").failsWith(2);
        Run.of("units", "search", "   ").failsWith(2);
        Run.of("units", "search", "x", "--province", "01", "--province", "79").failsWith(2);
        Run.of("units", "search", "hoan kiem, xyzzy province").failsWith(2);
        Run.of("units", "search", "x".repeat(201)).failsWith(2);
        assertTrue(Run.of("units", "predecessors", "99999").failsWith(3).err().contains("99999"));
        Run.of("units", "successors", "99999").failsWith(3);
    }

    @Test
    void datesInBothForms() {
        assertEquals(Run.of("units", "list", "--as-of", "2026-05-01").out(),
                Run.of("units", "list", "--as-of", "1/5/2026").succeeds().out());
        assertTrue(Run.of("units", "list", "--as-of", "1/5/2026").out().contains("tính đến ngày 1/5/2026"));
    }
}
