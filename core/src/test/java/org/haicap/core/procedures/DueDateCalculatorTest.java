package org.haicap.core.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.haicap.core.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

class DueDateCalculatorTest {

    @Test
    void aLambdaIsACalculator() {
        DueDateCalculator calendarDays = (start, limit) -> start.plusDays(limit.amount());
        LocalDateTime start = LocalDateTime.of(2025, 7, 1, 8, 0);
        assertEquals(start.plusDays(7), calendarDays.dueAt(start, TimeLimit.days(7)));
    }
}
