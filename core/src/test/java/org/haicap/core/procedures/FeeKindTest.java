package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeeKindTest {

    @Test
    void chargeIsPhiAndFeeIsLePhi() {
        assertEquals("Phí", FeeKind.CHARGE.vietnamese());
        assertEquals("Lệ phí", FeeKind.FEE.vietnamese());
        assertEquals("Charge", FeeKind.CHARGE.english());
        assertEquals("Fee", FeeKind.FEE.english());
    }
}
