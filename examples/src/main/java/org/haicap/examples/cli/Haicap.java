package org.haicap.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code haicap} command-line tool (công cụ dòng lệnh): {@code report}, {@code validate} and
 * the {@code units} commands over the official catalogue. See {@code docs/cli.md} and
 * {@code haicap --help}.
 *
 * <p>Exit codes: {@link #EXIT_OK} 0, {@link #EXIT_FINDINGS} 1 (validation found errors),
 * {@link #EXIT_USAGE} 2 (usage error, bad or unreadable input), {@link #EXIT_NOT_FOUND} 3 (a
 * well-formed code that names nothing), {@link #EXIT_INTERNAL} 70 (a bug). Every failure is one
 * line on standard error, never a stack trace. This class is stateless and thread-safe.
 */
public final class Haicap {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** {@code validate} found at least one error-level finding. */
    public static final int EXIT_FINDINGS = 1;
    /** A usage error, or input that is bad or cannot be read. */
    public static final int EXIT_USAGE = 2;
    /** A well-formed code that names no unit ({@code units successors}, {@code units predecessors}). */
    public static final int EXIT_NOT_FOUND = 3;
    /** An unexpected failure: a bug in the tool. */
    public static final int EXIT_INTERNAL = 70;

    /** The zone whose calendar date is the default of {@code --as-of}. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The pluggable parts of the tool. Immutable.
     *
     * @param report builds the report of {@code haicap report}
     * @param validate runs {@code haicap validate}
     */
    public record Plugins(ReportCommand.Runner report, ValidateCommand.Runner validate) {
        /** Checks that both are given. */
        public Plugins {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(validate, "validate");
        }

        /** The runners of this build: {@link ReportCommand#defaultRunner()}, {@link ValidateCommand#defaultRunner()}. */
        public static Plugins defaults() {
            return new Plugins(ReportCommand.defaultRunner(), ValidateCommand.defaultRunner());
        }
    }

    private Haicap() {
    }

    /**
     * Runs the tool with standard output and error in UTF-8 whatever the platform's default, and
     * exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool with the default plugins; {@code --as-of} defaults to today in Vietnam. This
     * is the only place that reads the clock.
     *
     * @param args the command line
     * @param out standard output (should encode UTF-8)
     * @param err standard error: errors and progress
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Plugins.defaults(), LocalDate.now(VIETNAM));
    }

    /**
     * Runs the tool with the given plugins and the given "today".
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param plugins the report and validate runners
     * @param today the default of {@code --as-of}
     * @return the exit code; never throws for bad input
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Plugins plugins, LocalDate today) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(plugins, "plugins");
        Context ctx = new Context(out, err, Objects.requireNonNull(today, "today"));
        List<Command> commands = commands(plugins);
        try {
            return dispatch(Arrays.asList(args), commands, ctx);
        } catch (CliException e) {
            err.println("haicap: " + oneLine(e.getMessage()));
            return e.exitCode();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("haicap: " + oneLine(String.valueOf(e.getMessage())));
            return EXIT_USAGE;
        } catch (RuntimeException e) {
            err.println("haicap: lỗi nội bộ / internal error: " + e.getClass().getName() + ": " + oneLine(String.valueOf(e.getMessage())));
            return EXIT_INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static List<Command> commands(Plugins plugins) {
        List<Command> all = new ArrayList<>();
        all.add(new ReportCommand.Cli(plugins.report()));
        all.add(new ValidateCommand.Cli(plugins.validate()));
        all.addAll(UnitsCommands.all());
        return all;
    }

    private static int dispatch(List<String> args, List<Command> commands, Context ctx) {
        if (args.isEmpty()) {
            throw missingCommand(List.of(), commands);
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            ctx.out().print(topHelp(commands));
            return EXIT_OK;
        }
        if (first.equals("--version") || first.equals("-V")) {
            ctx.out().println("haicap " + version());
            return EXIT_OK;
        }
        if (first.equals("help")) {
            List<String> path = args.subList(1, args.size());
            if (path.isEmpty()) {
                ctx.out().print(topHelp(commands));
                return EXIT_OK;
            }
            Resolved r = resolve(path, commands);
            if (!r.rest().isEmpty()) {
                throw unknownCommand(r.rest().get(0), r.prefix(), commands);
            }
            ctx.out().print(r.command().map(c -> c.spec().help()).orElseGet(() -> groupHelp(r.prefix(), commands)));
            return EXIT_OK;
        }
        Resolved r = resolve(args, commands);
        if (r.command().isEmpty()) {
            List<String> rest = r.rest();
            if (!rest.isEmpty() && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
                ctx.out().print(groupHelp(r.prefix(), commands));
                return EXIT_OK;
            }
            if (rest.isEmpty()) {
                throw missingCommand(r.prefix(), commands);
            }
            throw unknownCommand(rest.get(0), r.prefix(), commands);
        }
        Command command = r.command().get();
        Arguments parsed = Arguments.parse(command.spec(), r.rest());
        if (parsed.helpRequested()) {
            ctx.out().print(command.spec().help());
            return EXIT_OK;
        }
        return command.run(parsed, ctx);
    }

    /** A command, or a group prefix, and the arguments after it. */
    private record Resolved(List<String> prefix, Optional<Command> command, List<String> rest) {
    }

    private static Resolved resolve(List<String> args, List<Command> commands) {
        List<String> prefix = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            List<String> next = new ArrayList<>(prefix);
            next.add(args.get(i));
            Optional<Command> exact = commands.stream().filter(c -> c.spec().path().equals(next)).findFirst();
            if (exact.isPresent()) {
                return new Resolved(next, exact, args.subList(i + 1, args.size()));
            }
            boolean isGroup = commands.stream().anyMatch(c -> startsWith(c.spec().path(), next));
            if (!isGroup) {
                break;
            }
            prefix = next;
            i++;
        }
        return new Resolved(prefix, Optional.empty(), args.subList(i, args.size()));
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static CliException missingCommand(List<String> prefix, List<Command> commands) {
        String where = prefix.isEmpty() ? "haicap" : "haicap " + String.join(" ", prefix);
        return CliException.usage("thiếu lệnh cho " + where,
                "missing command (commands: " + String.join(", ", choices(prefix, commands)) + "; " + where + " --help)");
    }

    private static Set<String> choices(List<String> prefix, List<Command> commands) {
        Set<String> choices = new LinkedHashSet<>();
        for (Command c : commands) {
            if (startsWith(c.spec().path(), prefix)) {
                choices.add(c.spec().path().get(prefix.size()));
            }
        }
        return choices;
    }

    private static CliException unknownCommand(String word, List<String> prefix, List<Command> commands) {
        Set<String> choices = choices(prefix, commands);
        Optional<String> near = choices.stream().filter(c -> Arguments.distance(c, word) <= 2)
                .min(Comparator.comparingInt(c -> Arguments.distance(c, word)));
        String where = prefix.isEmpty() ? "haicap" : "haicap " + String.join(" ", prefix);
        String shown = Values.printable(word);
        return CliException.usage(
                (word.startsWith("-") ? "tùy chọn không biết " : "lệnh không biết ") + shown + near.map(n -> "; có phải " + n + "?").orElse(""),
                (word.startsWith("-") ? "unknown option " : "unknown command ") + shown + near.map(n -> "; did you mean " + n + "?").orElse("")
                        + " (commands: " + String.join(", ", choices) + "; " + where + " --help)");
    }

    static String topHelp(List<Command> commands) {
        StringBuilder b = new StringBuilder();
        b.append("haicap — công cụ dòng lệnh cho chính quyền địa phương hai cấp / the command-line tool for Vietnam's two-level local government\n\n");
        b.append("Cách dùng / Usage:\n  haicap COMMAND [OPTIONS…]\n  haicap help COMMAND\n  haicap COMMAND --help\n  haicap --version\n\n");
        b.append("Lệnh / Commands:\n").append(list(commands, List.of()));
        b.append("\nMã thoát / Exit codes: 0 thành công / success; 1 dữ liệu có lỗi / validation errors;\n"
                + "  2 sai cách dùng hoặc đầu vào / usage error or bad input; 3 không có mã đó / no such code; 70 lỗi nội bộ / internal error\n");
        return b.toString();
    }

    static String groupHelp(List<String> prefix, List<Command> commands) {
        String name = String.join(" ", prefix);
        return "haicap " + name + " — các lệnh / commands\n\nCách dùng / Usage:\n  haicap " + name
                + " SUBCOMMAND [OPTIONS…]\n\nLệnh / Commands:\n" + list(commands, prefix)
                + "\nXem / See: haicap " + name + " SUBCOMMAND --help\n";
    }

    private static String list(List<Command> commands, List<String> prefix) {
        List<Command> shown = commands.stream()
                .filter(c -> prefix.isEmpty() || startsWith(c.spec().path(), prefix)).toList();
        int width = shown.stream().mapToInt(c -> c.spec().name().length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (Command c : shown) {
            b.append("  ").append(Text.pad(c.spec().name(), width)).append("  ").append(c.spec().summary()).append('\n');
        }
        return b.toString();
    }

    /** The version from the jar's Maven metadata, or {@code dev} when run from classes. */
    static String version() {
        try (InputStream in = Haicap.class.getResourceAsStream("/META-INF/maven/org.haicap/haicap-examples/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return Optional.ofNullable(Haicap.class.getPackage().getImplementationVersion()).orElse("dev");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
