package org.haicap.core.money;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * What a payment is for.
 *
 * <p>Immutable and thread-safe.
 */
public enum PaymentKind implements Bilingual {
    /** A party member's monthly party fee (đảng phí); its subject is a {@link PaymentSubject.PartyFee}. */
    PARTY_FEE("Đảng phí", "Party fee"),
    /** A fee (lệ phí) for an administrative procedure; its subject is a {@link PaymentSubject.DossierFee}. */
    PROCEDURE_FEE("Lệ phí", "Procedure fee"),
    /** A charge (phí) for a service in a procedure; its subject is a {@link PaymentSubject.DossierFee}. */
    CHARGE("Phí", "Charge"),
    /** Anything else; its subject is a {@link PaymentSubject.Other}. */
    OTHER("Khác", "Other");

    private final LocalizedText label;

    PaymentKind(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether {@code subject} is the kind of subject this kind of payment pays for. */
    public boolean accepts(PaymentSubject subject) {
        return switch (this) {
            case PARTY_FEE -> subject instanceof PaymentSubject.PartyFee;
            case PROCEDURE_FEE, CHARGE -> subject instanceof PaymentSubject.DossierFee;
            case OTHER -> subject instanceof PaymentSubject.Other;
        };
    }
}
