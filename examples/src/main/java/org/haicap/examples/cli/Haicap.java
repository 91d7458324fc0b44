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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        int code = run(args, out, err, Plugins.defaults(), LocalDate.now(VIETNAM), System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool with the default plugins; {@code --as-of} defaults to today in Vietnam. This
     * is the only place that reads the clock. Progress is off unless {@code --progress} is given.
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
     * Runs the tool with the given plugins and the given "today". Progress is off unless
     * {@code --progress} is given.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param plugins the report and validate runners
     * @param today the default of {@code --as-of}
     * @return the exit code; never throws, whatever the input or the plugins do
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Plugins plugins, LocalDate today) {
        return run(args, out, err, plugins, today, false);
    }

    /**
     * Runs the tool; {@code errIsTerminal} turns progress on by default.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Plugins plugins, LocalDate today, boolean errIsTerminal) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(plugins, "plugins");
        Context ctx = new Context(out, err, Objects.requireNonNull(today, "today"), errIsTerminal);
        List<Command> commands = commands(plugins);
        try {
            CommandLine line = commandLine(commands, ctx);
            return line.execute(args);
        } catch (RuntimeException | Error e) {
            return failure(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The one line and the exit code for a failure of a command: its own exit code for a
     * {@link CliException}; 2 for input that cannot be used ({@link IllegalArgumentException},
     * {@link java.io.UncheckedIOException}); 70 for anything else, an {@link Error} included.
     */
    private static int failure(Throwable e, PrintStream err) {
        if (e instanceof CliException cli) {
            err.println("haicap: " + oneLine(cli.getMessage()));
            return cli.exitCode();
        }
        if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
            err.println("haicap: " + oneLine(String.valueOf(e.getMessage())));
            return EXIT_USAGE;
        }
        return internal(e, err);
    }

    /**
     * One line for a failure that is a bug or the machine running out of something
     * ({@link OutOfMemoryError}, {@link StackOverflowError}): never a stack trace.
     */
    private static int internal(Throwable e, PrintStream err) {
        try {
            err.println("haicap: lỗi nội bộ / internal error: " + e.getClass().getName() + ": "
                    + oneLine(String.valueOf(e.getMessage())));
        } catch (Throwable again) {
            // nothing more can be said; the exit code still tells
        }
        return EXIT_INTERNAL;
    }

    static List<Command> commands(Plugins plugins) {
        List<Command> all = new ArrayList<>();
        all.add(new ReportCommand.Cli(plugins.report()));
        all.add(new ValidateCommand.Cli(plugins.validate()));
        all.addAll(UnitsCommands.all());
        all.add(new CompletionCommand());
        return all;
    }

    /** A group of commands such as {@code units}: the picocli user object of its command line. */
    private record Group(List<String> path) {
    }

    /** The {@code help} command's user object. */
    private enum HelpMarker {
        HELP
    }

    /** The root's user object. */
    private enum RootMarker {
        ROOT
    }

    /**
     * The picocli command line of the tool: the root {@code haicap} with {@code --help} and
     * {@code --version}, groups, the commands and {@code help}; usage errors go through
     * {@link #usageError} (one line, exit 2) and commands run through {@link #execute}.
     */
    static CommandLine commandLine(List<Command> commands, Context ctx) {
        CommandSpec root = CommandSpec.wrapWithoutInspection(RootMarker.ROOT);
        root.name("haicap");
        root.addOption(org.haicap.examples.cli.CommandSpec.helpOption());
        root.addOption(OptionSpec.builder("--version", "-V").versionHelp(true)
                .description("in phiên bản / print the version").build());
        CommandLine line = new CommandLine(root);
        for (Command c : commands) {
            List<String> path = c.spec().path();
            CommandLine parent = line;
            for (int i = 0; i < path.size() - 1; i++) {
                String word = path.get(i);
                CommandLine group = parent.getSubcommands().get(word);
                if (group == null) {
                    CommandSpec g = CommandSpec.wrapWithoutInspection(new Group(path.subList(0, i + 1)));
                    g.name(word);
                    g.addOption(org.haicap.examples.cli.CommandSpec.helpOption());
                    group = new CommandLine(g);
                    parent.addSubcommand(word, group);
                }
                parent = group;
            }
            CommandSpec leaf = c.spec().toPicocli(c);
            if (c instanceof CompletionCommand) {
                leaf.aliases(CompletionCommand.ALIAS);
            }
            parent.addSubcommand(path.get(path.size() - 1), new CommandLine(leaf));
        }
        CommandSpec help = CommandSpec.wrapWithoutInspection(HelpMarker.HELP);
        help.name("help");
        help.addOption(org.haicap.examples.cli.CommandSpec.helpOption());
        help.addPositional(PositionalParamSpec.builder().arity("0..*").paramLabel("COMMAND")
                .type(List.class).auxiliaryTypes(String.class).build());
        line.addSubcommand("help", new CommandLine(help));
        line.setExpandAtFiles(false);
        line.setParameterExceptionHandler((ex, args) -> usageError(ex, commands, ctx));
        line.setExecutionStrategy(result -> {
            try {
                return execute(result, commands, ctx);
            } catch (RuntimeException | Error e) {
                return failure(e, ctx.err());
            }
        });
        line.setExecutionExceptionHandler((ex, cl, result) -> failure(ex, ctx.err()));
        return line;
    }

    /** Runs what was parsed: help, the version, or one command. */
    private static int execute(ParseResult result, List<Command> commands, Context ctx) {
        if (result.isUsageHelpRequested()) {
            ctx.out().print(topHelp(commands));
            return EXIT_OK;
        }
        if (result.isVersionHelpRequested()) {
            ctx.out().println("haicap " + version());
            return EXIT_OK;
        }
        ParseResult leaf = result;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object user = leaf.commandSpec().userObject();
        if (user instanceof Command command) {
            if (leaf.isUsageHelpRequested()) {
                ctx.out().print(command.spec().help());
                return EXIT_OK;
            }
            Arguments arguments = new Arguments(leaf);
            command.spec().checkPositionals(arguments.positionals());
            return command.run(arguments, ctx);
        }
        if (user instanceof Group group) {
            if (leaf.isUsageHelpRequested()) {
                ctx.out().print(groupHelp(group.path(), commands));
                return EXIT_OK;
            }
            throw missingCommand(group.path(), commands);
        }
        if (user == HelpMarker.HELP) {
            return help(new Arguments(leaf).positionals(), commands, ctx);
        }
        throw missingCommand(List.of(), commands);
    }

    /** {@code haicap help [COMMAND…]}. */
    private static int help(List<String> path, List<Command> commands, Context ctx) {
        if (path.isEmpty()) {
            ctx.out().print(topHelp(commands));
            return EXIT_OK;
        }
        for (Command c : commands) {
            if (c.spec().path().equals(path)) {
                ctx.out().print(c.spec().help());
                return EXIT_OK;
            }
        }
        List<String> prefix = new ArrayList<>();
        for (String word : path) {
            List<String> next = new ArrayList<>(prefix);
            next.add(word);
            if (commands.stream().noneMatch(c -> startsWith(c.spec().path(), next))) {
                throw unknownCommand(word, prefix, commands);
            }
            prefix = next;
        }
        ctx.out().print(groupHelp(prefix, commands));
        return EXIT_OK;
    }

    /**
     * The one line on stderr for a usage error found by picocli, in Vietnamese and English; a
     * bad value keeps the converter's own message.
     */
    private static int usageError(ParameterException ex, List<Command> commands, Context ctx) {
        ctx.err().println("haicap: " + oneLine(usageMessage(ex, commands)));
        return EXIT_USAGE;
    }

    static String usageMessage(ParameterException ex, List<Command> commands) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof CliException cli) {
                return cli.getMessage();
            }
        }
        CommandLine at = ex.getCommandLine();
        Object user = at.getCommandSpec().userObject();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            if (user instanceof Command command) {
                org.haicap.examples.cli.CommandSpec spec = command.spec();
                if (word.startsWith("-") && !word.equals("-")) {
                    return unknownOption(spec, word);
                }
                return "thừa đối số \"" + Values.printable(word) + "\" cho lệnh '" + spec.name() + "' / unexpected argument \""
                        + Values.printable(word) + "\" for '" + spec.name() + "' (" + helpHint(spec) + ")";
            }
            List<String> prefix = user instanceof Group g ? g.path() : List.of();
            return unknownCommand(word, prefix, commands).getMessage();
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty() && user instanceof Command command) {
            org.haicap.examples.cli.CommandSpec spec = command.spec();
            ArgSpec missing = m.getMissing().get(0);
            if (missing.isPositional()) {
                return "thiếu " + spec.positionalName() + " cho lệnh '" + spec.name() + "' / missing " + spec.positionalName()
                        + " for '" + spec.name() + "' (" + helpHint(spec) + ")";
            }
            String name = ((OptionSpec) missing).longestName();
            return "tùy chọn " + name + " cần giá trị " + missing.paramLabel() + " / option " + name + " needs a value "
                    + missing.paramLabel() + " (" + helpHint(spec) + ")";
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            String name = option.longestName();
            return "tùy chọn " + name + " được cho hai lần / option " + name + " given twice ("
                    + (user instanceof Command c ? helpHint(c.spec()) : "haicap --help") + ")";
        }
        String where = user instanceof Command c ? helpHint(c.spec()) : "haicap --help";
        if (ex.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0) {
            String name = option.longestName();
            return "tùy chọn " + name + " không nhận giá trị / option " + name + " takes no value (" + where + ")";
        }
        return "đối số không hợp lệ / invalid arguments: " + String.valueOf(ex.getMessage()) + " (" + where + ")";
    }

    private static String helpHint(org.haicap.examples.cli.CommandSpec spec) {
        return "haicap " + spec.name() + " --help";
    }

    private static String unknownOption(org.haicap.examples.cli.CommandSpec spec, String given) {
        String name = given.replaceFirst("^-+", "").replaceFirst("=.*$", "");
        Optional<String> near = spec.options().stream().map(Option::name)
                .filter(n -> (!name.isEmpty() && n.startsWith(name)) || Arguments.distance(n, name) <= 2)
                .min(Comparator.comparingInt(n -> Arguments.distance(n, name)));
        String hintVi = near.map(n -> "; có phải --" + n + "?").orElse("");
        String hintEn = near.map(n -> "; did you mean --" + n + "?").orElse("");
        String shown = Values.printable(given.contains("=") ? given.substring(0, given.indexOf('=')) : given);
        return "tùy chọn không biết " + shown + " cho lệnh '" + spec.name() + "'" + hintVi + " / unknown option " + shown
                + " for '" + spec.name() + "'" + hintEn + " (" + helpHint(spec) + ")";
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
