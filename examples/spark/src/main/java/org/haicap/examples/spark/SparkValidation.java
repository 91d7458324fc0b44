package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.haicap.core.io.RowResult;
import scala.Tuple2;
import scala.Tuple4;

import static org.apache.spark.sql.functions.col;

/**
 * Checks a JSON Lines file of dossiers or payments on Spark (kiểm tra trên Spark) and returns
 * the same {@link StreamSummary} as checking it on one JVM ({@link LocalReportJob#check}).
 *
 * <p>The plan: read the file as lines split on LF (Hadoop input, one partition per split) and
 * number them ({@code zipWithIndex}); find each line's duplicate key (dossier code, or payment
 * reference) by a streaming scan of that one field, binding the line only when the scan cannot
 * tell (other lines get a key of their own); shuffle by that key, so all lines of a key meet in
 * one partition; sort each partition by line number; then aggregate with {@link CheckAggregator}.
 * The whole file crosses one shuffle: the price of exact duplicate findings (see
 * {@code docs/spark.md}). Stateless and thread-safe.
 */
public final class SparkValidation {
    private static final Encoder<Tuple4<Long, String, byte[], Long>> LINE =
            Encoders.tuple(Encoders.LONG(), Encoders.STRING(), Encoders.BINARY(), Encoders.LONG());

    private SparkValidation() {
    }

    /** Broadcasts the reference data once; executors fetch it once each. */
    public static Broadcast<ReportInputs> broadcast(SparkSession spark, ReportInputs inputs) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(inputs);
    }

    /**
     * Checks and counts one file.
     *
     * @param spark the session
     * @param inputs the broadcast reference data
     * @param kind dossiers or payments
     * @param path the file (any Hadoop path: local, HDFS, S3…); its name is the source in locations
     * @param partitions the partitions to read and to check in, at least 1
     * @return the findings, aggregates and counts, identical to a single-JVM check of the file
     * @throws IllegalArgumentException if {@code partitions} is below 1
     * @throws UncheckedIOException if the file cannot be listed
     */
    public static StreamSummary check(SparkSession spark, Broadcast<ReportInputs> inputs, StreamKind kind, String path,
            int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("Số phân vùng phải ≥ 1: " + partitions
                    + " / Partitions must be at least 1: " + partitions);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String source = new org.apache.hadoop.fs.Path(path).getName();
        Dataset<Tuple4<Long, String, byte[], Long>> keyed = spark.createDataset(keyedLines(jsc, inputs, kind, path,
                partitions).rdd(), LINE);
        Dataset<StreamSummary> summary = keyed
                .repartition(partitions, col("_2"))
                .sortWithinPartitions(col("_1"))
                .select(new CheckAggregator(inputs, kind, source).toColumn());
        return summary.collectAsList().get(0);
    }

    /** The numbered lines with their duplicate keys, blank lines left out. */
    static JavaRDD<Tuple4<Long, String, byte[], Long>> keyedLines(JavaSparkContext jsc, Broadcast<ReportInputs> inputs,
            StreamKind kind, String path, int partitions) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            long bytes = FileSystem.get(p.toUri(), conf).getContentSummary(p).getLength();
            conf.setLong("mapreduce.input.fileinputformat.split.maxsize", Math.max(1, (bytes + partitions - 1) / partitions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = new org.apache.hadoop.fs.Path(path).getName();
        JavaRDD<Tuple2<Long, byte[]>> lines = jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class,
                Text.class, conf).map(t -> new Tuple2<>(t._1().get(), Arrays.copyOf(t._2().getBytes(), t._2().getLength())));
        return lines.zipWithIndex().mapPartitions(it -> new KeyedLines(ExecutorContext.of(inputs), kind, source, it));
    }

    /** Binds each line once to find its duplicate key; lazy, so a partition is never held in memory. */
    private static final class KeyedLines implements Iterator<Tuple4<Long, String, byte[], Long>> {
        private final ExecutorContext ctx;
        private final StreamKind kind;
        private final String source;
        private final Iterator<Tuple2<Tuple2<Long, byte[]>, Long>> lines;
        private Tuple4<Long, String, byte[], Long> next;

        KeyedLines(ExecutorContext ctx, StreamKind kind, String source, Iterator<Tuple2<Tuple2<Long, byte[]>, Long>> lines) {
            this.ctx = ctx;
            this.kind = kind;
            this.source = source;
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            while (next == null && lines.hasNext()) {
                Tuple2<Tuple2<Long, byte[]>, Long> t = lines.next();
                long number = t._2() + 1;
                long offset = t._1()._1();
                byte[] bytes = t._1()._2();
                Optional<RowResult<String>> line = Lines.decode(bytes, number, offset, source);
                if (line.isPresent()) {
                    String key = KeyScan.NONE;
                    if (line.get() instanceof RowResult.Accepted<String> text) {
                        key = KeyScan.key(kind, text.row());
                        if (key == KeyScan.UNKNOWN) {
                            key = RowChecks.duplicateKey(ctx.bind(kind, line.get())).orElse(KeyScan.NONE);
                        }
                    }
                    // Lines without a duplicate key get one of their own ("\u0001" starts no key).
                    next = new Tuple4<>(number, key.isEmpty() ? "\u0001" + number : key, bytes, offset);
                }
            }
            return next != null;
        }

        @Override
        public Tuple4<Long, String, byte[], Long> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Tuple4<Long, String, byte[], Long> t = next;
            next = null;
            return t;
        }
    }
}
