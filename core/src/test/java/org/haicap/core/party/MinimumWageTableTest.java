package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class MinimumWageTableTest {
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    @Test
    void decree293FromJanuary2026() {
        MinimumWageTable t = MinimumWageTable.defaults();
        assertEquals(Optional.of(Vnd.of(5_310_000)), t.wage(WageRegion.I, JAN_2026));
        assertEquals(Optional.of(Vnd.of(4_730_000)), t.wage(WageRegion.II, LocalDate.of(2027, 6, 1)));
        assertEquals(Optional.of(Vnd.of(4_140_000)), t.wage(WageRegion.III, JAN_2026));
        assertEquals(Optional.of(Vnd.of(3_700_000)), t.wage(WageRegion.IV, JAN_2026));
        assertEquals(Optional.empty(), t.wage(WageRegion.I, JAN_2026.minusDays(1)));
        assertEquals(List.of(JAN_2026), t.effectiveDates());
    }

    @Test
    void laterDecreesTakeOverFromTheirDate() {
        LocalDate next = LocalDate.of(2027, 1, 1);
        MinimumWageTable t = MinimumWageTable.defaults().with(next, Map.of(WageRegion.I, Vnd.of(5_600_000),
                WageRegion.II, Vnd.of(5_000_000), WageRegion.III, Vnd.of(4_400_000), WageRegion.IV, Vnd.of(3_900_000)));
        assertEquals(Optional.of(Vnd.of(5_310_000)), t.wage(WageRegion.I, next.minusDays(1)));
        assertEquals(Optional.of(Vnd.of(5_600_000)), t.wage(WageRegion.I, next));
        assertNotEquals(MinimumWageTable.defaults(), t);
        assertEquals(t, SerializationRoundTrip.roundTrip(t));
        assertEquals(t.hashCode(), SerializationRoundTrip.roundTrip(t).hashCode());
    }

    @Test
    void refusesIncompleteOrNonPositiveWages() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> MinimumWageTable.empty().with(JAN_2026, Map.of(WageRegion.I, Vnd.of(1))));
        assertEquals("wages.II", e.field());
        assertThrows(InvalidPartyDataException.class, () -> MinimumWageTable.empty().with(JAN_2026, Map.of(
                WageRegion.I, Vnd.of(1), WageRegion.II, Vnd.of(1), WageRegion.III, Vnd.of(1), WageRegion.IV, Vnd.ZERO)));
        assertThrows(InvalidPartyDataException.class, () -> MinimumWageTable.empty().with(null, Map.of()));
    }
}
