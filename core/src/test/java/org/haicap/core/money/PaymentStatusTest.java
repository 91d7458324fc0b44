package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentStatusTest {
    static final Set<String> LEGAL = Set.of("PENDING>SUCCEEDED", "PENDING>FAILED", "SUCCEEDED>REFUNDED");

    @Test
    void everyPairMatchesTheTable() {
        for (PaymentStatus from : PaymentStatus.values()) {
            for (PaymentStatus to : PaymentStatus.values()) {
                assertEquals(LEGAL.contains(from + ">" + to), from.canTransitionTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void terminalStatuses() {
        assertTrue(PaymentStatus.FAILED.isTerminal());
        assertTrue(PaymentStatus.REFUNDED.isTerminal());
        assertFalse(PaymentStatus.PENDING.isTerminal());
        assertFalse(PaymentStatus.SUCCEEDED.isTerminal());
    }

    @Test
    void labels() {
        assertEquals("Đã thanh toán", PaymentStatus.SUCCEEDED.vietnamese());
        assertEquals("Refunded", PaymentStatus.REFUNDED.english());
    }
}
