package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOutOfRangeExceptionTest {

    @Test
    void namesTheDateAndTheRangeInBothLanguages() {
        DateOutOfRangeException e = new DateOutOfRangeException(LocalDate.of(2300, 1, 1));
        assertEquals(LocalDate.of(2300, 1, 1), e.date());
        assertEquals(LocalDate.of(1900, 1, 1), e.min());
        assertEquals(LocalDate.of(2200, 12, 31), e.max());
        assertTrue(e.getMessage().contains("ngày 2300-01-01 nằm ngoài khoảng được hỗ trợ 1900-01-01 – 2200-12-31"),
                e.getMessage());
        assertTrue(e.getMessage().contains("date 2300-01-01 is outside the supported range 1900-01-01 to 2200-12-31"),
                e.getMessage());
    }
}
