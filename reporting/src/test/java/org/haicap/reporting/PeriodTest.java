package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void containsBothEnds() {
        Period p = Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13));
        assertTrue(p.contains(LocalDate.of(2025, 7, 1)));
        assertTrue(p.contains(LocalDate.of(2025, 7, 13)));
        assertFalse(p.contains(LocalDate.of(2025, 7, 14)));
        assertEquals(p.start(), Period.day(p.start()).end());
    }

    @Test
    void refusesAReversedPeriod() {
        InvalidReportException e = assertThrows(InvalidReportException.class,
                () -> Period.of(LocalDate.of(2025, 7, 13), LocalDate.of(2025, 7, 1)));
        assertEquals(InvalidReportException.Reason.PERIOD_REVERSED, e.reason());
        assertEquals("2025-07-13..2025-07-01", e.value());
    }
}
