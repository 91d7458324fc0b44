package org.haicap.core.money;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.internal.RecordSerialForm;

/**
 * One payment (khoản thanh toán): a party fee, a procedure fee or charge, or another payment.
 *
 * <p><b>Model.</b> What is paid for is a {@link PaymentSubject}, whose variant must fit the
 * {@link PaymentKind}: {@code PARTY_FEE} pays a {@link PaymentSubject.PartyFee} (member, month,
 * party organisation), {@code PROCEDURE_FEE} and {@code CHARGE} pay a
 * {@link PaymentSubject.DossierFee} (dossier code), {@code OTHER} pays a
 * {@link PaymentSubject.Other}. The amount is always positive; a refund is not a negative payment
 * but the status {@link PaymentStatus#REFUNDED} of the payment refunded, and it refunds the whole
 * amount (partial refunds are not modelled). A payment through a channel other than cash must
 * carry the payment platform's or bank's transaction reference.
 *
 * <p>{@link #at()} is when the payment was made (started), Vietnam local time (UTC+7); it does not
 * change with the status.
 *
 * <p>This is an immutable, thread-safe value type: {@link #withStatus} returns a new payment.
 *
 * @param id the payment's id, opaque, not blank
 * @param kind what kind of payment it is
 * @param subject what it pays for; must fit {@code kind}
 * @param amount the amount, positive
 * @param channel how it was paid
 * @param status its status
 * @param at when it was made, Vietnam local time
 * @param reference the transaction reference, opaque; required unless the channel is cash
 */
public record Payment(
        String id,
        PaymentKind kind,
        PaymentSubject subject,
        Vnd amount,
        PaymentChannel channel,
        PaymentStatus status,
        LocalDateTime at,
        Optional<String> reference) implements Serializable {

    /**
     * Checks the rules listed on the type; text is stripped and normalised to NFC.
     *
     * @throws InvalidPaymentException if a rule is broken; the message says which, in Vietnamese
     *     and English
     */
    public Payment {
        id = Checks.text(id, "mã khoản thanh toán", "payment id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        reference = Checks.optionalText(reference, "mã giao dịch", "transaction reference");
        if (!amount.isPositive()) {
            throw Checks.invalid("amount", amount, "khoản thanh toán " + id + ": số tiền phải lớn hơn 0, nhận được " + amount.amount(),
                    "payment " + id + ": the amount must be positive, got " + amount.amount()
                            + " (a refund is the status REFUNDED, not a negative amount)");
        }
        if (!kind.accepts(subject)) {
            throw Checks.invalid("subject", subject, "khoản thanh toán " + id + ": loại «" + kind.vietnamese() + "» cần đối tượng "
                            + expected(kind) + ", nhận được " + subject.getClass().getSimpleName(),
                    "payment " + id + ": kind " + kind + " needs a " + expected(kind) + " subject, got "
                            + subject.getClass().getSimpleName());
        }
        if (channel.requiresReference() && reference.isEmpty()) {
            throw Checks.invalid("reference", channel, "khoản thanh toán " + id + ": thanh toán " + channel.vietnamese().toLowerCase(java.util.Locale.ROOT)
                            + " phải có mã giao dịch",
                    "payment " + id + ": a " + channel + " payment needs a transaction reference");
        }
    }

    private static String expected(PaymentKind kind) {
        return switch (kind) {
            case PARTY_FEE -> "PartyFee";
            case PROCEDURE_FEE, CHARGE -> "DossierFee";
            case OTHER -> "Other";
        };
    }

    /**
     * A party-fee payment.
     *
     * @throws InvalidPaymentException if a rule of {@link Payment} is broken
     */
    public static Payment partyFee(String id, String memberId, YearMonth month, String organisationId, Vnd amount,
            PaymentChannel channel, PaymentStatus status, LocalDateTime at, Optional<String> reference) {
        return new Payment(id, PaymentKind.PARTY_FEE, new PaymentSubject.PartyFee(memberId, month, organisationId),
                amount, channel, status, at, reference);
    }

    /**
     * A payment of a dossier's fee ({@link PaymentKind#PROCEDURE_FEE}) or charge
     * ({@link PaymentKind#CHARGE}).
     *
     * @throws InvalidPaymentException if a rule of {@link Payment} is broken, or the kind is
     *     neither PROCEDURE_FEE nor CHARGE
     */
    public static Payment dossierFee(String id, PaymentKind kind, DossierCode dossier, Vnd amount,
            PaymentChannel channel, PaymentStatus status, LocalDateTime at, Optional<String> reference) {
        return new Payment(id, kind, new PaymentSubject.DossierFee(dossier), amount, channel, status, at, reference);
    }

    /**
     * This payment at another status.
     *
     * @param to the new status
     * @return the new payment
     * @throws IllegalPaymentTransitionException if {@link PaymentStatus} does not allow the move
     */
    public Payment withStatus(PaymentStatus to) {
        if (!status.canTransitionTo(Objects.requireNonNull(to, "to"))) {
            throw new IllegalPaymentTransitionException(id, status, to);
        }
        return new Payment(id, kind, subject, amount, channel, to, at, reference);
    }

    /** Whether the money was received and kept (status SUCCEEDED): what reports count. */
    public boolean isSucceeded() {
        return status == PaymentStatus.SUCCEEDED;
    }

    /** The party-fee subject, if this is a party-fee payment. */
    public Optional<PaymentSubject.PartyFee> partyFee() {
        return subject instanceof PaymentSubject.PartyFee p ? Optional.of(p) : Optional.empty();
    }

    /** The dossier paid for, if this is a procedure fee or charge. */
    public Optional<DossierCode> dossier() {
        return subject instanceof PaymentSubject.DossierFee d ? Optional.of(d.dossier()) : Optional.empty();
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
