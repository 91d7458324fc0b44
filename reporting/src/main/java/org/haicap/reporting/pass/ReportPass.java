package org.haicap.reporting.pass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.standard.OperationsReport;
import org.haicap.reporting.standard.ReportedFigures;
import org.haicap.reporting.standard.ReportedFiguresReader;
import org.haicap.validation.Finding;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.pass.Input;
import org.haicap.validation.pass.PassInputs;
import org.haicap.validation.pass.PassListener;
import org.haicap.validation.pass.PassResult;
import org.haicap.validation.pass.ProgressListener;
import org.haicap.validation.pass.RowSinks;
import org.haicap.validation.pass.StreamKind;
import org.haicap.validation.pass.ValidationPass;
import org.haicap.validation.rules.RuleParameters;

/**
 * The standard operations report in one pass (lập báo cáo trong một lượt đọc): a
 * {@link ValidationPass} with the report's {@link ReportAggregates} as a listener, so the same
 * read gives the findings and the figures, then {@link OperationsReport} over the dataset, the
 * aggregates and the reported figures.
 *
 * <p>The report counts accepted rows only. When rows or records were refused it says how many
 * in a last section, "Dữ liệu không đọc được" (the findings name them); with {@code strict(true)}
 * it is not made at all ({@link RefusedRowsException}).
 *
 * <p>The period is, unless given, the as-of month so far up to two days before the as-of date
 * (the convention of the Hà Nội report: the report of 15/7/2025 covers 1–13/7/2025); on the
 * first two days of a month, the previous month from its first day. Payments count when made in
 * the period.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportPass {
    private final ValidationPass pass;
    private final ReportAggregates aggregates;
    private final Optional<LocalizedText> issuer;
    private final Optional<LocalizedText> title;
    private final boolean strict;

    private ReportPass(Builder b) {
        Objects.requireNonNull(b.asOf, "asOf: ngày báo cáo chưa được cho / no report date given");
        LocalDate from = b.from == null ? periodStart(b.asOf) : b.from;
        LocalDate until = b.until == null ? periodEnd(b.asOf) : b.until;
        this.aggregates = new ReportAggregates(from, until);
        ValidationPass.Builder v = ValidationPass.builder().asOf(b.asOf).parameters(b.parameters)
                .sampleSize(b.sampleSize).threads(b.threads).splitBytes(b.splitBytes).progress(b.progress)
                .sinks(b.sinks).listener(aggregates);
        b.listeners.forEach(v::listener);
        this.pass = v.build();
        this.issuer = b.issuer;
        this.title = b.title;
        this.strict = b.strict;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first day of the default period of a report as of {@code asOf}. */
    public static LocalDate periodStart(LocalDate asOf) {
        return periodEnd(asOf).withDayOfMonth(1);
    }

    /** The last day of the default period of a report as of {@code asOf}: two days before. */
    public static LocalDate periodEnd(LocalDate asOf) {
        return asOf.minusDays(2);
    }

    /** The validation pass this report runs, with {@link #aggregates()} as its first listener. */
    public ValidationPass validationPass() {
        return pass;
    }

    /** The aggregates listener; {@code result.get(aggregates())} gives its figures. */
    public ReportAggregates aggregates() {
        return aggregates;
    }

    /**
     * Runs the pass and builds the report.
     *
     * @param inputs the inputs; {@link PassInputs#reportedFigures()} is read when given
     * @return the pass and the report
     * @throws RefusedRowsException if strict and a row or record was refused
     * @throws IllegalArgumentException if an input is not what it was named as
     * @throws UncheckedIOException if an input cannot be read
     */
    public ReportOutcome run(PassInputs inputs) {
        Optional<ReportedFigures> figures = reportedFigures(inputs);
        PassResult result = pass.run(inputs);
        return new ReportOutcome(result, report(result, figures));
    }

    /**
     * Reads the reported figures of the inputs, if given.
     *
     * @throws IllegalArgumentException if the file is not a reported-figures file
     * @throws UncheckedIOException if it cannot be read
     */
    public static Optional<ReportedFigures> reportedFigures(PassInputs inputs) {
        if (inputs.reportedFigures().isEmpty()) {
            return Optional.empty();
        }
        Input i = inputs.reportedFigures().get();
        try (InputStream in = i.open()) {
            return Optional.of(ReportedFiguresReader.read(in, i.source()));
        } catch (IOException e) {
            throw new UncheckedIOException(i.source() + ": không đọc được / cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The report of a finished pass of {@link #validationPass()} (run here or by a driver of its
     * own, such as a cluster job, through {@code prepare}, {@code piece} and {@code finish}).
     *
     * @param result the pass's result
     * @param figures the reported figures, if any
     * @return the report
     * @throws RefusedRowsException if strict and a row or record was refused
     */
    public Report report(PassResult result, Optional<ReportedFigures> figures) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(figures, "figures");
        if (strict && result.refused() > 0) {
            throw new RefusedRowsException(result.refused(), firstRefused(result.result()));
        }
        ReportAggregates.Figures f = result.get(aggregates);
        OperationsReport.Builder b = OperationsReport.builder(result.context().dataset(), result.context().asOf())
                .period(aggregates.from(), aggregates.until()).dossiers(f.dossiers()).payments(f.payments())
                .catalog(result.context().parameters().catalog());
        issuer.ifPresent(b::issuer);
        title.ifPresent(b::title);
        figures.ifPresent(b::reported);
        Report report = b.build();
        if (result.refused() == 0) {
            return report;
        }
        List<Section> sections = new ArrayList<>(report.sections());
        Section.Builder s = Section.builder(LocalizedText.of("Dữ liệu không đọc được", "Unreadable input"));
        s.count(LocalizedText.of("Dòng hồ sơ bị từ chối (không tính vào báo cáo)",
                "Dossier rows refused (not counted in the report)"), result.rows(StreamKind.DOSSIERS).refused());
        s.count(LocalizedText.of("Dòng thanh toán bị từ chối (không tính vào báo cáo)",
                "Payment rows refused (not counted in the report)"), result.rows(StreamKind.PAYMENTS).refused());
        if (result.referenceRecordsRefused() > 0) {
            s.count(LocalizedText.of("Bản ghi dữ liệu tham chiếu bị từ chối", "Reference records refused"),
                    result.referenceRecordsRefused());
        }
        sections.add(s.build());
        return new Report(report.title(), report.issuer(), report.period(), report.asOf(), sections);
    }

    private static String firstRefused(ValidationResult r) {
        Finding first = null;
        for (ValidationResult.RuleSummary s : r.rules().values()) {
            if (s.ruleId().startsWith("vn.read.") && !s.sample().isEmpty()
                    && (first == null || s.sample().get(0).compareTo(first) < 0)) {
                first = s.sample().get(0);
            }
        }
        return first == null ? "xem kết quả kiểm tra / see the findings" : first.location().toString();
    }

    /** Configures a report pass. Mutable, not thread-safe. */
    public static final class Builder {
        private LocalDate asOf;
        private LocalDate from;
        private LocalDate until;
        private RuleParameters parameters = RuleParameters.defaults();
        private int sampleSize = ValidationResult.DEFAULT_SAMPLE_SIZE;
        private int threads = 1;
        private long splitBytes = ValidationPass.DEFAULT_SPLIT_BYTES;
        private ProgressListener progress = ProgressListener.NONE;
        private RowSinks sinks = RowSinks.NONE;
        private final List<PassListener<?>> listeners = new ArrayList<>();
        private Optional<LocalizedText> issuer = Optional.empty();
        private Optional<LocalizedText> title = Optional.empty();
        private boolean strict;

        private Builder() {
        }

        /** The report's date, also the date the rules are judged on (required). */
        public Builder asOf(LocalDate value) {
            asOf = Objects.requireNonNull(value, "asOf");
            return this;
        }

        /**
         * The period (default: see the class comment).
         *
         * @throws IllegalArgumentException if it ends before it starts
         */
        public Builder period(LocalDate start, LocalDate end) {
            new ReportAggregates(start, end);
            from = start;
            until = end;
            return this;
        }

        /** The rule parameters (default {@link RuleParameters#defaults()}). */
        public Builder parameters(RuleParameters value) {
            parameters = Objects.requireNonNull(value, "parameters");
            return this;
        }

        /** The findings kept per rule. */
        public Builder sampleSize(int value) {
            sampleSize = value;
            return this;
        }

        /** The threads that read (default 1). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** The smallest JSON Lines file split into ranges on several threads ({@link ValidationPass.Builder#splitBytes}). */
        public Builder splitBytes(long value) {
            splitBytes = value;
            return this;
        }

        /** Where progress goes. */
        public Builder progress(ProgressListener value) {
            progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Where accepted and refused rows are written. */
        public Builder sinks(RowSinks value) {
            sinks = Objects.requireNonNull(value, "sinks");
            return this;
        }

        /** Adds a listener after the report's aggregates. */
        public Builder listener(PassListener<?> value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** The issuing body (default: from the data, see {@link OperationsReport}). */
        public Builder issuer(LocalizedText value) {
            issuer = Optional.of(Objects.requireNonNull(value, "issuer"));
            return this;
        }

        /** The title (default {@link OperationsReport}'s). */
        public Builder title(LocalizedText value) {
            title = Optional.of(Objects.requireNonNull(value, "title"));
            return this;
        }

        /** Whether a refused row or record stops the report (default false: it is counted and said). */
        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        /**
         * The report pass.
         *
         * @throws NullPointerException if no date is given
         * @throws IllegalArgumentException if a value is out of range
         */
        public ReportPass build() {
            return new ReportPass(this);
        }
    }
}
