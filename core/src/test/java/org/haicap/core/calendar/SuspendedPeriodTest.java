package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuspendedPeriodTest {

    @Test
    void containsBothEnds() {
        SuspendedPeriod p = new SuspendedPeriod(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
        assertFalse(p.contains(LocalDate.of(2026, 3, 3)));
        assertTrue(p.contains(LocalDate.of(2026, 3, 4)));
        assertTrue(p.contains(LocalDate.of(2026, 3, 5)));
        assertFalse(p.contains(LocalDate.of(2026, 3, 6)));
        assertTrue(new SuspendedPeriod(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)).contains(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SuspendedPeriod(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)));
        assertTrue(e.getMessage().contains("2026-03-05") && e.getMessage().contains("invalid suspended period"));
    }
}
