package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarConflictExceptionTest {

    @Test
    void namesTheDayAndBothKinds() {
        CalendarConflictException e = new CalendarConflictException(LocalDate.of(2026, 3, 7),
                DayKind.DAY_OFF, DayKind.MAKEUP_WORKDAY);
        assertEquals(LocalDate.of(2026, 3, 7), e.date());
        assertEquals(DayKind.DAY_OFF, e.first());
        assertEquals(DayKind.MAKEUP_WORKDAY, e.second());
        assertEquals("ngày 2026-03-07 được khai báo hai lần: DAY_OFF và MAKEUP_WORKDAY"
                + " / day 2026-03-07 declared twice: DAY_OFF and MAKEUP_WORKDAY", e.getMessage());
    }
}
