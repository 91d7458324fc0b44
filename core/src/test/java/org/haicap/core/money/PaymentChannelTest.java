package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaymentChannelTest {

    @Test
    void onlyCashNeedsNoReference() {
        assertTrue(PaymentChannel.ONLINE_PORTAL.requiresReference());
        assertTrue(PaymentChannel.BANK_TRANSFER.requiresReference());
        assertFalse(PaymentChannel.CASH.requiresReference());
    }

    @Test
    void labels() {
        assertEquals("Tiền mặt", PaymentChannel.CASH.vietnamese());
        assertEquals("Chuyển khoản", PaymentChannel.BANK_TRANSFER.vietnamese());
        assertEquals("Online portal", PaymentChannel.ONLINE_PORTAL.english());
    }
}
