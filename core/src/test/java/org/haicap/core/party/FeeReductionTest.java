package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class FeeReductionTest {

    @Test
    void coversItsWindowOnly() {
        FeeReduction r = FeeReduction.of(30, YearMonth.of(2026, 11), 12);
        assertEquals(YearMonth.of(2027, 10), r.lastMonth());
        assertEquals(12, r.months());
        assertFalse(r.covers(YearMonth.of(2026, 10)));
        assertTrue(r.covers(YearMonth.of(2026, 11)));
        assertTrue(r.covers(YearMonth.of(2027, 10)));
        assertFalse(r.covers(YearMonth.of(2027, 11)));
        assertEquals(r, SerializationRoundTrip.roundTrip(r));
    }

    @Test
    void refusesOtherPercentagesAndLongWindows() {
        InvalidPartyDataException p = assertThrows(InvalidPartyDataException.class,
                () -> FeeReduction.of(40, YearMonth.of(2026, 2), 3));
        assertEquals("percent", p.field());
        InvalidPartyDataException w = assertThrows(InvalidPartyDataException.class,
                () -> FeeReduction.of(50, YearMonth.of(2026, 2), 13));
        assertTrue(w.getMessage().contains("1 to 12 months"));
        assertThrows(InvalidPartyDataException.class,
                () -> new FeeReduction(50, YearMonth.of(2026, 3), YearMonth.of(2026, 2)));
        assertEquals(1, FeeReduction.of(70, YearMonth.of(2026, 2), 1).months());
    }
}
