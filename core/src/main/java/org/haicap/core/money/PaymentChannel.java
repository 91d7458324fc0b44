package org.haicap.core.money;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * How a payment was made (hình thức thanh toán).
 *
 * <p>Immutable and thread-safe.
 */
public enum PaymentChannel implements Bilingual {
    /**
     * Online through a portal's payment platform (trực tuyến): the national public-service portal
     * (Cổng DVCQG) or a province's own platform, such as Hà Nội's for party fees. Needs a
     * transaction reference.
     */
    ONLINE_PORTAL("Trực tuyến", "Online portal", true),
    /** A bank transfer (chuyển khoản). Needs a transaction reference. */
    BANK_TRANSFER("Chuyển khoản", "Bank transfer", true),
    /** Cash (tiền mặt), at the desk or to the party cell's treasurer. No reference needed. */
    CASH("Tiền mặt", "Cash", false);

    private final LocalizedText label;
    private final boolean requiresReference;

    PaymentChannel(String vietnamese, String english, boolean requiresReference) {
        this.label = LocalizedText.of(vietnamese, english);
        this.requiresReference = requiresReference;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether a payment through this channel must carry a transaction reference (all but cash). */
    public boolean requiresReference() {
        return requiresReference;
    }
}
