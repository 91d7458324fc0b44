package org.haicap.examples.spark;

import java.util.Optional;
import org.haicap.core.io.RowResult;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.rules.PaymentCheck;
import org.haicap.validation.rules.RuleParameters;

/**
 * The per-row work of one piece of a stream, the same with or without Spark: the haicap check
 * of the stream's kind and the aggregate accumulator of the accepted rows. Mutable, not
 * thread-safe: one per partition (or per file, on one JVM).
 */
final class RowChecks {
    private final StreamKind kind;
    private final ReportInputs inputs;
    private final DossierCheck dossierCheck;
    private final PaymentCheck paymentCheck;
    private final DossierAggregate.Accumulator dossiers;
    private final PaymentAggregate.Accumulator payments;

    /** The checks of one piece of a stream of the given kind. */
    RowChecks(StreamKind kind, ReportInputs inputs, RuleParameters params) {
        this.kind = kind;
        this.inputs = inputs;
        if (kind == StreamKind.DOSSIERS) {
            dossierCheck = DossierCheck.of(inputs.dataset(), params, inputs.sampleSize());
            paymentCheck = null;
            dossiers = DossierAggregate.accumulator(inputs.dossierParameters(), params.calendar(),
                    inputs.dataset()::procedure);
            payments = null;
        } else {
            dossierCheck = null;
            paymentCheck = PaymentCheck.of(inputs.dataset(), params, inputs.sampleSize());
            dossiers = null;
            payments = PaymentAggregate.accumulator();
        }
    }

    void addDossier(RowResult<Dossier> row) {
        dossierCheck.accept(row);
        if (row instanceof RowResult.Accepted<Dossier> a) {
            dossiers.add(a.row());
        }
    }

    void addPayment(RowResult<Payment> row) {
        paymentCheck.accept(row);
        if (row instanceof RowResult.Accepted<Payment> a) {
            payments.add(a.row());
        }
    }

    @SuppressWarnings("unchecked")
    void add(RowResult<?> row) {
        if (kind == StreamKind.DOSSIERS) {
            addDossier((RowResult<Dossier>) row);
        } else {
            addPayment((RowResult<Payment>) row);
        }
    }

    StreamSummary summary() {
        StreamSummary empty = StreamSummary.empty(inputs.dossierParameters(), inputs.sampleSize());
        if (kind == StreamKind.DOSSIERS) {
            return new StreamSummary(dossierCheck.result(), dossiers.snapshot(), empty.payments(),
                    dossierCheck.rowsAccepted(), dossierCheck.rowsRefused());
        }
        return new StreamSummary(paymentCheck.result(), empty.dossiers(), payments.snapshot(),
                paymentCheck.rowsAccepted(), paymentCheck.rowsRefused());
    }

    /**
     * The key that routes an accepted row to its partition: the dossier code, or the payment's
     * reference (the duplicate rule keys on channel + reference; leaving out the channel only puts
     * more rows together). The same as {@link KeyScan} finds without binding.
     */
    static Optional<String> duplicateKey(RowResult<?> row) {
        if (row instanceof RowResult.Accepted<?> a) {
            if (a.row() instanceof Dossier d) {
                return Optional.of(d.code().value());
            }
            if (a.row() instanceof Payment p && p.reference().isPresent()) {
                return Optional.of(p.reference().get());
            }
        }
        return Optional.empty();
    }
}
