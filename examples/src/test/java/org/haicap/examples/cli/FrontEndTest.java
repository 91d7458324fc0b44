package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.render.ReportRenderers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picocli front end: completion, failures that are not usage errors, the new report options, --out files. */
class FrontEndTest {

    @Test
    void completionScriptNamesEveryCommand() {
        for (String name : List.of("completion", "generate-completion")) {
            String script = Run.of(name).succeeds().out();
            assertTrue(script.contains("complete -F"), script);
            for (String word : List.of("report", "validate", "units", "search", "list", "successors", "predecessors",
                    "--as-of", "--amendments", "csv-excel")) {
                assertTrue(script.contains(word), word);
            }
        }
        assertTrue(Run.of("completion", "--help").succeeds().out().startsWith("haicap completion — "));
        assertTrue(Run.of("--help").succeeds().out().contains("completion"));
    }

    @Test
    void anErrorFromARunnerIsOneLineAndExitSeventy() {
        for (Error error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"), new AssertionError("bug"))) {
            Haicap.Plugins broken = new Haicap.Plugins(r -> {
                throw error;
            }, (r, out, err) -> {
                throw error;
            });
            for (String command : List.of("report", "validate")) {
                Run r = command.equals("report") ? Run.with(broken, command) : Run.with(broken, command, "--sample", "hanoi-2025-07-15");
                assertEquals(70, r.exitCode(), r.err());
                assertEquals("", r.out());
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().startsWith("haicap: lỗi nội bộ / internal error: " + error.getClass().getName()), r.err());
                assertFalse(r.err().contains("\tat "), r.err());
            }
        }
    }

    @Test
    void anUnexpectedExceptionIsOneLineAndExitSeventy() {
        Haicap.Plugins broken = new Haicap.Plugins(r -> {
            throw new NullPointerException("nothing here");
        }, ValidateCommand.defaultRunner());
        Run r = Run.with(broken, "report");
        assertEquals(70, r.exitCode());
        assertEquals("haicap: lỗi nội bộ / internal error: java.lang.NullPointerException: nothing here\n", r.err());
    }

    private static final class Seen implements ReportCommand.Runner {
        final AtomicReference<ReportCommand.Request> request = new AtomicReference<>();

        @Override
        public Report build(ReportCommand.Request r) {
            request.set(r);
            return Report.builder(LocalizedText.of("Báo cáo", "Report")).period(LocalDate.of(2025, 7, 1), r.asOf())
                    .asOf(r.asOf()).build();
        }
    }

    @Test
    void theNewReportOptionsReachTheRunner() {
        Seen seen = new Seen();
        Haicap.Plugins plugins = new Haicap.Plugins(seen, ValidateCommand.defaultRunner());
        Run.with(plugins, "report", "--issuer", " UBND tỉnh Lào Cai ", "--title=Báo cáo tháng 7", "--strict", "--findings",
                "--format", "JSON").failsWith(Haicap.EXIT_USAGE); // this runner gives no findings for --findings
        ReportCommand.Request r = seen.request.get();
        assertEquals(Optional.of("UBND tỉnh Lào Cai"), r.issuer());
        assertEquals(Optional.of("Báo cáo tháng 7"), r.title());
        assertTrue(r.strict());
        assertTrue(r.findings());
        assertEquals("json", r.format());
        assertFalse(r.progress(), "no progress unless asked or on a terminal");
        Run.with(plugins, "report").succeeds();
        r = seen.request.get();
        assertEquals(new ReportCommand.Request(Optional.of("hanoi-2025-07-15"), List.of(), LocalDate.of(2025, 7, 15), Language.VI), r);
        assertFalse(r.strict() || r.findings() || r.issuer().isPresent() || r.title().isPresent());
    }

    @Test
    void progressIsOnForATerminalUnlessQuiet() {
        Seen seen = new Seen();
        Haicap.Plugins plugins = new Haicap.Plugins(seen, ValidateCommand.defaultRunner());
        assertEquals(0, onTerminal(plugins, "report"));
        assertTrue(seen.request.get().progress());
        assertEquals(0, onTerminal(plugins, "report", "--quiet"));
        assertFalse(seen.request.get().progress());
        Run.with(plugins, "report", "--progress").exitCode();
        assertTrue(seen.request.get().progress());
        assertTrue(Run.with(plugins, "report", "--progress", "--quiet").failsWith(2).err().contains("exclude each other"));
    }

    private static int onTerminal(Haicap.Plugins plugins, String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Haicap.run(args, sink, sink, plugins, Run.TODAY, true);
    }

    @Test
    void badHeadingsAreUsageErrors() {
        assertTrue(Run.of("report", "--issuer", "  ").failsWith(2).err().contains("--issuer"));
        Run.of("report", "--title", "a\nb").failsWith(2);
        Run.of("report", "--issuer").failsWith(2);
        Run.of("report", "--strict=yes").failsWith(2);
    }

    @Test
    void csvExcelIsAcceptedAndRenderedWhenARendererIsInstalled() {
        Run r = Run.of("report", "--format", "csv-excel");
        if (ReportRenderers.installed().find("csv-excel").isEmpty()) {
            assertTrue(r.failsWith(2).err().contains("--format csv-excel: chưa hỗ trợ trong bản này / not supported yet"), r.err());
        } else {
            assertFalse(r.succeeds().out().isEmpty());
        }
        assertTrue(Run.of("report", "--format", "xlsx").failsWith(2).err().contains("csv-excel"));
    }

    @Test
    void outFilesAreReadableByOthers(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("bao-cao.txt");
        Run.of("report", "--out", file.toString()).succeeds();
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Run.of("report", "--format", "json", "--out", file.toString()).succeeds();
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).startsWith("{"));
        assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file left");
    }
}
