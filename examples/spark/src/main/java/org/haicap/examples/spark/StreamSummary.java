package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import org.haicap.reporting.pass.ReportAggregates;
import org.haicap.validation.pass.PieceSummary;
import java.io.Serializable;
import java.util.Objects;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.validation.ValidationResult;

/**
 * What checking and counting rows gives (kết quả một luồng dữ liệu): the findings of the dossier
 * and payment rules (refused rows included, one finding each), the dossier and payment
 * aggregates of the accepted rows, and the row counts. A commutative monoid:
 * {@link #empty} and {@link #merge}, so pieces from any partitions combine in any order.
 * Immutable, thread-safe and serialisable.
 *
 * @param findings the rules' findings and measures
 * @param dossiers the dossier counts of the accepted dossiers
 * @param payments the payment counts of the accepted payments
 * @param rowsAccepted rows bound to a record
 * @param rowsRefused rows refused by the reader (each is one finding)
 */
public record StreamSummary(ValidationResult findings, DossierAggregate dossiers, PaymentAggregate payments,
        long rowsAccepted, long rowsRefused) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public StreamSummary {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(payments, "payments");
        if (rowsAccepted < 0 || rowsRefused < 0) {
            throw new IllegalArgumentException("Số dòng âm / Negative row count: " + rowsAccepted + ", " + rowsRefused);
        }
    }

    /** Nothing yet: the identity of {@link #merge}. */
    public static StreamSummary empty(DossierAggregate.Parameters parameters, int sampleSize) {
        return new StreamSummary(ValidationResult.empty(sampleSize), DossierAggregate.empty(parameters),
                PaymentAggregate.empty(), 0, 0);
    }

    /** Both pieces: findings, aggregates and counts added. Associative and commutative. */
    public StreamSummary merge(StreamSummary other) {
        return new StreamSummary(findings.merge(other.findings), dossiers.merge(other.dossiers),
                payments.merge(other.payments), Math.addExact(rowsAccepted, other.rowsAccepted),
                Math.addExact(rowsRefused, other.rowsRefused));
    }

    /**
     * The library's summary of the same piece: the findings, rows and the report aggregates as
     * the one listener result ({@link org.haicap.reporting.pass.ReportAggregates}).
     *
     * @param kind the kind of rows
     * @return the piece summary
     */
    public PieceSummary toPiece(StreamKind kind) {
        return new PieceSummary(kind, findings, rowsAccepted, rowsRefused,
                java.util.List.of(new ReportAggregates.Figures(dossiers, payments)));
    }

    /** All rows read: accepted plus refused. */
    public long rows() {
        return rowsAccepted + rowsRefused;
    }
}
