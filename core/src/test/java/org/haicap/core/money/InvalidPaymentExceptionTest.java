package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidPaymentExceptionTest {

    @Test
    void carriesFieldAndValueAndBothLanguages() {
        InvalidPaymentException e = new InvalidPaymentException("amount", Vnd.ZERO, "phải lớn hơn 0", "must be positive");
        assertEquals("amount", e.field());
        assertEquals("0 VND", e.value());
        assertEquals("phải lớn hơn 0 / must be positive", e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void thrownByPayment() {
        InvalidPaymentException e = assertThrows(InvalidPaymentException.class, () -> Payment.partyFee("TT1", "DV1",
                YearMonth.of(2025, 7), "CB1", Vnd.of(-5), PaymentChannel.CASH, PaymentStatus.PENDING,
                LocalDateTime.of(2025, 7, 1, 9, 0), Optional.empty()));
        assertEquals("amount", e.field());
        assertEquals("-5 VND", e.value());
        InvalidPaymentException blank = assertThrows(InvalidPaymentException.class,
                () -> new PaymentSubject.PartyFee("DV1", YearMonth.of(2025, 7), ""));
        assertEquals("party organisation id", blank.field());
    }
}
