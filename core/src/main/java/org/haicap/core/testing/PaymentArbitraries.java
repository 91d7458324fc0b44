package org.haicap.core.testing;

import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.money.Vnd;

/**
 * jqwik generators of valid payments and their subjects, for property-based tests: every payment
 * has a positive amount, a subject that fits its kind, and a transaction reference whenever the
 * channel needs one (sometimes also for cash).
 *
 * <p>Needs jqwik on the class path (an optional dependency of haicap core). Immutable and
 * thread-safe: only static methods.
 */
public final class PaymentArbitraries {
    private PaymentArbitraries() {
    }

    /** Opaque ids with a prefix, such as {@code DV000123}. */
    private static Arbitrary<String> ids(String prefix) {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(6).map(s -> prefix + s);
    }

    /** Months from January 2011 (QĐ 342-QĐ/TW) to December 2027. */
    public static Arbitrary<YearMonth> months() {
        return Arbitraries.integers().between(0, 17 * 12 - 1).map(i -> YearMonth.of(2011, 1).plusMonths(i));
    }

    /** Party-fee subjects: member id, month, party organisation id. */
    public static Arbitrary<PaymentSubject.PartyFee> partyFeeSubjects() {
        return Combinators.combine(ids("DV"), months(), ids("CB")).as(PaymentSubject.PartyFee::new);
    }

    /** Dossier-fee subjects with structured dossier codes. */
    public static Arbitrary<PaymentSubject.DossierFee> dossierFeeSubjects() {
        return ProcedureArbitraries.dossierCodes().map(PaymentSubject.DossierFee::new);
    }

    /** Subjects of every variant. */
    public static Arbitrary<PaymentSubject> subjects() {
        return Arbitraries.oneOf(partyFeeSubjects(), dossierFeeSubjects(), otherSubjects());
    }

    /** Subjects of other payments. */
    public static Arbitrary<PaymentSubject.Other> otherSubjects() {
        return Arbitraries.of("Ủng hộ quỹ vì người nghèo", "Tiền sao lục hồ sơ").map(PaymentSubject.Other::new);
    }

    /** Positive amounts: 1,000 to 5,000,000 đồng. */
    public static Arbitrary<Vnd> amounts() {
        return Arbitraries.longs().between(1_000, 5_000_000).map(Vnd::of);
    }

    /** Payments of every kind, channel and status. */
    public static Arbitrary<Payment> payments() {
        return Arbitraries.oneOf(java.util.Arrays.stream(PaymentKind.values()).map(PaymentArbitraries::payments).toList());
    }

    /** Party-fee payments of every channel and status. */
    public static Arbitrary<Payment> partyFeePayments() {
        return payments(PaymentKind.PARTY_FEE);
    }

    /** Payments of one kind, with a fitting subject. */
    public static Arbitrary<Payment> payments(PaymentKind kind) {
        Arbitrary<? extends PaymentSubject> subject = switch (kind) {
            case PARTY_FEE -> partyFeeSubjects();
            case PROCEDURE_FEE, CHARGE -> dossierFeeSubjects();
            case OTHER -> otherSubjects();
        };
        return Combinators.combine(ids("TT"), subject, amounts(), Arbitraries.of(PaymentChannel.class),
                        Arbitraries.of(PaymentStatus.class), ProcedureArbitraries.moments(),
                        Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(12), Arbitraries.of(true, false))
                .as((id, s, amount, channel, status, at, ref, withRef) -> new Payment(id, kind, s, amount, channel, status, at,
                        channel.requiresReference() || withRef ? Optional.of(ref) : Optional.empty()));
    }
}
