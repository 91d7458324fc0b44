package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IllegalPaymentTransitionExceptionTest {

    @Test
    void carriesBothStatusesInBothLanguages() {
        IllegalPaymentTransitionException e = new IllegalPaymentTransitionException("TT1", PaymentStatus.PENDING, PaymentStatus.REFUNDED);
        assertEquals(PaymentStatus.PENDING, e.from());
        assertEquals(PaymentStatus.REFUNDED, e.to());
        assertTrue(e.getMessage().contains("không thể chuyển từ «Chờ thanh toán» sang «Đã hoàn tiền»"), e.getMessage());
        assertTrue(e.getMessage().contains("payment TT1: cannot go from PENDING to REFUNDED (legal next: SUCCEEDED, FAILED)"),
                e.getMessage());
        assertTrue(new IllegalPaymentTransitionException("TT1", PaymentStatus.FAILED, PaymentStatus.PENDING).getMessage()
                .contains("terminal"));
    }
}
