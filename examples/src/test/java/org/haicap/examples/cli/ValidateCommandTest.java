package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void notAvailableInThisBuild() {
        Run r = Run.of("validate", "--sample", "hanoi-2025-07-15").failsWith(2);
        assertTrue(r.err().contains("not available in this build"), r.err());
        Run.of("validate", "data.csv").failsWith(2);
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
