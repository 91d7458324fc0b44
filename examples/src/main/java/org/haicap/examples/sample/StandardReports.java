package org.haicap.examples.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.json.DatasetFormatException;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.reporting.standard.OperationsReport;
import org.haicap.reporting.standard.ReportedFigures;

/**
 * The standard operations report (báo cáo vận hành tiêu chuẩn) of a set of {@link Inputs}: the
 * dataset document read with {@code DatasetReader}, the dossier and payment streams counted by
 * the aggregates while they are read (never held in memory), the reported figures from their
 * file, all handed to {@link OperationsReport}. Thread-safe: static methods only.
 *
 * <p>The period is the as-of month so far, up to two days before the as-of date (the article's
 * convention: the report of 15/7/2025 covers 1–13/7/2025); on the first two days of a month, the
 * previous month from its first day. Payments count when made in the period.
 */
public final class StandardReports {

    /** The issuer printed on the report of the sample. */
    public static final LocalizedText ISSUER = LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội",
            "Organisation Commission of the Hà Nội Party Committee");

    private StandardReports() {
    }

    /** The last report of a shipped sample, kept because reading the sample takes a second or two. */
    private static final java.util.concurrent.atomic.AtomicReference<Object[]> LAST_SAMPLE =
            new java.util.concurrent.atomic.AtomicReference<>(new Object[] {"", LocalDate.MIN, null});

    /**
     * The report of a shipped sample as of a date; the last one is kept, so rendering the same
     * sample in several formats reads it once.
     *
     * @param name the sample's name
     * @param asOf the report's date
     * @throws IllegalArgumentException if there is no such sample
     */
    public static Report ofSample(String name, LocalDate asOf) {
        Object[] last = LAST_SAMPLE.get();
        if (last[0].equals(name) && last[1].equals(asOf)) {
            return (Report) last[2];
        }
        Report report = build(Inputs.sample(name), asOf);
        LAST_SAMPLE.set(new Object[] {name, asOf, report});
        return report;
    }

    /** The first day of the period of a report as of {@code asOf}. */
    public static LocalDate periodStart(LocalDate asOf) {
        return periodEnd(asOf).withDayOfMonth(1);
    }

    /** The last day of the period of a report as of {@code asOf}: two days before. */
    public static LocalDate periodEnd(LocalDate asOf) {
        return asOf.minusDays(2);
    }

    /**
     * Builds the report.
     *
     * @param inputs the files
     * @param asOf the report's date
     * @return the report
     * @throws IllegalArgumentException if a file is not usable (saying which, where and why)
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Report build(Inputs inputs, LocalDate asOf) {
        try {
            DatasetReader.Result read = inputs.readDataset();
            if (!read.clean()) {
                throw unusable(read.problems().get(0));
            }
            Dataset dataset = read.dataset();
            LocalDate from = periodStart(asOf);
            LocalDate until = periodEnd(asOf);
            DossierAggregate.Accumulator dossiers = DossierAggregate.accumulator(DossierAggregate.Parameters.of(asOf, from, until)
                    .withDueDateBasis(org.haicap.validation.rules.RuleParameters.defaults().timelinessDueDate()));
            inputs.readDossiers(RowHandler.<Dossier>of((d, at) -> dossiers.add(d), p -> {
                throw unusable(p);
            }));
            PaymentAggregate.Accumulator payments = PaymentAggregate.accumulator();
            inputs.readPayments(RowHandler.<Payment>of((p, at) -> {
                LocalDate day = p.at().toLocalDate();
                if (!day.isBefore(from) && !day.isAfter(until)) {
                    payments.add(p);
                }
            }, p -> {
                throw unusable(p);
            }));
            OperationsReport.Builder b = OperationsReport.builder(dataset, asOf).issuer(ISSUER).period(from, until)
                    .dossiers(dossiers.snapshot()).payments(payments.snapshot());
            if (inputs.reported().isPresent()) {
                try (InputStream in = inputs.reported().get().open()) {
                    ReportedFigures figures = SampleFigures.read(in, inputs.reported().get().source());
                    b = b.reported(figures);
                }
            }
            return b.build();
        } catch (DatasetFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(inputs.name() + ": " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException unusable(ReadProblem p) {
        return new IllegalArgumentException(p.location() + ": " + p.message(Locale.forLanguageTag("vi")) + " / "
                + p.message(Locale.ENGLISH));
    }
}
