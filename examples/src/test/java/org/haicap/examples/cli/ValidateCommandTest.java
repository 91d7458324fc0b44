package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void aMissingFileIsExitTwoSayingWhichAndWhy() {
        Run r = Run.of("validate", "data.csv").failsWith(2);
        assertTrue(r.err().contains("data.csv") && r.err().contains("does not exist"), r.err());
    }

    @Test
    void theSampleHasExactlyTheGapsOfTheArticleAsErrors() {
        Run r = Run.of("validate", "--sample", "hanoi-2025-07-15");
        assertEquals(ValidateCommand.EXIT_FINDINGS, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Kết quả kiểm tra: 41 quy tắc; 15 lỗi, 465 cảnh báo, 1 thông tin\n"), r.out());
        List<String> withErrors = r.out().lines().filter(l -> l.startsWith("- ") && !l.contains(": 0 lỗi")).toList();
        assertEquals(List.of(
                "- vn.commune.committee-vice-chairs: 12 lỗi, 0 cảnh báo, 0 thông tin; đạt 114/126",
                "- vn.commune.council-vice-chair: 1 lỗi, 0 cảnh báo, 0 thông tin; đạt 125/126",
                "- vn.commune.deputy-secretaries: 1 lỗi, 0 cảnh báo, 0 thông tin; đạt 125/126",
                "- vn.commune.secretary: 1 lỗi, 0 cảnh báo, 0 thông tin; đạt 125/126"), withErrors);
        assertEquals(1, r.err().lines().count(), "one progress line for 110.479 rows: " + r.err());
        // the seat shortfalls are warnings, with the article's seat measures
        List<String> seats = r.out().lines().filter(l -> l.startsWith("- vn.commune.") && l.contains("-seats:")).toList();
        assertEquals(List.of(
                "- vn.commune.executive-committee-seats: 0 lỗi, 126 cảnh báo, 0 thông tin; đạt 2.552/4.076",
                "- vn.commune.standing-committee-seats: 0 lỗi, 126 cảnh báo, 0 thông tin; đạt 1.047/1.356"), seats);
        assertTrue(r.out().contains("- vn.commune.standing-committee-appointed: 0 lỗi, 87 cảnh báo, 0 thông tin; đạt 39/126\n"),
                r.out());
    }

    @Test
    void theShippedFilesGivenAsPathsGiveTheSameResult(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--max-samples", "2"));
        for (String f : List.of("dataset.json.gz", "dossiers.jsonl.gz", "payments.jsonl.gz", "fee-bases.jsonl.gz")) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/org/haicap/examples/sample/hanoi-2025-07-15/" + f)) {
                java.nio.file.Files.copy(in, dir.resolve(f));
            }
            args.add(dir.resolve(f).toString());
        }
        Run files = Run.of(args.toArray(String[]::new));
        Run sample = Run.of("validate", "--sample", "hanoi-2025-07-15", "--max-samples", "2", "--as-of", "2025-07-15");
        assertEquals(1, files.exitCode());
        assertEquals(sample.out(), files.out());
        JsonNode json = Run.of("validate", "--sample", "hanoi-2025-07-15", "--format", "json").json();
        assertEquals(15, json.get("errors").asLong());
    }

    @Test
    void aFeeBasisFileIsPickedUpAndItsBadLinesAreFindingsWithoutTheSalary(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--format", "json", "--as-of", "2025-07-15"));
        for (String f : List.of("dataset.json.gz", "payments.jsonl.gz")) {
            try (java.io.InputStream in = getClass().getResourceAsStream("/org/haicap/examples/sample/hanoi-2025-07-15/" + f)) {
                java.nio.file.Files.copy(in, dir.resolve(f));
            }
            args.add(dir.resolve(f).toString());
        }
        Path fees = java.nio.file.Files.writeString(dir.resolve("fees.jsonl"),
                "{\"member\":\"DV-000001\",\"kind\":\"SALARY\",\"amount\":12000000,\"exemptions\":[],\"validFrom\":\"2025-06\"}\n"
                + "{\"member\":\"DV-000002\",\"kind\":\"PENSION\",\"amount\":-9876543,\"exemptions\":[],\"validFrom\":\"2025-06\"}\n");
        args.add(fees.toString());
        Run r = Run.of(args.toArray(String[]::new));
        JsonNode json = r.json();
        JsonNode read = null;
        JsonNode fee = null;
        for (JsonNode rule : json.get("rules")) {
            if (rule.get("rule").asText().equals("vn.read.invalid-value")) {
                read = rule;
            }
            if (rule.get("rule").asText().equals("vn.payment.party-fee")) {
                fee = rule;
            }
        }
        assertEquals(1, read.get("errors").asLong(), json.toString());
        JsonNode at = read.get("samples").get(0);
        assertEquals("fees.jsonl", at.get("source").asText());
        assertEquals(2, at.get("line").asLong());
        assertEquals("DV-000002", at.get("key").asText());
        // one member with a basis, who paid June and July: two payments checked, the others have none (INFO)
        assertEquals(2, fee.get("measure").get("passed").asLong(), fee.toString());
        assertEquals(2, fee.get("measure").get("total").asLong(), fee.toString());
        assertFalse(r.out().contains("9876543") || r.out().contains("9.876.543"), r.out());
        assertFalse(r.err().contains("9876543"), r.err());
    }

    @Test
    void anUnreadableDatasetIsExitTwoSayingWhereAndWhy(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("dataset.json"), "{\"format\": \"something-else\"}\n");
        Run r = Run.of("validate", bad.toString()).failsWith(2);
        assertTrue(r.err().contains("dataset.json"), r.err());
    }

    @Test
    void usageErrors() {
        Run.of("validate").failsWith(2);
        Run.of("validate", "--sample", "hanoi-2025-07-15", "x.csv").failsWith(2);
        Run.of("validate", "--sample", "nowhere").failsWith(2);
        Run.of("validate", "x.csv", "--format", "html").failsWith(2);
        Run.of("validate", "x.csv", "--max-samples", "0").failsWith(2);
        Run.of("validate", "x.csv", "--as-of", "1/1/2025").failsWith(2);
    }

    @Test
    void theRunnerGetsTheRequestAndDecidesTheExitCode() {
        AtomicReference<ValidateCommand.Request> seen = new AtomicReference<>();
        Haicap.Plugins plugins = new Haicap.Plugins(ReportCommand.defaultRunner(), (request, out, err) -> {
            seen.set(request);
            out.println("1 lỗi");
            return ValidateCommand.EXIT_FINDINGS;
        });
        Run r = Run.with(plugins, "validate", "a.csv", "b.csv", "--format", "json", "--max-samples", "3");
        assertEquals(1, r.exitCode());
        assertEquals("1 lỗi\n", r.out());
        assertEquals(new ValidateCommand.Request(Optional.empty(), List.of(Path.of("a.csv"), Path.of("b.csv")), Run.TODAY,
                "json", 3), seen.get());
        Run.with(plugins, "validate", "--sample", "hanoi-2025-07-15");
        assertEquals(LocalDate.of(2025, 7, 15), seen.get().asOf());
        assertEquals(5, seen.get().maxSamples());
        assertEquals("text", seen.get().format());
    }

    @Test
    void requestChecks() {
        assertThrows(IllegalArgumentException.class,
                () -> new ValidateCommand.Request(Optional.empty(), List.of(), Run.TODAY, "text", 5));
        assertThrows(IllegalArgumentException.class,
                () -> new ValidateCommand.Request(Optional.of("s"), List.of(), Run.TODAY, "xml", 5));
        assertThrows(IllegalArgumentException.class,
                () -> new ValidateCommand.Request(Optional.of("s"), List.of(), Run.TODAY, "text", 0));
    }
}
