package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.haicap.core.ids.DossierCode;
import org.junit.jupiter.api.Test;

class PaymentKindTest {
    private static final PaymentSubject PARTY = new PaymentSubject.PartyFee("DV1", YearMonth.of(2025, 7), "CB1");
    private static final PaymentSubject DOSSIER = new PaymentSubject.DossierFee(DossierCode.parse("H15-250701-0001"));
    private static final PaymentSubject OTHER = new PaymentSubject.Other("Ủng hộ");

    @Test
    void eachKindAcceptsItsSubjectOnly() {
        assertTrue(PaymentKind.PARTY_FEE.accepts(PARTY));
        assertFalse(PaymentKind.PARTY_FEE.accepts(DOSSIER));
        assertTrue(PaymentKind.PROCEDURE_FEE.accepts(DOSSIER));
        assertTrue(PaymentKind.CHARGE.accepts(DOSSIER));
        assertFalse(PaymentKind.CHARGE.accepts(PARTY));
        assertTrue(PaymentKind.OTHER.accepts(OTHER));
        assertFalse(PaymentKind.OTHER.accepts(DOSSIER));
        assertFalse(PaymentKind.PROCEDURE_FEE.accepts(OTHER));
    }

    @Test
    void labels() {
        assertEquals("Đảng phí", PaymentKind.PARTY_FEE.vietnamese());
        assertEquals("Lệ phí", PaymentKind.PROCEDURE_FEE.vietnamese());
        assertEquals("Phí", PaymentKind.CHARGE.vietnamese());
        assertEquals("Party fee", PaymentKind.PARTY_FEE.english());
    }
}
