package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void withoutArgumentsTheSampleInVietnamese() {
        String out = Run.of("report").succeeds().out();
        assertTrue(out.contains("Số liệu tính đến ngày: 15/7/2025"), out);
        assertTrue(out.contains("Kỳ báo cáo: 1 - 13/7/2025"), out);
        assertTrue(out.contains("- Ban Chấp hành: 2.552/4.076\n"), out);
        assertTrue(out.contains("- Hồ sơ tiếp nhận: hơn 66.000 hồ sơ\n"), out);
    }

    @Test
    void everyFormatAndLanguage() {
        for (String format : ReportCommand.FORMATS) {
            for (String lang : List.of("vi", "en")) {
                String out = Run.of("report", "--format", format, "--lang", lang).succeeds().out();
                assertFalse(out.isBlank(), format + " " + lang);
                assertTrue(out.contains("2552") || out.contains("2.552") || out.contains("2,552"), format + " " + lang);
            }
        }
        assertTrue(Run.of("report", "--format", "html").out().startsWith("<!DOCTYPE html>"));
        assertTrue(Run.of("report", "--format", "markdown", "--lang", "en").out().contains("1,233/1,238"));
        JsonNode json = Run.of("report", "--format", "json", "--as-of", "2026-05-01").succeeds().json();
        assertEquals("2026-05-01", json.get("asOf").asText());
        assertEquals("vi", json.get("language").asText());
    }

    @Test
    void machineFormatsCarryTheExactCountsBehindTheRoundedFigures() {
        JsonNode json = Run.of("report", "--format", "json").succeeds().json();
        JsonNode dossiers = null;
        for (JsonNode section : json.get("sections")) {
            for (JsonNode i : section.get("indicators")) {
                if (i.at("/label/vi").asText().equals("Hồ sơ tiếp nhận")) {
                    dossiers = i;
                }
            }
        }
        assertTrue(dossiers != null, json.toString());
        assertEquals(66_412, dossiers.get("value").asLong());
        assertEquals("exact", dossiers.get("qualifier").asText());
        assertEquals(1000, dossiers.get("roundedDownTo").asLong());
        assertEquals(66_000, dossiers.get("printedValue").asLong());
        assertEquals("more_than", dossiers.get("printedQualifier").asText());
        String csv = Run.of("report", "--format", "csv").succeeds().out();
        assertTrue(csv.contains(",count,Hồ sơ tiếp nhận,66412,,,,,,exact,hồ sơ,,,1000,hơn 66.000 hồ sơ\r\n"), csv);
        assertTrue(csv.contains(",count,Giao dịch đóng đảng phí thành công,42317,"), csv);
    }

    @Test
    void typesAsOfTheDate() {
        String july = Run.of("report", "--format", "csv").succeeds().out();
        String may = Run.of("report", "--format", "csv", "--as-of", "2026-05-01").succeeds().out();
        assertFalse(july.equals(may));
    }

    @Test
    void outWritesTheFileAndNothingOnStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bao-cao.html");
        Run r = Run.of("report", "--format", "html", "--out", file.toString()).succeeds();
        assertEquals("", r.out());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("2.552/4.076"));
        assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file left");
        // replaced, not appended
        Run.of("report", "--format", "text", "--out", file.toString()).succeeds();
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("<html"));
    }

    @Test
    void outRefusesAMissingDirectory(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("x.txt");
        assertTrue(Run.of("report", "--out", file.toString()).failsWith(2).err().contains("does not exist"));
        assertFalse(Files.exists(file.getParent()));
        Run.of("report", "--out", dir.toString()).failsWith(2);
    }

    @Test
    void optionErrors(@TempDir Path dir) throws Exception {
        Run.of("report", "--format", "xml").failsWith(2);
        Run.of("report", "--lang", "fr").failsWith(2);
        Run.of("report", "--sample", "saigon").failsWith(2);
        Run.of("report", "--as-of", "2025-06-30").failsWith(2);
        Run.of("report", "--data", dir.resolve("none.csv").toString()).failsWith(2);
        Path data = Files.writeString(dir.resolve("a.csv"), "x\n");
        Run.of("report", "--sample", "hanoi-2025-07-15", "--data", data.toString()).failsWith(2);
        Run.of("report", "extra").failsWith(2);
    }

    @Test
    void theRunnerGetsTheRequest(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "x\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "y\n");
        AtomicReference<ReportCommand.Request> seen = new AtomicReference<>();
        ReportCommand.Runner runner = request -> {
            seen.set(request);
            return Report.builder(LocalizedText.of("Báo cáo tiêu chuẩn", "Standard report"))
                    .period(LocalDate.of(2025, 7, 1), request.asOf()).asOf(request.asOf()).build();
        };
        Haicap.Plugins plugins = new Haicap.Plugins(runner, ValidateCommand.defaultRunner());
        assertTrue(Run.with(plugins, "report", "--lang", "en").succeeds().out().contains("Standard report"));
        assertEquals(new ReportCommand.Request(Optional.of("hanoi-2025-07-15"), List.of(), LocalDate.of(2025, 7, 15),
                Language.EN), seen.get());
        Run.with(plugins, "report", "--data", a.toString(), "--data", b.toString()).succeeds();
        assertEquals(List.of(a, b), seen.get().data());
        assertEquals(Run.TODAY, seen.get().asOf());
        assertTrue(seen.get().sample().isEmpty());
        Run.with(plugins, "report", "--as-of", "16/7/2025").succeeds();
        assertEquals(LocalDate.of(2025, 7, 16), seen.get().asOf());
    }

    @Test
    void aRunnerRefusingItsInputIsExitTwo() {
        Haicap.Plugins plugins = new Haicap.Plugins(r -> {
            throw new IllegalArgumentException("dữ liệu hỏng / broken data");
        }, ValidateCommand.defaultRunner());
        assertTrue(Run.with(plugins, "report").failsWith(2).err().contains("broken data"));
    }

    @Test
    void requestChecksSampleOrData() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportCommand.Request(Optional.empty(), List.of(), LocalDate.of(2025, 7, 15), Language.VI));
    }
}
