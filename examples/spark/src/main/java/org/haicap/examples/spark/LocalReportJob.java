package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;

/**
 * The report job on one JVM, without Spark (báo cáo trên một máy): the same checks and aggregates
 * as {@link SparkReportJob}, each file streamed once through haicap's JSON Lines reader. It is the
 * reference the Spark job must equal, and the single-JVM figure of the benchmark.
 *
 * <p>Usage: {@code java -cp … org.haicap.examples.spark.LocalReportJob --dataset FILE --dossiers FILE
 * --payments FILE --out DIR [--as-of DATE] [--from DATE] [--until DATE] [--rules FILE] [--amendments FILE]
 * [--fee-bases FILE | --fee-basis-salary VND]} ({@link JobOptions};
 * {@code --master} and {@code --partitions} are ignored). Stateless and thread-safe.
 */
public final class LocalReportJob {

    private LocalReportJob() {
    }

    /**
     * Runs the job and writes the report and findings into {@code --out}.
     *
     * @param args the options
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        JobOptions options = JobOptions.parse(args);
        long t0 = System.nanoTime();
        JobOptions.Loaded loaded = options.load();
        long t1 = System.nanoTime();
        StreamSummary dossiers = check(loaded.inputs(), StreamKind.DOSSIERS, Path.of(options.dossiers()));
        long t2 = System.nanoTime();
        StreamSummary payments = check(loaded.inputs(), StreamKind.PAYMENTS, Path.of(options.payments()));
        long t3 = System.nanoTime();
        JobResult result = JobResult.of(loaded.inputs(), loaded.problems(), dossiers, payments);
        long t4 = System.nanoTime();
        result.write(options.out());
        System.out.println(result.oneLine());
        System.out.println(Timings.line("single JVM", t0, t1, t2, t3, t4, dossiers.rows(), payments.rows()));
    }

    /**
     * Runs the job.
     *
     * @throws IOException if a file cannot be read
     */
    public static JobResult run(JobOptions options) throws IOException {
        JobOptions.Loaded loaded = options.load();
        StreamSummary dossiers = check(loaded.inputs(), StreamKind.DOSSIERS, Path.of(options.dossiers()));
        StreamSummary payments = check(loaded.inputs(), StreamKind.PAYMENTS, Path.of(options.payments()));
        return JobResult.of(loaded.inputs(), loaded.problems(), dossiers, payments);
    }

    /**
     * Checks and counts one file on this thread, reading it once.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public static StreamSummary check(ReportInputs inputs, StreamKind kind, Path file) {
        org.haicap.validation.rules.RuleParameters params = inputs.ruleParameters();
        RowChecks checks = new RowChecks(kind, inputs.reportPass(params), inputs.context(params));
        try {
            if (kind == StreamKind.DOSSIERS) {
                JsonLinesReader.of(Dossier.class).read(file, handler(checks));
            } else {
                JsonLinesReader.of(Payment.class).read(file, handler(checks));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checks.summary();
    }

    private static <T> RowHandler<T> handler(RowChecks checks) {
        return new RowHandler<>() {
            @Override
            public void accepted(T row, SourceLocation at) {
                checks.add(new RowResult.Accepted<>(row, at));
            }

            @Override
            public void refused(ReadProblem problem) {
                checks.add(new RowResult.Refused<T>(problem));
            }
        };
    }
}
