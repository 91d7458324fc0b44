package org.haicap.reporting.pass;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;
import org.haicap.validation.pass.PassContext;
import org.haicap.validation.pass.PassListener;
import org.haicap.validation.pass.StreamKind;

/**
 * The standard report's aggregates as a listener of a
 * {@link org.haicap.validation.pass.ValidationPass} (số liệu tổng hợp trong cùng lượt kiểm tra):
 * every accepted dossier counted by {@link DossierAggregate} (received in the period, as of the
 * pass's date, timeliness judged by the parameters' {@code timelinessDueDate}), every accepted
 * payment made in the period by {@link PaymentAggregate}. Immutable and thread-safe.
 *
 * @param from the first day of the period
 * @param until the last day of the period
 */
public record ReportAggregates(LocalDate from, LocalDate until) implements PassListener<ReportAggregates.Figures> {

    /**
     * Checks the period.
     *
     * @throws IllegalArgumentException if it ends before it starts
     */
    public ReportAggregates {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("kỳ báo cáo kết thúc trước khi bắt đầu / the period ends before it"
                    + " starts: " + from + " – " + until);
        }
    }

    /**
     * The figures of some rows. Immutable and serializable.
     *
     * @param dossiers the dossier aggregate
     * @param payments the payment aggregate (payments made in the period)
     */
    public record Figures(DossierAggregate dossiers, PaymentAggregate payments) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Checks the parts. */
        public Figures {
            Objects.requireNonNull(dossiers, "dossiers");
            Objects.requireNonNull(payments, "payments");
        }
    }

    /**
     * The dossier aggregate's parameters in a pass with this context: its date, this period, and
     * the parameters' {@code timelinessDueDate}. Aggregates merge only with equal parameters.
     *
     * @param context the pass's context
     * @return the parameters
     */
    public DossierAggregate.Parameters parameters(PassContext context) {
        return DossierAggregate.Parameters.of(context.asOf(), from, until)
                .withDueDateBasis(context.parameters().timelinessDueDate());
    }

    @Override
    public Piece<Figures> newPiece(PassContext context, StreamKind kind) {
        DossierAggregate.Accumulator dossiers = DossierAggregate.accumulator(parameters(context));
        PaymentAggregate.Accumulator payments = PaymentAggregate.accumulator();
        return new Piece<>() {
            @Override
            public void dossier(Dossier dossier, SourceLocation at) {
                dossiers.add(dossier);
            }

            @Override
            public void payment(Payment payment, SourceLocation at) {
                LocalDate day = payment.at().toLocalDate();
                if (!day.isBefore(from) && !day.isAfter(until)) {
                    payments.add(payment);
                }
            }

            @Override
            public Figures result() {
                return new Figures(dossiers.snapshot(), payments.snapshot());
            }
        };
    }

    @Override
    public Figures combine(Figures earlier, Figures later) {
        return new Figures(earlier.dossiers().merge(later.dossiers()), earlier.payments().merge(later.payments()));
    }
}
