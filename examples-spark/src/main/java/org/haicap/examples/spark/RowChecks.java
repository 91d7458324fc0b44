package org.haicap.examples.spark;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.Vnd;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.Rules;
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
    private final boolean holdFeeSummary;

    /**
     * The checks of one piece.
     *
     * @param piece true for one piece of many (Spark partitions): without a fee-basis lookup,
     *     {@code PaymentCheck} sums up the party-fee payments it could not check in ONE finding per
     *     instance, which does not add up across pieces; a piece then hides the status
     *     {@code SUCCEEDED} of party fees from its check (no other rule reads it) and
     *     {@link #feeSummary} makes the single finding of the whole from the aggregate
     */
    RowChecks(StreamKind kind, ReportInputs inputs, RuleParameters params, boolean piece) {
        this.kind = kind;
        this.inputs = inputs;
        this.holdFeeSummary = piece && params.feeBasis().isEmpty();
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
        if (row instanceof RowResult.Accepted<Payment> a) {
            Payment p = a.row();
            if (holdFeeSummary && p.kind() == PaymentKind.PARTY_FEE && p.status() == PaymentStatus.SUCCEEDED) {
                paymentCheck.accepted(new Payment(p.id(), p.kind(), p.subject(), p.amount(), p.channel(),
                        PaymentStatus.PENDING, p.at(), p.reference()), a.location());
            } else {
                paymentCheck.accepted(p, a.location());
            }
            payments.add(p);
        } else {
            paymentCheck.accept(row);
        }
    }

    /**
     * The party-fee finding one {@code PaymentCheck} gives for the whole stream when it has no
     * fee-basis lookup: "n party-fee payments not checked", n the succeeded party fees accepted.
     * Made by that check itself (fed n such payments), so its text is the check's own. Empty when
     * a lookup is configured or there are none.
     */
    static ValidationResult feeSummary(ReportInputs inputs, RuleParameters params, StreamSummary whole, String source) {
        long n = whole.payments().tally(EnumSet.of(PaymentKind.PARTY_FEE), EnumSet.allOf(PaymentChannel.class),
                EnumSet.of(PaymentStatus.SUCCEEDED)).count();
        if (params.feeBasis().isPresent() || n == 0) {
            return ValidationResult.empty(inputs.sampleSize());
        }
        PaymentCheck replay = PaymentCheck.of(inputs.dataset(), params, inputs.sampleSize());
        Payment fee = Payment.partyFee("fee", "member", YearMonth.of(2025, 7), "organisation", Vnd.of(1),
                PaymentChannel.CASH, PaymentStatus.SUCCEEDED, LocalDateTime.of(2025, 7, 1, 0, 0), Optional.empty());
        SourceLocation at = SourceLocation.of(source, 1, 1);
        for (long i = 0; i < n; i++) {
            replay.accepted(fee, at);
        }
        String rule = Rules.PAYMENT_PARTY_FEE.id();
        return ValidationResult.builder(inputs.sampleSize()).addAll(replay.result().findings(rule)).build();
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
