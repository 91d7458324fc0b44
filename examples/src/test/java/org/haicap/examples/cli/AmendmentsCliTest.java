package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --amendments FILE} and the horizon warning, on the commands that use the catalogue. */
class AmendmentsCliTest {

    @TempDir
    Path dir;

    private static int count(JsonNode units, String type) {
        int n = 0;
        for (JsonNode u : units) {
            if (u.get("type").asText().equals(type)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void bacNinhOnTheFirstOfOctober2026() {
        JsonNode a = Run.of("units", "list", "--province", "24", "--as-of", "2026-10-01", "--format", "json").json();
        assertEquals(99, a.size());
        assertEquals(45, count(a, "phuong"));
        assertEquals(54, count(a, "xa"));
        for (JsonNode u : a) {
            assertEquals("Thành phố Bắc Ninh", u.get("provinceName").asText());
            assertEquals("central_city", u.get("provinceType").asText());
        }
    }

    @Test
    void bacNinhTheDayBefore() {
        Run r = Run.of("units", "list", "--province", "24", "--as-of", "2026-09-19", "--format", "json").succeeds();
        JsonNode a = r.json();
        assertEquals(33, count(a, "phuong"));
        assertEquals(66, count(a, "xa"));
        assertEquals("Tỉnh Bắc Ninh", a.get(0).get("provinceName").asText());
        assertEquals("province", a.get(0).get("provinceType").asText());
    }

    @Test
    void quangNinhIsACityFromTheFirstOfSeptember2026() {
        JsonNode before = Run.of("units", "list", "--province", "22", "--as-of", "2026-08-31", "--format", "json")
                .succeeds().json();
        assertEquals("Tỉnh Quảng Ninh", before.get(0).get("provinceName").asText());
        JsonNode after = Run.of("units", "list", "--province", "22", "--as-of", "2026-09-01", "--format", "json")
                .succeeds().json();
        assertEquals("Thành phố Quảng Ninh", after.get(0).get("provinceName").asText());
        assertEquals("central_city", after.get(0).get("provinceType").asText());
        assertEquals(30, count(after, "phuong"));
        assertEquals(22, count(after, "xa"));
        assertEquals(2, count(after, "dac_khu"));
    }

    @Test
    void aDateBeyondTheHorizonWarnsOnceAndStillAnswers() {
        Run late = Run.of("units", "list", "--as-of", "2027-06-01");
        assertEquals(0, late.exitCode());
        assertEquals(1, late.err().lines().count(), late.err());
        String w = late.err().strip();
        assertTrue(w.startsWith("haicap: cảnh báo / warning: "), w);
        assertTrue(w.contains("2027-06-01"), w);
        assertTrue(w.contains("388/NQ-UBTVQH16"), w);
        assertTrue(w.contains("2026-09-25"), w);
        // stdout is what the last known state gives: the same as on the horizon's last day
        Run known = Run.of("units", "list", "--as-of", "2026-09-25").succeeds();
        assertEquals(known.out().replace("25/9/2026", "1/6/2027").replace("2026-09-25", "2027-06-01"), late.out());
        assertTrue(late.out().contains("Thành phố Bắc Ninh"), late.out());
    }

    @Test
    void everyCatalogueCommandWarnsBeyondTheHorizon() {
        Run search = Run.of("units", "search", "bo ha", "--as-of", "2027-01-01", "--format", "json");
        assertEquals(0, search.exitCode());
        assertEquals(1, search.err().lines().count(), search.err());
        assertEquals("phuong", search.json().get(0).get("type").asText());
        Run validate = Run.of("validate", "--sample", "hanoi-2025-07-15", "--as-of", "2027-01-01");
        assertTrue(validate.err().lines().filter(l -> l.contains("cảnh báo / warning")).count() == 1, validate.err());
    }

    @Test
    void aUserFileAppliesANewResolution() throws IOException {
        Path f = dir.resolve("nq.json");
        Files.writeString(f, """
                {"format": "haicap-catalogue-amendments", "version": "1.0", "checkedOn": "2027-02-01",
                 "amendments": [{"resolution": "512/NQ-UBTVQH16", "effective": "2027-01-01",
                   "changes": [{"unit": "07306", "type": {"from": "Xã", "to": "Phường"}}]}]}
                """, StandardCharsets.UTF_8);
        Run r = Run.of("units", "list", "--province", "24", "--as-of", "2027-01-15", "--format", "json",
                "--amendments", f.toString()).succeeds();
        assertEquals(46, count(r.json(), "phuong"));
        assertEquals(53, count(r.json(), "xa"));
    }

    @Test
    void aBadFileIsOneClearLineAndExit2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"haicap-catalogue-amendments\", \"version\": \"1.0\",\n \"amendments\": [\n", StandardCharsets.UTF_8);
        Run r = Run.of("units", "list", "--amendments", bad.toString()).failsWith(Haicap.EXIT_USAGE);
        assertTrue(r.err().contains("bad.json"), r.err());
        assertTrue(r.err().contains("malformed JSON"), r.err());
        assertTrue(r.err().contains("dòng/line 3"), r.err());

        Path wrong = dir.resolve("wrong.json");
        Files.writeString(wrong, """
                {"format": "haicap-catalogue-amendments", "version": "1.0",
                 "amendments": [{"resolution": "388/NQ-UBTVQH16", "effective": "2026-09-20",
                   "changes": [{"unit": "07294", "type": {"from": "Xã", "to": "Phường"}}]}]}
                """, StandardCharsets.UTF_8);
        Run w = Run.of("validate", "--sample", "hanoi-2025-07-15", "--amendments", wrong.toString())
                .failsWith(Haicap.EXIT_USAGE);
        assertTrue(w.err().contains("wrong.json, entry 0 (388/NQ-UBTVQH16)"), w.err());
        assertTrue(w.err().contains("already in the catalogue"), w.err());

        Run missing = Run.of("units", "successors", "00013", "--amendments", dir.resolve("none.json").toString())
                .failsWith(Haicap.EXIT_USAGE);
        assertTrue(missing.err().contains("no such file"), missing.err());
        Run.of("report", "--amendments", bad.toString()).failsWith(Haicap.EXIT_USAGE);
        Run.of("units", "predecessors", "00004", "--amendments", bad.toString()).failsWith(Haicap.EXIT_USAGE);
        Run.of("units", "search", "ba dinh", "--amendments", bad.toString()).failsWith(Haicap.EXIT_USAGE);
    }
}
