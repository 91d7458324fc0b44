package org.haicap.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code validate} command (lệnh kiểm tra dữ liệu): parses its options and hands a
 * {@link Request} to a {@link Runner}, the seam where a validator plugs in;
 * {@link #defaultRunner()} runs the dataset, dossier and payment rules. Immutable and thread-safe.
 */
public final class ValidateCommand {

    /** The formats {@code --format} accepts. */
    public static final List<String> FORMATS = List.of("text", "json");

    /** Exit code: no error-level finding. */
    public static final int EXIT_VALID = Haicap.EXIT_OK;
    /** Exit code: at least one error-level finding. */
    public static final int EXIT_FINDINGS = Haicap.EXIT_FINDINGS;
    /** Exit code: the input cannot be read at all. */
    public static final int EXIT_UNREADABLE = Haicap.EXIT_USAGE;

    private ValidateCommand() {
    }

    /**
     * What to validate, as the user asked for it. Immutable.
     *
     * @param sample the bundled sample's name, empty when paths are given
     * @param paths the files or directories to validate, in order (not checked: reading them is
     *     the runner's job, which reports an unreadable one with exit 2, saying where and why)
     * @param asOf the date rules are checked as of: {@code --as-of}, else the sample's date, else today
     * @param format {@code text} or {@code json}
     * @param maxSamples how many example rows to show per finding ({@code --max-samples}, default 5)
     * @param catalog the unit catalogue the rules check against: the official one, with
     *     {@code --amendments FILE} applied when given
     * @param parameters the rule parameters: the defaults over {@code catalog}, with
     *     {@code --rules FILE} applied when given ({@link org.haicap.validation.rules.RuleSettings})
     * @param progress whether to show the progress printer on standard error ({@code --progress},
     *     or by default when standard error is a terminal and {@code --quiet} is not given)
     * @param sinks where accepted and refused rows are written ({@code --accepted DIR},
     *     {@code --refused FILE}), {@code RowSinks.NONE} when neither is given
     */
    public record Request(Optional<String> sample, List<Path> paths, LocalDate asOf, String format, int maxSamples,
            org.haicap.core.units.UnitCatalog catalog, org.haicap.validation.rules.RuleParameters parameters,
            boolean progress, org.haicap.validation.pass.RowSinks sinks) {

        /** A request without the progress printer (progress lines every 100.000 rows only) or row files. */
        public Request(Optional<String> sample, List<Path> paths, LocalDate asOf, String format, int maxSamples,
                org.haicap.core.units.UnitCatalog catalog, org.haicap.validation.rules.RuleParameters parameters) {
            this(sample, paths, asOf, format, maxSamples, catalog, parameters, false,
                    org.haicap.validation.pass.RowSinks.NONE);
        }

        /** A request under the default rule parameters over {@code catalog}. */
        public Request(Optional<String> sample, List<Path> paths, LocalDate asOf, String format, int maxSamples,
                org.haicap.core.units.UnitCatalog catalog) {
            this(sample, paths, asOf, format, maxSamples, catalog, RulesOptions.defaults(catalog));
        }

        /** A request against the official catalogue. */
        public Request(Optional<String> sample, List<Path> paths, LocalDate asOf, String format, int maxSamples) {
            this(sample, paths, asOf, format, maxSamples, org.haicap.core.units.UnitCatalog.official());
        }

        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if both or neither of sample and paths are given, the
         *     format is unknown or {@code maxSamples} is below 1
         */
        public Request {
            Objects.requireNonNull(sample, "sample");
            paths = List.copyOf(paths);
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(sinks, "sinks");
            if (sample.isPresent() == !paths.isEmpty()) {
                throw new IllegalArgumentException("cần đúng một trong mẫu hoặc đường dẫn / exactly one of sample or paths");
            }
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("định dạng không hỗ trợ / unsupported format: " + format);
            }
            if (maxSamples < 1) {
                throw new IllegalArgumentException("maxSamples < 1: " + maxSamples);
            }
        }
    }

    /**
     * Validates a request and writes the findings (bộ kiểm tra). Implementations must be
     * thread-safe.
     */
    @FunctionalInterface
    public interface Runner {
        /**
         * Validates and writes the findings to {@code out} in the request's format; progress for
         * long inputs goes to {@code err}.
         *
         * @return {@link #EXIT_VALID}, {@link #EXIT_FINDINGS} or {@link #EXIT_UNREADABLE} (after
         *     printing one line on {@code err} saying which input and why)
         */
        int validate(Request request, PrintStream out, PrintStream err);
    }

    /**
     * The runner {@code haicap validate} uses: the dataset rules, the dossier and payment checks
     * of {@code org.haicap.validation.rules} under default parameters
     * ({@link org.haicap.examples.sample.DatasetValidation}), the shipped sample or the files given.
     */
    public static Runner defaultRunner() {
        return (request, out, err) -> {
            org.haicap.examples.sample.DatasetValidation.Outcome outcome;
            try {
                org.haicap.examples.sample.Inputs inputs = request.sample()
                        .map(org.haicap.examples.sample.Inputs::sample)
                        .orElseGet(() -> org.haicap.examples.sample.Inputs.ofFiles(request.paths().stream()
                                .peek(ValidateCommand::readable).toList()));
                org.haicap.validation.rules.RuleParameters parameters = request.parameters();
                if (request.progress()) {
                    try (ProgressPrinter printer = new ProgressPrinter(err)) {
                        outcome = org.haicap.examples.sample.DatasetValidation.run(inputs, request.asOf(), parameters,
                                Math.max(request.maxSamples(), 5), ReportCommand.feeding(printer), request.sinks());
                    }
                } else {
                    outcome = org.haicap.examples.sample.DatasetValidation.run(inputs, request.asOf(),
                            parameters, Math.max(request.maxSamples(), 5),
                            org.haicap.examples.sample.DatasetValidation.printer(err), request.sinks());
                }
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                err.println("haicap: " + String.valueOf(e.getMessage()).replaceAll("[\\r\\n]+", " "));
                return EXIT_UNREADABLE;
            }
            if (request.format().equals("json")) {
                org.haicap.examples.sample.DatasetValidation.writeJson(outcome, request.maxSamples(), out);
            } else {
                org.haicap.examples.sample.DatasetValidation.writeText(outcome.result(), request.maxSamples(), out);
            }
            out.flush();
            return outcome.result().hasErrors() ? EXIT_FINDINGS : EXIT_VALID;
        };
    }

    private static void readable(Path p) {
        if (!java.nio.file.Files.isRegularFile(p) || !java.nio.file.Files.isReadable(p)) {
            throw new IllegalArgumentException(p + ": không đọc được tệp (không có hoặc không phải tệp)"
                    + " / cannot read the file: it does not exist or is not a regular file");
        }
    }

    /** The command-line side: options. */
    static final class Cli implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("validate"),
                "kiểm tra một bộ dữ liệu / validate a dataset",
                "(--sample NAME | PATH…) [--as-of DATE] [--format text|json] [--max-samples K] [--amendments FILE]"
                        + " [--rules FILE] [--progress | --quiet] [--accepted DIR] [--refused FILE]"
                        + " | --print-rules [--rules FILE]",
                "Mã thoát / exit code: 0 không có lỗi / no error-level finding; 1 có lỗi / error-level findings;\n"
                        + "2 không đọc được đầu vào / the input cannot be read (or a usage error).\n"
                        + "Tiến độ in ra stderr / progress goes to stderr.",
                List.of(Option.value("sample", "NAME", "bộ dữ liệu mẫu / bundled sample: " + String.join(", ", Samples.NAMES)),
                        Values.asOf("kiểm tra tính đến ngày / check as of (2025-07-15 hoặc / or 15/7/2025)"),
                        Format.option(List.of(Format.TEXT, Format.JSON), "định dạng / output format (mặc định / default: text)"),
                        Values.positiveOption("max-samples", "K", "số dòng ví dụ mỗi phát hiện / example rows per finding (mặc định / default: 5)"),
                        CatalogueOptions.AMENDMENTS,
                        RulesOptions.RULES, RulesOptions.PRINT_RULES,
                        Option.flag("progress", "in tiến độ ra stderr / show progress on stderr"),
                        Option.flag("quiet", "không in tiến độ / no progress"),
                        Values.pathOption("accepted", "DIR", "ghi các dòng nhận vào thư mục / write the accepted rows into a directory"),
                        Values.pathOption("refused", "FILE", "ghi các dòng bị từ chối (tệp, dòng, quy tắc, lý do) / write the"
                                + " refused rows (file, line, rule, reason)")),
                0, Integer.MAX_VALUE, "PATH",
                List.of("validate --sample hanoi-2025-07-15", "validate data/units.csv data/posts.csv --format json",
                        "validate --print-rules > rules.json", "validate --sample hanoi-2025-07-15 --rules rules.json"));

        private final Runner runner;

        Cli(Runner runner) {
            this.runner = Objects.requireNonNull(runner, "runner");
        }

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Arguments args, Context ctx) {
            if (args.flag(RulesOptions.PRINT_RULES.name())) {
                return RulesOptions.print(args, ctx);
            }
            String format = args.<Format>get("format").orElse(Format.TEXT).token();
            int maxSamples = args.<Integer>get("max-samples").orElse(5);
            Optional<LocalDate> asOf = args.get("as-of");
            Optional<String> sample = args.value("sample").map(Samples::require);
            List<Path> paths = args.positionals().stream().map(ValidateCommand::path).toList();
            if (sample.isPresent() == !paths.isEmpty()) {
                throw CliException.usage("cần --sample hoặc ít nhất một PATH, không cả hai",
                        "give --sample or at least one PATH, not both (haicap validate --help)");
            }
            LocalDate date = asOf.orElseGet(() -> sample.map(Samples::date).orElse(ctx.today()));
            org.haicap.core.units.UnitCatalog catalog = CatalogueOptions.catalog(args);
            CatalogueOptions.warnBeyondHorizon(catalog, date, ctx);
            org.haicap.validation.rules.RuleParameters parameters = RulesOptions.parameters(args, catalog);
            if (args.flag("progress") && args.flag("quiet")) {
                throw CliException.usage("--progress và --quiet không dùng cùng nhau", "--progress and --quiet exclude each other");
            }
            boolean progress = args.flag("progress") || (ctx.errIsTerminal() && !args.flag("quiet"));
            org.haicap.validation.pass.RowSinks sinks = org.haicap.validation.pass.RowSinks.NONE;
            Optional<Path> accepted = args.get("accepted");
            Optional<Path> refused = args.get("refused");
            if (accepted.isPresent()) {
                if (java.nio.file.Files.exists(accepted.get()) && !java.nio.file.Files.isDirectory(accepted.get())) {
                    throw CliException.usage("--accepted " + accepted.get() + ": không phải thư mục",
                            "not a directory");
                }
                sinks = sinks.withAccepted(accepted.get());
            }
            if (refused.isPresent()) {
                if (java.nio.file.Files.isDirectory(refused.get())) {
                    throw CliException.usage("--refused " + refused.get() + ": là thư mục, cần một tệp",
                            "is a directory, a file is needed");
                }
                sinks = sinks.withRefused(refused.get());
            }
            return runner.validate(new Request(sample, paths, date, format, maxSamples, catalog, parameters, progress,
                    sinks), ctx.out(), ctx.err());
        }
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw CliException.usage("\"" + Values.printable(name) + "\": tên tệp không hợp lệ", "not a valid file name");
        }
    }
}
