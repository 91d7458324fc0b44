package org.haicap.core.money;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;
import org.haicap.core.ids.DossierCode;

/**
 * What a payment pays for: a member's party fee for a month, the fees of a dossier, or something
 * else. A closed set of variants, so that a payment of each {@link PaymentKind} carries exactly
 * the references it needs.
 *
 * <p>Every variant is an immutable, thread-safe value type.
 */
public sealed interface PaymentSubject extends Serializable
        permits PaymentSubject.PartyFee, PaymentSubject.DossierFee, PaymentSubject.Other {

    /**
     * A party member's party fee (đảng phí) for one month, paid to a party organisation (usually
     * the chi bộ).
     *
     * @param memberId the member's person id, opaque, not blank
     * @param month the month the fee is for
     * @param organisationId the party organisation's id, opaque, not blank
     */
    record PartyFee(String memberId, YearMonth month, String organisationId) implements PaymentSubject {
        /**
         * Checks the values; ids are stripped and normalised to NFC.
         *
         * @throws InvalidPaymentException if an id is blank
         */
        public PartyFee {
            memberId = Checks.text(memberId, "mã đảng viên", "member id");
            Objects.requireNonNull(month, "month");
            organisationId = Checks.text(organisationId, "mã tổ chức đảng", "party organisation id");
        }
    }

    /**
     * The fee or charge of a dossier.
     *
     * @param dossier the dossier code
     */
    record DossierFee(DossierCode dossier) implements PaymentSubject {
        /** Checks the value. */
        public DossierFee {
            Objects.requireNonNull(dossier, "dossier");
        }
    }

    /**
     * Anything else, described in words.
     *
     * @param description what the payment is for, NFC, not blank
     */
    record Other(String description) implements PaymentSubject {
        /**
         * Checks the value and normalises it to NFC.
         *
         * @throws InvalidPaymentException if the description is blank
         */
        public Other {
            description = Checks.text(description, "nội dung thanh toán", "payment description");
        }
    }
}
