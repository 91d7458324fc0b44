package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Runs the tool in-process and captures its output; for tests. */
record Run(int exitCode, String out, String err) {

    static final LocalDate TODAY = LocalDate.of(2025, 7, 15);

    static Run of(String... args) {
        return with(Haicap.Plugins.defaults(), args);
    }

    static Run with(Haicap.Plugins plugins, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Haicap.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), plugins, TODAY);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }

    /** Asserts a failure: the exit code, nothing on stdout, exactly one line on stderr, no stack trace. */
    Run failsWith(int expected) {
        assertEquals(expected, exitCode, () -> "exit code; err=" + err + " out=" + out);
        assertEquals("", out, "stdout");
        assertEquals(1, err.lines().count(), () -> "one line on stderr: " + err);
        if (err.contains("\tat ") || err.contains("Exception")) {
            throw new AssertionError("stack trace or exception name on stderr: " + err);
        }
        return this;
    }

    Run succeeds() {
        assertEquals(0, exitCode, () -> "exit code; err=" + err);
        assertEquals("", err, "stderr");
        return this;
    }
}
