/**
 * The {@code haicap} command-line tool (công cụ dòng lệnh): {@link org.haicap.examples.cli.Haicap}
 * is the entry point ({@code run(args, out, err)} returns the exit code); {@code report} and
 * {@code validate} delegate to the seams {@link org.haicap.examples.cli.ReportCommand.Runner} and
 * {@link org.haicap.examples.cli.ValidateCommand.Runner}. The option parser is a small
 * package-private one; no command-line library is used. See {@code docs/cli.md}.
 */
package org.haicap.examples.cli;
