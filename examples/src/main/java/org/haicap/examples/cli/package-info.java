/**
 * The {@code haicap} command-line tool (công cụ dòng lệnh): {@link org.haicap.examples.cli.Haicap}
 * is the entry point ({@code run(args, out, err)} returns the exit code); {@code report} and
 * {@code validate} delegate to the seams {@link org.haicap.examples.cli.ReportCommand.Runner} and
 * {@link org.haicap.examples.cli.ValidateCommand.Runner}. Command lines are parsed by picocli,
 * from a model built out of the package-private {@code CommandSpec} and {@code Option} of each
 * command; help and error messages stay the tool's own, in Vietnamese and English. See
 * {@code docs/cli.md}.
 */
package org.haicap.examples.cli;
