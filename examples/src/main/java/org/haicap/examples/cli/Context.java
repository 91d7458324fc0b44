package org.haicap.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command runs with: its standard output and error (UTF-8) and today's date, the default of
 * {@code --as-of} where a command has one. Immutable.
 *
 * @param out standard output
 * @param err standard error: errors and progress
 * @param today the date {@code --as-of} defaults to
 */
record Context(PrintStream out, PrintStream err, LocalDate today) {
    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(today, "today");
    }
}
