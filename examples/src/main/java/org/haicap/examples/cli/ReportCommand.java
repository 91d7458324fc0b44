package org.haicap.examples.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The formats {@code --format} accepts. */
    public static final List<String> FORMATS = List.of("text", "markdown", "html", "json", "csv");

    /**
     * What to report on, as the user asked for it. Immutable.
     *
     * @param sample the bundled sample's name (e.g. {@code hanoi-2025-07-15}), empty when data files are given
     * @param data the data files ({@code --data}, in order), empty when a sample is used; each exists and is a regular file
     * @param asOf the report's date: {@code --as-of}, else the sample's date, else today
     * @param language the report's language ({@code --lang}, default Vietnamese)
     */
    public record Request(Optional<String> sample, List<Path> data, LocalDate asOf, Language language) {
        /**
         * Checks that exactly one of sample and data is given.
         *
         * @throws IllegalArgumentException if both or neither are given
         */
        public Request {
            Objects.requireNonNull(sample, "sample");
            data = List.copyOf(data);
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(language, "language");
            if (sample.isPresent() == !data.isEmpty()) {
                throw new IllegalArgumentException("cần đúng một trong mẫu hoặc tệp dữ liệu / exactly one of sample or data files");
            }
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
    }

    /**
     * The runner {@code haicap report} uses: the standard operations report
     * ({@link org.haicap.examples.sample.StandardReports}) of the bundled sample or of the
     * {@code --data} files.
     */
    public static Runner defaultRunner() {
        return request -> request.sample().isPresent()
                ? org.haicap.examples.sample.StandardReports.ofSample(request.sample().get(), request.asOf())
                : org.haicap.examples.sample.StandardReports.build(org.haicap.examples.sample.Inputs.ofFiles(request.data()),
                        request.asOf());
    }

    /** The command-line side: options, rendering, output. */
    static final class Cli implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("report"),
                "báo cáo về chính quyền địa phương hai cấp / the two-level local government report",
                "[--sample NAME | --data PATH…] [--as-of DATE] [--format text|markdown|html|json|csv] [--lang vi|en] [--out FILE]",
                "Không có đối số: báo cáo của bộ dữ liệu mẫu " + Samples.DEFAULT + " bằng tiếng Việt.\n"
                        + "Without arguments: the report of the sample " + Samples.DEFAULT + ", in Vietnamese.\n"
                        + "--data: tệp dataset JSON, luồng hồ sơ và thanh toán (JSON Lines hoặc CSV, có thể .gz), reported-figures.json.\n"
                        + "--data: a dataset JSON document, dossier and payment streams (JSON Lines or CSV, .gz allowed), reported-figures.json.",
                List.of(Option.value("sample", "NAME", "bộ dữ liệu mẫu / bundled sample: " + String.join(", ", Samples.NAMES)),
                        Option.repeatable("data", "PATH", "tệp dữ liệu, có thể lặp lại / a data file, may be repeated"),
                        Option.value("as-of", "DATE", "ngày số liệu / as-of date (2025-07-15 hoặc / or 15/7/2025)"),
                        Option.value("format", "FORMAT", "text, markdown, html, json, csv (mặc định / default: text)"),
                        Option.value("lang", "vi|en", "ngôn ngữ / language (mặc định / default: vi)"),
                        Option.value("out", "FILE", "ghi vào tệp (thay thế nguyên khối) / write to a file, replaced atomically"),
                        CatalogueOptions.AMENDMENTS),
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
            String format = Values.choice("format", args.value("format").orElse("text"), FORMATS);
            Language language = Language.valueOf(
                    Values.choice("lang", args.value("lang").orElse("vi"), List.of("vi", "en")).toUpperCase(java.util.Locale.ROOT));
            Optional<LocalDate> asOf = args.value("as-of").map(v -> Values.date("as-of", v));
            List<Path> data = dataFiles(args.values("data"));
            Optional<String> sample = args.value("sample").map(Samples::require);
            if (sample.isPresent() && !data.isEmpty()) {
                throw CliException.usage("--sample và --data không dùng cùng nhau", "--sample and --data exclude each other");
            }
            if (data.isEmpty() && sample.isEmpty()) {
                sample = Optional.of(Samples.DEFAULT);
            }
            LocalDate date = asOf.orElseGet(() -> args.value("sample").or(() -> Optional.of(Samples.DEFAULT))
                    .filter(s -> data.isEmpty()).map(Samples::date).orElse(ctx.today()));
            CatalogueOptions.warnBeyondHorizon(CatalogueOptions.catalog(args), date, ctx);
            Request request = new Request(sample, data, date, language);
            Report report = runner.build(request);
            ReportRenderer renderer = ReportRenderers.installed().require(format);
            Output.write(args.value("out"), ctx.out(), o -> renderer.render(report, language, o));
            return Haicap.EXIT_OK;
        }
    }

    static List<Path> dataFiles(List<String> names) {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            Path p;
            try {
                p = Path.of(name);
            } catch (InvalidPathException e) {
                throw CliException.usage("--data \"" + Values.printable(name) + "\": tên tệp không hợp lệ", "not a valid file name");
            }
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw CliException.usage("--data " + name + ": không đọc được tệp (không có hoặc không phải tệp)",
                        "cannot read the file: it does not exist or is not a regular file");
            }
            paths.add(p);
        }
        return paths;
    }
}
