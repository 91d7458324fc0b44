package org.haicap.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.pass.ReportOutcome;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.pass.PassInputs;
import org.haicap.validation.pass.PassResult;
import org.haicap.validation.pass.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.render.ReportRenderer;
import org.haicap.reporting.render.ReportRenderers;

/**
 * The {@code report} command (lệnh báo cáo): parses its options, asks a {@link Runner} for the
 * {@link Report} and renders it in the requested format and language to standard output or to
 * {@code --out}. The runner is the seam where a report plugs in; {@link #defaultRunner()} builds
 * the standard operations report of the sample or of the {@code --data} files. Immutable and
 * thread-safe.
 */
public final class ReportCommand {

    private ReportCommand() {
    }

    /** The formats the built-in renderers write; {@code --format} also accepts {@code csv-excel}. */
    public static final List<String> FORMATS = List.of("text", "markdown", "html", "json", "csv");

    private static final List<Format> ACCEPTED = List.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON,
            Format.CSV, Format.CSV_EXCEL);

    /**
     * What to report on and how, as the user asked for it. Immutable.
     *
     * @param sample the bundled sample's name (e.g. {@code hanoi-2025-07-15}), empty when data files are given
     * @param data the data files ({@code --data}, in order), empty when a sample is used; each exists and is a regular file
     * @param asOf the report's date: {@code --as-of}, else the sample's date, else today
     * @param language the report's language ({@code --lang}, default Vietnamese)
     * @param format the output format ({@code --format}, default {@code text}); the command renders
     *     it, a runner may ignore it
     * @param issuer the issuing body to print ({@code --issuer}), empty to take it from the data
     * @param title the report's title ({@code --title}), empty to take it from the data
     * @param strict {@code --strict}: refuse the input at the first refused row instead of
     *     reporting from the accepted rows
     * @param findings {@code --findings}: print the validation findings as well as the report
     * @param progress whether to show progress on standard error ({@code --progress}, or by
     *     default when standard error is a terminal and {@code --quiet} is not given)
     * @param catalog the unit catalogue the rules and the issuer use: the official one, with
     *     {@code --amendments FILE} applied when given
     */
    public record Request(Optional<String> sample, List<Path> data, LocalDate asOf, Language language, String format,
            Optional<String> issuer, Optional<String> title, boolean strict, boolean findings, boolean progress,
            org.haicap.core.units.UnitCatalog catalog) {
        /**
         * Checks that exactly one of sample and data is given.
         *
         * @throws IllegalArgumentException if both or neither are given, or the format is not one
         *     {@code --format} accepts
         */
        public Request {
            Objects.requireNonNull(sample, "sample");
            data = List.copyOf(data);
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(catalog, "catalog");
            if (sample.isPresent() == !data.isEmpty()) {
                throw new IllegalArgumentException("cần đúng một trong mẫu hoặc tệp dữ liệu / exactly one of sample or data files");
            }
            if (!Format.tokens(ACCEPTED).contains(format)) {
                throw new IllegalArgumentException("định dạng không hỗ trợ / unsupported format: " + format);
            }
        }

        /**
         * A request in text, with the issuer and title from the data, lenient, without findings
         * or progress.
         */
        public Request(Optional<String> sample, List<Path> data, LocalDate asOf, Language language) {
            this(sample, data, asOf, language, "text", Optional.empty(), Optional.empty(), false, false, false,
                    org.haicap.core.units.UnitCatalog.official());
        }
    }

    /**
     * What a runner made: the report and, when it ran the library's one pass, the pass (its
     * findings and rows). Immutable.
     *
     * @param report the report
     * @param pass the pass, empty for a runner that does not run one
     */
    public record Outcome(Report report, Optional<PassResult> pass) {
        /** Checks the parts. */
        public Outcome {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(pass, "pass");
        }
    }

    /**
     * Builds the report of a request (bộ tạo báo cáo). The command renders and writes it, so a
     * runner never deals with formats or files. Implementations must be thread-safe.
     */
    @FunctionalInterface
    public interface Runner {
        /**
         * Builds the report.
         *
         * @param request what to report on
         * @return the report, its as-of date the request's
         * @throws IllegalArgumentException for input that cannot be used (exit 2); the message,
         *     in Vietnamese and English, is printed as one line
         * @throws java.io.UncheckedIOException for input that cannot be read (exit 2)
         */
        Report build(Request request);

        /**
         * Builds the report, telling {@code progress} how far it has come; by default
         * {@link #build} without a pass.
         *
         * @param request what to report on
         * @param progress where progress goes
         * @return the report and, if the runner ran one, the pass
         */
        default Outcome run(Request request, ProgressListener progress) {
            return new Outcome(build(request), Optional.empty());
        }
    }


    /** The last outcome of a shipped sample, kept because reading the sample takes a second or two. */
    private static final AtomicReference<Object[]> LAST_SAMPLE = new AtomicReference<>(new Object[] {null, null});

    /**
     * The runner {@code haicap report} uses: the library's {@link ReportPass} (one read of each
     * file: findings, rows and the standard operations report together) over the bundled sample
     * or the {@code --data} files, with {@code --issuer}, {@code --title} and {@code --strict}.
     */
    public static Runner defaultRunner() {
        return new Runner() {
            @Override
            public Report build(Request request) {
                return run(request, ProgressListener.NONE).report();
            }

            @Override
            public Outcome run(Request request, ProgressListener progress) {
                List<Object> key = List.of(request.sample(), request.asOf(), request.issuer(), request.title(),
                        request.strict(), request.catalog());
                Object[] last = LAST_SAMPLE.get();
                if (request.sample().isPresent() && key.equals(last[0])) {
                    return (Outcome) last[1];
                }
                PassInputs inputs = request.sample().isPresent()
                        ? org.haicap.examples.sample.Inputs.sample(request.sample().get()).toPassInputs()
                        : org.haicap.examples.sample.Inputs.ofFiles(request.data()).toPassInputs();
                ReportPass.Builder b = ReportPass.builder().asOf(request.asOf()).strict(request.strict())
                        .parameters(org.haicap.validation.rules.RuleParameters.defaults().toBuilder()
                                .catalog(request.catalog()).build())
                        .progress(progress).threads(org.haicap.examples.sample.DatasetValidation.THREADS);
                request.issuer().ifPresent(t -> b.issuer(LocalizedText.of(t)));
                request.title().ifPresent(t -> b.title(LocalizedText.of(t)));
                ReportOutcome o = b.build().run(inputs);
                Outcome out = new Outcome(o.report(), Optional.of(o.pass()));
                if (request.sample().isPresent()) {
                    LAST_SAMPLE.set(new Object[] {key, out});
                }
                return out;
            }
        };
    }

    /** A progress listener feeding a printer. */
    static ProgressListener feeding(ProgressPrinter printer) {
        return p -> printer.update(p.source(), p.rows(), p.bytes(), p.totalBytes());
    }

    /** The command-line side: options, rendering, output. */
    static final class Cli implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("report"),
                "báo cáo về chính quyền địa phương hai cấp / the two-level local government report",
                "[--sample NAME | --data PATH…] [--as-of DATE] [--format text|markdown|html|json|csv|csv-excel] [--lang vi|en]"
                        + " [--out FILE] [--issuer TEXT] [--title TEXT] [--strict] [--findings] [--progress | --quiet]",
                "Không có đối số: báo cáo của bộ dữ liệu mẫu " + Samples.DEFAULT + " bằng tiếng Việt.\n"
                        + "Without arguments: the report of the sample " + Samples.DEFAULT + ", in Vietnamese.\n"
                        + "--data: tệp dataset JSON, luồng hồ sơ và thanh toán (JSON Lines hoặc CSV, có thể .gz), reported-figures.json.\n"
                        + "--data: a dataset JSON document, dossier and payment streams (JSON Lines or CSV, .gz allowed), reported-figures.json.",
                List.of(Option.value("sample", "NAME", "bộ dữ liệu mẫu / bundled sample: " + String.join(", ", Samples.NAMES)),
                        Option.repeatable("data", "PATH", "tệp dữ liệu, có thể lặp lại / a data file, may be repeated",
                                Path.class, t -> Values.path("data", t)),
                        Values.asOf("ngày số liệu / as-of date (2025-07-15 hoặc / or 15/7/2025)"),
                        Format.option(ACCEPTED, "FORMAT", "text, markdown, html, json, csv, csv-excel (mặc định / default: text)"),
                        Option.typed("lang", "vi|en", "ngôn ngữ / language (mặc định / default: vi)", Language.class,
                                t -> Language.valueOf(Values.choice("lang", t, List.of("vi", "en")).toUpperCase(java.util.Locale.ROOT)))
                                .completing(List.of("vi", "en")),
                        Values.pathOption("out", "FILE", "ghi vào tệp (thay thế nguyên khối) / write to a file, replaced atomically"),
                        CatalogueOptions.AMENDMENTS,
                        Option.typed("issuer", "TEXT", "cơ quan ban hành / the issuing body (mặc định: theo dữ liệu / default: from the data)",
                                String.class, t -> Values.text("issuer", t)),
                        Option.typed("title", "TEXT", "tiêu đề báo cáo / the report's title (mặc định: theo dữ liệu / default: from the data)",
                                String.class, t -> Values.text("title", t)),
                        Option.flag("strict", "dừng ở dòng bị từ chối đầu tiên / refuse the input at the first refused row"),
                        Option.flag("findings", "in cả kết quả kiểm tra / print the validation findings as well"),
                        Option.flag("progress", "in tiến độ ra stderr / show progress on stderr"),
                        Option.flag("quiet", "không in tiến độ / no progress")),
                0, 0, "",
                List.of("report", "report --format html --out bao-cao.html", "report --lang en --format markdown",
                        "report --sample hanoi-2025-07-15 --as-of 15/7/2025 --format json"));

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
            String format = args.<Format>get("format").orElse(Format.TEXT).token();
            Language language = args.<Language>get("lang").orElse(Language.VI);
            Optional<LocalDate> asOf = args.get("as-of");
            List<Path> data = dataFiles(args.values("data"));
            Optional<String> sample = args.value("sample").map(Samples::require);
            if (sample.isPresent() && !data.isEmpty()) {
                throw CliException.usage("--sample và --data không dùng cùng nhau", "--sample and --data exclude each other");
            }
            if (args.flag("progress") && args.flag("quiet")) {
                throw CliException.usage("--progress và --quiet không dùng cùng nhau", "--progress and --quiet exclude each other");
            }
            if (data.isEmpty() && sample.isEmpty()) {
                sample = Optional.of(Samples.DEFAULT);
            }
            LocalDate date = asOf.orElseGet(() -> args.value("sample").or(() -> Optional.of(Samples.DEFAULT))
                    .filter(s -> data.isEmpty()).map(Samples::date).orElse(ctx.today()));
            ReportRenderer renderer = ReportRenderers.installed().find(format).orElseThrow(() -> CliException.usage(
                    "--format " + format + ": chưa hỗ trợ trong bản này", "not supported yet in this build"));
            org.haicap.core.units.UnitCatalog catalog = CatalogueOptions.catalog(args);
            CatalogueOptions.warnBeyondHorizon(catalog, date, ctx);
            boolean progress = args.flag("progress") || (ctx.errIsTerminal() && !args.flag("quiet"));
            boolean findings = args.flag("findings");
            if (findings && !List.of("text", "markdown", "json").contains(format)) {
                throw CliException.usage("--findings chỉ dùng với text, markdown hoặc json",
                        "--findings works with text, markdown or json");
            }
            Request request = new Request(sample, data, date, language, format, args.get("issuer"), args.get("title"),
                    args.flag("strict"), findings, progress, catalog);
            Outcome outcome;
            if (progress) {
                try (ProgressPrinter printer = new ProgressPrinter(ctx.err())) {
                    outcome = runner.run(request, feeding(printer));
                }
            } else {
                outcome = runner.run(request, ProgressListener.NONE);
            }
            Report report = outcome.report();
            outcome.pass().filter(p -> p.refused() > 0).ifPresent(p -> ctx.err().println("haicap: cảnh báo / warning: "
                    + p.refused() + " dòng/bản ghi bị từ chối, báo cáo chỉ tính các dòng nhận (--strict để dừng) / "
                    + p.refused() + " rows or records refused; the report counts accepted rows only (--strict refuses)"));
            if (findings && outcome.pass().isEmpty()) {
                throw CliException.usage("--findings: bộ tạo báo cáo này không kiểm tra dữ liệu",
                        "--findings: this report runner does not validate");
            }
            int maxSamples = 5;
            Output.write(args.get("out"), ctx.out(), o -> {
                if (!findings) {
                    renderer.render(report, language, o);
                    return;
                }
                org.haicap.examples.sample.DatasetValidation.Outcome v =
                        org.haicap.examples.sample.DatasetValidation.outcome(outcome.pass().get());
                if (format.equals("json")) {
                    ByteArrayOutputStream r = new ByteArrayOutputStream();
                    renderer.render(report, language, r);
                    ByteArrayOutputStream f = new ByteArrayOutputStream();
                    org.haicap.examples.sample.DatasetValidation.writeJson(v, maxSamples, f);
                    o.write(("{\n\"report\": " + r.toString(StandardCharsets.UTF_8).strip() + ",\n\"validation\": "
                            + f.toString(StandardCharsets.UTF_8).strip() + "\n}\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    renderer.render(report, language, o);
                    o.write(("\n" + v.result().summary(java.util.Locale.forLanguageTag(language == Language.EN ? "en" : "vi"),
                            maxSamples)).getBytes(StandardCharsets.UTF_8));
                }
            });
            return Haicap.EXIT_OK;
        }
    }

    static List<Path> dataFiles(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw CliException.usage("--data " + p + ": không đọc được tệp (không có hoặc không phải tệp)",
                        "cannot read the file: it does not exist or is not a regular file");
            }
        }
        return List.copyOf(paths);
    }
}
