package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import java.io.IOException;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * The example Spark job (tác vụ Spark mẫu): reads the reference data on the driver and
 * broadcasts it, checks and counts the dossier and payment JSON Lines files on the cluster
 * ({@link SparkValidation}), validates the reference data, and writes the standard report
 * ({@code report.json}, {@code report.txt}) and the findings summary ({@code findings.txt}) into
 * {@code --out}. The result equals {@link LocalReportJob}'s on the same files.
 *
 * <p>Usage ({@link JobOptions}): {@code --dataset FILE --dossiers FILE --payments FILE --out DIR
 * [--as-of DATE] [--from DATE] [--until DATE] [--master local[*]] [--partitions N] [--rules FILE]
 * [--amendments FILE] [--fee-bases FILE | --fee-basis-salary VND]}. On Java 17
 * the JVM needs Spark's {@code --add-opens} flags (see {@code docs/spark.md}). Stateless.
 */
public final class SparkReportJob {

    private SparkReportJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the options
     * @throws IOException if the reference data cannot be read or the output written
     */
    public static void main(String[] args) throws IOException {
        JobOptions options = JobOptions.parse(args);
        SparkSession spark = SparkSession.builder().appName("haicap-report").master(options.master())
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long t0 = System.nanoTime();
            JobOptions.Loaded loaded = options.load();
            Broadcast<ReportInputs> inputs = SparkValidation.broadcast(spark, loaded.inputs());
            long t1 = System.nanoTime();
            StreamSummary dossiers = SparkValidation.check(spark, inputs, StreamKind.DOSSIERS, options.dossiers(),
                    options.partitions());
            long t2 = System.nanoTime();
            StreamSummary payments = SparkValidation.check(spark, inputs, StreamKind.PAYMENTS, options.payments(),
                    options.partitions());
            long t3 = System.nanoTime();
            JobResult result = JobResult.of(loaded.inputs(), loaded.problems(), dossiers, payments);
            long t4 = System.nanoTime();
            result.write(options.out());
            System.out.println(result.oneLine());
            System.out.println(Timings.line("spark " + options.master() + ", " + options.partitions() + " partitions",
                    t0, t1, t2, t3, t4, dossiers.rows(), payments.rows()));
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job on a session.
     *
     * @throws IOException if the reference data cannot be read
     */
    public static JobResult run(SparkSession spark, JobOptions options) throws IOException {
        JobOptions.Loaded loaded = options.load();
        Broadcast<ReportInputs> inputs = SparkValidation.broadcast(spark, loaded.inputs());
        try {
            StreamSummary dossiers = SparkValidation.check(spark, inputs, StreamKind.DOSSIERS, options.dossiers(),
                    options.partitions());
            StreamSummary payments = SparkValidation.check(spark, inputs, StreamKind.PAYMENTS, options.payments(),
                    options.partitions());
            return JobResult.of(loaded.inputs(), loaded.problems(), dossiers, payments);
        } finally {
            ExecutorContext.release(inputs);
            inputs.destroy();
        }
    }
}
