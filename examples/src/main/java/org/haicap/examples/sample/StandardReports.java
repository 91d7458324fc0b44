package org.haicap.examples.sample;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.haicap.reporting.Report;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.reporting.standard.OperationsReport;

/**
 * The standard operations report (báo cáo vận hành tiêu chuẩn) of a set of {@link Inputs}: the
 * library's {@link ReportPass} over the inputs (one read of each file: the dataset streamed,
 * dossiers and payments checked and counted as they are read, never held), the reported figures
 * from their file, built by {@link OperationsReport}, which names the issuing body after the province of
 * the dataset's units (the sample's are Hà Nội's: "Ban Tổ chức Thành ủy Hà Nội"). Thread-safe:
 * static methods only.
 *
 * <p>The period is the as-of month so far, up to two days before the as-of date (the article's
 * convention: the report of 15/7/2025 covers 1–13/7/2025); on the first two days of a month, the
 * previous month from its first day. Payments count when made in the period.
 */
public final class StandardReports {

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
        return ReportPass.periodStart(asOf);
    }

    /** The last day of the period of a report as of {@code asOf}: two days before. */
    public static LocalDate periodEnd(LocalDate asOf) {
        return ReportPass.periodEnd(asOf);
    }

    /**
     * Builds the report, strictly: a refused row or record is an error.
     *
     * @param inputs the files
     * @param asOf the report's date
     * @return the report
     * @throws IllegalArgumentException if a file is not usable (saying which, where and why)
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Report build(Inputs inputs, LocalDate asOf) {
        return ReportPass.builder().asOf(asOf).strict(true).build().run(inputs.toPassInputs()).report();
    }

}
