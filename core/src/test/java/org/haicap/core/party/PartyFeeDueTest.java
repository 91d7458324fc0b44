package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PartyFeeDueTest {
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    @Test
    void refusesNegativeAmountsAndPaidExemptions() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> new PartyFeeDue(FEB, PartyFeeRegulation.QD_01, Vnd.of(-1), false, "x", "x"));
        assertEquals("amount", e.field());
        assertThrows(InvalidPartyDataException.class,
                () -> new PartyFeeDue(FEB, PartyFeeRegulation.QD_01, Vnd.of(5), true, "x", "x"));
        assertThrows(InvalidPartyDataException.class,
                () -> new PartyFeeDue(FEB, PartyFeeRegulation.QD_01, Vnd.of(5), false, " ", "x"));
    }

    @Test
    void keepsItsValues() {
        PartyFeeDue d = new PartyFeeDue(FEB, PartyFeeRegulation.QD_01, Vnd.of(5_000), false,
                "học sinh, sinh viên", "student");
        assertEquals(Vnd.of(5_000), d.amount());
        assertEquals(d, SerializationRoundTrip.roundTrip(d));
    }
}
