package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalDayExtraDayTest {

    @Test
    void theExtraDayIsTheDayBeforeOrAfter2September() {
        assertEquals(LocalDate.of(2026, 9, 1), NationalDayExtraDay.SEPTEMBER_1.in(2026));
        assertEquals(LocalDate.of(2026, 9, 3), NationalDayExtraDay.SEPTEMBER_3.in(2026));
    }
}
