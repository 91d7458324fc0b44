package org.haicap.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.YearMonth;
import org.haicap.core.ids.DossierCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PaymentSubjectTest {

    @Test
    void partyFeeNeedsMemberMonthAndOrganisation() {
        PaymentSubject.PartyFee p = new PaymentSubject.PartyFee(" DV1 ", YearMonth.of(2026, 2), "CB1");
        assertEquals("DV1", p.memberId());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PaymentSubject.PartyFee("", YearMonth.of(2026, 2), "CB1"));
        assertTrue(e.getMessage().contains("member id must not be blank"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PaymentSubject.PartyFee("DV1", YearMonth.of(2026, 2), " "));
        assertThrows(NullPointerException.class, () -> new PaymentSubject.PartyFee("DV1", null, "CB1"));
    }

    @Test
    void otherIsNfcAndNotBlank() {
        String nfd = Normalizer.normalize("Ủng hộ", Normalizer.Form.NFD);
        assertEquals("Ủng hộ", new PaymentSubject.Other(nfd).description());
        assertThrows(IllegalArgumentException.class, () -> new PaymentSubject.Other("  "));
    }

    @Test
    void variantsSerialise() {
        PaymentSubject d = new PaymentSubject.DossierFee(DossierCode.parse("H15-250701-0001"));
        assertEquals(d, SerializationRoundTrip.roundTrip(d));
        PaymentSubject p = new PaymentSubject.PartyFee("DV1", YearMonth.of(2025, 7), "CB1");
        assertEquals(p, SerializationRoundTrip.roundTrip(p));
    }
}
