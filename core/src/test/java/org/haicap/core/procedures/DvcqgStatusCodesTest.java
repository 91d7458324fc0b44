package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class DvcqgStatusCodesTest {
    private final DvcqgStatusCodes standard = DvcqgStatusCodes.standard();
    private final DvcqgStatusCodes other = DvcqgStatusCodes.withCode6(DvcqgStatusCodes.Code6.SUPPLEMENT_RECEIVED);

    @Test
    void theTenCodes() {
        DossierStatus[] expected = {DossierStatus.NEW, DossierStatus.ACCEPTED, DossierStatus.REFUSED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED, DossierStatus.WITHDRAWAL_REQUESTED,
            DossierStatus.STOPPED, DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED};
        for (int code = 1; code <= 10; code++) {
            assertEquals(Optional.of(expected[code - 1]), standard.statusOf(code), "code " + code);
            assertEquals(code, standard.codeOf(expected[code - 1]));
        }
        assertEquals(Optional.empty(), standard.statusOf(0));
        assertEquals(Optional.empty(), standard.statusOf(11));
    }

    @Test
    void withdrawnIsWrittenAsStoppedAndIsLossy() {
        assertEquals(8, standard.codeOf(DossierStatus.WITHDRAWN));
        assertFalse(standard.isLossless(DossierStatus.WITHDRAWN));
        assertTrue(standard.isLossless(DossierStatus.STOPPED));
    }

    @Test
    void code6DiffersBetweenSystems() {
        assertEquals(Optional.of(DossierStatus.PAYMENT_REQUESTED), standard.statusOf(6));
        assertEquals(Optional.of(DossierStatus.PROCESSING), other.statusOf(6));
        assertEquals(4, other.codeOf(DossierStatus.PAYMENT_REQUESTED));
        assertFalse(other.isLossless(DossierStatus.PAYMENT_REQUESTED));
        assertEquals(DvcqgStatusCodes.Code6.SUPPLEMENT_RECEIVED, other.code6());
        assertSame(standard, DvcqgStatusCodes.withCode6(DvcqgStatusCodes.Code6.PAYMENT_REQUESTED));
    }

    @Test
    void everyStatusHasACodeInRange() {
        for (DvcqgStatusCodes m : new DvcqgStatusCodes[] {standard, other}) {
            for (DossierStatus s : DossierStatus.values()) {
                int c = m.codeOf(s);
                assertTrue(c >= DvcqgStatusCodes.MIN_CODE && c <= DvcqgStatusCodes.MAX_CODE, s + " " + c);
            }
        }
    }

    @Test
    void serialisationKeepsTheSingletons() {
        assertSame(standard, SerializationRoundTrip.roundTrip(standard));
        assertSame(other, SerializationRoundTrip.roundTrip(other));
    }
}
