package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple4;

/**
 * The dossier or payment rules and the report aggregates as a typed Spark {@link Aggregator}
 * (bộ tổng hợp Spark) over lines {@code (line number, duplicate key, line bytes, byte offset)}: {@code reduce}
 * decodes, binds and checks one line, {@code merge} is {@link StreamSummary#merge}, {@code finish}
 * the summary. The reference data comes from a broadcast; the readers and rule parameters are
 * built once per executor JVM ({@code ExecutorContext}) and never serialised; the per-partition
 * checks live in the buffer and are turned into their serialisable summary when Spark ships it.
 *
 * <p>The duplicate rules see only the keys of one partition, so the input must hold every line of
 * a key in one partition, in line order: {@link SparkValidation} repartitions by the key and sorts
 * by line number before aggregating. Then counts, measures and samples equal those of one check
 * over the whole file. Immutable and serialisable (the buffers are not thread-safe; Spark gives
 * each task its own).
 */
public final class CheckAggregator extends Aggregator<Tuple4<Long, String, byte[], Long>, CheckAggregator.Buffer, StreamSummary> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<ReportInputs> inputs;
    private final StreamKind kind;
    private final String source;

    /**
     * An aggregator of one stream.
     *
     * @param inputs the broadcast reference data and period
     * @param kind dossiers or payments
     * @param source the name used in finding locations, the file name as on one JVM
     */
    public CheckAggregator(Broadcast<ReportInputs> inputs, StreamKind kind, String source) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** An empty buffer. */
    @Override
    public Buffer zero() {
        return new Buffer();
    }

    /** Checks and counts one line. */
    @Override
    public Buffer reduce(Buffer b, Tuple4<Long, String, byte[], Long> line) {
        ExecutorContext ctx = ExecutorContext.of(inputs);
        if (b.live == null) {
            b.live = new RowChecks(kind, ctx.pass, ctx.context);
        }
        RowChecks checks = b.live;
        ctx.read(kind, line._3(), line._1(), line._4(), source).ifPresent(checks::add);
        return b;
    }

    /** Both pieces: {@link StreamSummary#merge}. */
    @Override
    public Buffer merge(Buffer a, Buffer b) {
        a.flush();
        b.flush();
        if (a.done == null) {
            return b;
        }
        if (b.done != null) {
            a.done = a.done.merge(b.done);
        }
        return a;
    }

    /** The summary of all lines. */
    @Override
    public StreamSummary finish(Buffer b) {
        b.flush();
        ExecutorContext ctx = ExecutorContext.of(inputs);
        StreamSummary whole = b.done != null ? b.done
                : RowChecks.empty(ctx.pass, ctx.context);
        return whole;
    }

    /** Java serialisation of the buffer's summary. */
    @Override
    public Encoder<Buffer> bufferEncoder() {
        return Encoders.javaSerialization(Buffer.class);
    }

    /** Java serialisation of the summary. */
    @Override
    public Encoder<StreamSummary> outputEncoder() {
        return Encoders.javaSerialization(StreamSummary.class);
    }

    /**
     * The aggregation buffer: the live checks of a partition (never serialised) and the merged
     * summary of what has been shipped. Opaque to callers; public only because Spark's generated
     * code names it. Mutable and not thread-safe.
     */
    public static final class Buffer implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient RowChecks live;
        private StreamSummary done;

        Buffer() {
        }

        void flush() {
            if (live != null) {
                StreamSummary s = live.summary();
                done = done == null ? s : done.merge(s);
                live = null;
            }
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            flush();
            out.defaultWriteObject();
        }
    }
}
