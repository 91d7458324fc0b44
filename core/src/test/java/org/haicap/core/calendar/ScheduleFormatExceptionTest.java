package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleFormatExceptionTest {

    @Test
    void carriesSourceLineValueAndReason() {
        ScheduleFormatException e = new ScheduleFormatException("a.csv", 7, "2026-02-30",
                ScheduleFormatException.Reason.INVALID_DATE);
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals("a.csv", e.source());
        assertEquals(7, e.lineNumber());
        assertEquals("2026-02-30", e.value());
        assertEquals(ScheduleFormatException.Reason.INVALID_DATE, e.reason());
        assertEquals("lịch nghỉ a.csv, dòng 7: ngày không hợp lệ, cần dạng yyyy-mm-dd, nhận được \"2026-02-30\""
                + " / schedule a.csv, line 7: invalid date, expected yyyy-mm-dd, got \"2026-02-30\"", e.getMessage());
    }

    @Test
    void controlCharactersAreShownEscaped() {
        ScheduleFormatException e = new ScheduleFormatException("a.csv", 1, "x\ty",
                ScheduleFormatException.Reason.MISSING_FIELDS);
        assertTrue(e.getMessage().contains("\"x\\u0009y\""), e.getMessage());
    }

    @Test
    void everyReasonHasBothLanguages() {
        for (ScheduleFormatException.Reason r : ScheduleFormatException.Reason.values()) {
            assertTrue(!r.vietnamese().isBlank() && !r.english().isBlank() && !r.vietnamese().equals(r.english()));
        }
    }
}
