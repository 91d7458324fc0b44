package org.haicap.core.money;

import java.util.Objects;
import java.util.Set;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The status of a payment (trạng thái thanh toán), with its legal transitions:
 * <pre>
 * PENDING   → SUCCEEDED | FAILED
 * SUCCEEDED → REFUNDED
 * FAILED, REFUNDED: terminal
 * </pre>
 * A cancelled payment (hủy thanh toán) is FAILED. Reports count SUCCEEDED payments (the "42.000
 * lượt giao dịch đóng đảng phí thành công" of the Hà Nội report).
 *
 * <p>Immutable and thread-safe.
 */
public enum PaymentStatus implements Bilingual {
    /** Started, not yet confirmed (chờ thanh toán). */
    PENDING("Chờ thanh toán", "Pending"),
    /** Paid (đã thanh toán). */
    SUCCEEDED("Đã thanh toán", "Succeeded"),
    /** Failed or cancelled (thanh toán không thành công, hủy thanh toán). */
    FAILED("Không thành công", "Failed"),
    /** Paid, then the whole amount was refunded (hoàn phí). */
    REFUNDED("Đã hoàn tiền", "Refunded");

    private final LocalizedText label;

    PaymentStatus(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The statuses this one may legally go to; empty for a terminal status. */
    public Set<PaymentStatus> next() {
        return switch (this) {
            case PENDING -> Set.of(SUCCEEDED, FAILED);
            case SUCCEEDED -> Set.of(REFUNDED);
            case FAILED, REFUNDED -> Set.of();
        };
    }

    /** Whether going from this status to {@code to} is legal. */
    public boolean canTransitionTo(PaymentStatus to) {
        return next().contains(Objects.requireNonNull(to, "to"));
    }

    /** Whether no transition leaves this status (FAILED, REFUNDED). */
    public boolean isTerminal() {
        return next().isEmpty();
    }
}
