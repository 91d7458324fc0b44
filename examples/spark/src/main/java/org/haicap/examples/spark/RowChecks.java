package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import java.util.Optional;
import org.haicap.core.io.RowResult;
import org.haicap.reporting.pass.ReportAggregates;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.pass.PassContext;
import org.haicap.validation.pass.PieceSummary;
import org.haicap.validation.pass.StreamPiece;

/**
 * The per-row work of one piece of a stream, the same with or without Spark: a
 * {@link StreamPiece} of the library's {@link ReportPass} — the stream's rule check and the
 * report's aggregates, exactly what {@code haicap report} and the benchmark run. Mutable, not
 * thread-safe: one per partition (or per file, on one JVM).
 */
final class RowChecks {
    private final StreamPiece piece;
    private final ReportPass pass;
    private final PassContext context;

    /** The checks of one piece of a stream of the given kind. */
    RowChecks(StreamKind kind, ReportPass pass, PassContext context) {
        this.pass = pass;
        this.context = context;
        this.piece = pass.validationPass().piece(context, kind);
    }

    /** Checks one row; an accepted one is counted too. */
    void add(RowResult<?> row) {
        piece.accept(row);
    }

    StreamSummary summary() {
        return of(piece.summary());
    }

    /** The job's summary of a library piece summary (the report aggregates its only listener). */
    static StreamSummary of(PieceSummary s) {
        ReportAggregates.Figures f = (ReportAggregates.Figures) s.listenerResults().get(0);
        return new StreamSummary(s.result(), f.dossiers(), f.payments(), s.accepted(), s.refused());
    }

    /**
     * The key that routes an accepted row to its partition: {@link StreamPiece#duplicateKey}, the
     * same as {@link KeyScan} finds without binding.
     */
    static Optional<String> duplicateKey(RowResult<?> row) {
        if (row instanceof RowResult.Accepted<?> a) {
            return Optional.ofNullable(StreamPiece.duplicateKey(a.row()));
        }
        return Optional.empty();
    }

    /** The empty summary of this pass and context. */
    static StreamSummary empty(ReportPass pass, PassContext context) {
        return StreamSummary.empty(pass.aggregates().parameters(context), context.sampleSize());
    }
}
