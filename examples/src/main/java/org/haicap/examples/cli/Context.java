package org.haicap.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command runs with: its standard output and error (UTF-8), today's date, the default of
 * {@code --as-of} where a command has one, and whether standard error is a terminal (progress is
 * shown there by default only then). Immutable.
 *
 * @param out standard output
 * @param err standard error: errors and progress
 * @param today the date {@code --as-of} defaults to
 * @param errIsTerminal whether {@code err} is a terminal a person watches
 */
record Context(PrintStream out, PrintStream err, LocalDate today, boolean errIsTerminal) {
    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(today, "today");
    }

    /** A context whose standard error is not a terminal. */
    Context(PrintStream out, PrintStream err, LocalDate today) {
        this(out, err, today, false);
    }
}
