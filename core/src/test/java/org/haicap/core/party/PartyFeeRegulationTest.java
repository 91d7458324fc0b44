package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PartyFeeRegulationTest {

    @Test
    void qd01FromFebruary2026AndQd342Before() {
        assertEquals(PartyFeeRegulation.QD_342, PartyFeeRegulation.inForce(YearMonth.of(2011, 4)));
        assertEquals(PartyFeeRegulation.QD_342, PartyFeeRegulation.inForce(YearMonth.of(2026, 1)));
        assertEquals(PartyFeeRegulation.QD_01, PartyFeeRegulation.inForce(YearMonth.of(2026, 2)));
        assertEquals(PartyFeeRegulation.QD_01, PartyFeeRegulation.inForce(YearMonth.of(2040, 12)));
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> PartyFeeRegulation.inForce(YearMonth.of(2011, 3)));
        assertEquals("month", e.field());
        assertThrows(InvalidPartyDataException.class, () -> PartyFeeRegulation.inForce(null));
    }

    @Test
    void labelsAndDates() {
        assertEquals("QĐ 01-QĐ/TW", PartyFeeRegulation.QD_01.label());
        assertEquals("QĐ 342-QĐ/TW", PartyFeeRegulation.QD_342.toString());
        assertEquals(LocalDate.of(2026, 2, 3), PartyFeeRegulation.QD_01.signedOn());
        assertEquals(YearMonth.of(2026, 2), PartyFeeRegulation.QD_01.firstMonth());
    }
}
