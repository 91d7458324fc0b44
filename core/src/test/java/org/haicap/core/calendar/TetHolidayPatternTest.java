package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TetHolidayPatternTest {

    @Test
    void theStatutoryDefaultIsTheEvePlusFourDays() {
        assertEquals(1, TetHolidayPattern.STATUTORY_DEFAULT.daysBeforeNewYear());
        assertEquals(4, TetHolidayPattern.STATUTORY_DEFAULT.daysFromNewYear());
        assertEquals(5, TetHolidayPattern.STATUTORY_DEFAULT.totalDays());
    }

    @Test
    void countsOutsideTheRangeAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TetHolidayPattern(0, 0));
        assertTrue(e.getMessage().contains("mẫu nghỉ Tết không hợp lệ") && e.getMessage().contains("invalid Tết pattern"));
        assertThrows(IllegalArgumentException.class, () -> new TetHolidayPattern(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> new TetHolidayPattern(1, 11));
        assertEquals(9, new TetHolidayPattern(3, 6).totalDays());
    }
}
