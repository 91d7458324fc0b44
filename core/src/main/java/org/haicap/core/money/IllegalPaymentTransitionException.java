package org.haicap.core.money;

import java.util.Objects;
import org.haicap.core.io.HaicapInputException;

/**
 * Thrown when a payment would go from one status to another that {@link PaymentStatus} does not
 * allow. Carries both statuses; the message is bilingual.
 */
public final class IllegalPaymentTransitionException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final PaymentStatus from;
    private final PaymentStatus to;

    /**
     * Creates the exception.
     *
     * @param paymentId the payment's id
     * @param from the current status
     * @param to the refused status
     */
    public IllegalPaymentTransitionException(String paymentId, PaymentStatus from, PaymentStatus to) {
        super("khoản thanh toán " + Objects.requireNonNull(paymentId, "paymentId") + ": không thể chuyển từ «"
                + Objects.requireNonNull(from, "from").vietnamese() + "» sang «" + Objects.requireNonNull(to, "to").vietnamese()
                + "»", "payment " + paymentId + ": cannot go from " + from + " to " + to
                + (from.isTerminal() ? " (a terminal status)" : " (legal next: " + from.next().stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        this.from = from;
        this.to = to;
    }

    /** The status the payment was at. */
    public PaymentStatus from() {
        return from;
    }

    /** The status it was refused. */
    public PaymentStatus to() {
        return to;
    }
}
