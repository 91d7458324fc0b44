package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDayTest {

    @Test
    void labelIsStrippedAndNormalisedToNfc() {
        // "Tết" with a combining acute accent (NFD) becomes the precomposed form.
        CalendarDay d = new CalendarDay(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY, "  Te\u0302\u0301t  ");
        assertEquals("T\u1ebft", d.label());
        assertEquals(new CalendarDay(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY, "Tết"), d);
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new CalendarDay(null, DayKind.HOLIDAY, ""));
        assertThrows(NullPointerException.class, () -> new CalendarDay(LocalDate.of(2026, 1, 1), null, ""));
        assertThrows(NullPointerException.class, () -> new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, null));
    }
}
