package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.testing.PaymentArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PaymentTest {
    private static final LocalDateTime AT = LocalDateTime.of(2025, 7, 10, 20, 5);
    private static final DossierCode DOSSIER = DossierCode.parse("H15.50.05.13-250710-0042");

    private static Payment partyFee(PaymentChannel channel, Optional<String> ref) {
        return Payment.partyFee("TT1", "DV1", YearMonth.of(2025, 7), "CB1", Vnd.of(42_000), channel, PaymentStatus.SUCCEEDED, AT, ref);
    }

    @Test
    void amountMustBePositive() {
        for (long amount : new long[] {0, -42_000}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Payment.partyFee("TT1", "DV1",
                    YearMonth.of(2025, 7), "CB1", Vnd.of(amount), PaymentChannel.CASH, PaymentStatus.SUCCEEDED, AT, Optional.empty()));
            assertTrue(e.getMessage().contains("the amount must be positive"), e.getMessage());
            assertTrue(e.getMessage().contains("số tiền phải lớn hơn 0"), e.getMessage());
        }
    }

    @Test
    void referenceRequiredUnlessCash() {
        assertThrows(IllegalArgumentException.class, () -> partyFee(PaymentChannel.ONLINE_PORTAL, Optional.empty()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> partyFee(PaymentChannel.BANK_TRANSFER, Optional.empty()));
        assertTrue(e.getMessage().contains("needs a transaction reference"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> partyFee(PaymentChannel.BANK_TRANSFER, Optional.of(" ")));
        assertEquals(Optional.empty(), partyFee(PaymentChannel.CASH, Optional.empty()).reference());
        assertEquals(Optional.of("FT2519"), partyFee(PaymentChannel.ONLINE_PORTAL, Optional.of(" FT2519 ")).reference());
    }

    @Test
    void partyFeeKindNeedsAPartyFeeSubject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Payment("TT1", PaymentKind.PARTY_FEE,
                new PaymentSubject.DossierFee(DOSSIER), Vnd.of(1000), PaymentChannel.CASH, PaymentStatus.PENDING, AT, Optional.empty()));
        assertTrue(e.getMessage().contains("kind PARTY_FEE needs a PartyFee subject"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Payment.dossierFee("TT2", PaymentKind.PARTY_FEE, DOSSIER, Vnd.of(1000),
                PaymentChannel.CASH, PaymentStatus.PENDING, AT, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Payment("TT1", PaymentKind.PROCEDURE_FEE,
                new PaymentSubject.PartyFee("DV1", YearMonth.of(2025, 7), "CB1"), Vnd.of(1000), PaymentChannel.CASH,
                PaymentStatus.PENDING, AT, Optional.empty()));
    }

    @Test
    void dossierFeeAccessors() {
        Payment p = Payment.dossierFee("TT2", PaymentKind.PROCEDURE_FEE, DOSSIER, Vnd.of(8000), PaymentChannel.ONLINE_PORTAL,
                PaymentStatus.PENDING, AT, Optional.of("DVCQG-1"));
        assertEquals(Optional.of(DOSSIER), p.dossier());
        assertEquals(Optional.empty(), p.partyFee());
        Payment f = partyFee(PaymentChannel.CASH, Optional.empty());
        assertEquals(Optional.of(YearMonth.of(2025, 7)), f.partyFee().map(PaymentSubject.PartyFee::month));
        assertEquals(Optional.empty(), f.dossier());
    }

    @Test
    void statusMovesOnlyAlongLegalTransitions() {
        Payment pending = Payment.dossierFee("TT2", PaymentKind.CHARGE, DOSSIER, Vnd.of(8000), PaymentChannel.CASH,
                PaymentStatus.PENDING, AT, Optional.empty());
        Payment paid = pending.withStatus(PaymentStatus.SUCCEEDED);
        assertTrue(paid.isSucceeded());
        assertFalse(pending.isSucceeded());
        Payment refunded = paid.withStatus(PaymentStatus.REFUNDED);
        assertEquals(PaymentStatus.REFUNDED, refunded.status());
        assertEquals(paid.amount(), refunded.amount());
        assertFalse(refunded.isSucceeded());
        IllegalPaymentTransitionException e = assertThrows(IllegalPaymentTransitionException.class,
                () -> pending.withStatus(PaymentStatus.REFUNDED));
        assertEquals(PaymentStatus.PENDING, e.from());
        assertThrows(IllegalPaymentTransitionException.class, () -> refunded.withStatus(PaymentStatus.SUCCEEDED));
        assertThrows(IllegalPaymentTransitionException.class, () -> paid.withStatus(PaymentStatus.SUCCEEDED));
    }

    @Test
    void blankIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Payment.partyFee(" ", "DV1", YearMonth.of(2025, 7), "CB1", Vnd.of(1),
                PaymentChannel.CASH, PaymentStatus.PENDING, AT, Optional.empty()));
    }

    @Provide
    Arbitrary<Payment> payments() {
        return PaymentArbitraries.payments();
    }

    @Property(tries = 200)
    void generatedPaymentsKeepTheInvariantsAndSerialise(@ForAll("payments") Payment p) {
        assertTrue(p.amount().isPositive());
        assertTrue(p.kind().accepts(p.subject()));
        assertTrue(!p.channel().requiresReference() || p.reference().isPresent());
        assertEquals(p, SerializationRoundTrip.roundTrip(p));
        for (PaymentStatus to : PaymentStatus.values()) {
            if (p.status().canTransitionTo(to)) {
                assertEquals(to, p.withStatus(to).status());
            } else {
                assertThrows(IllegalPaymentTransitionException.class, () -> p.withStatus(to));
            }
        }
    }
}
