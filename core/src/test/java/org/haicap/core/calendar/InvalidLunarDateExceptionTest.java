package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidLunarDateExceptionTest {

    @Test
    void carriesTheValuesAndABilingualMessage() {
        InvalidLunarDateException e = new InvalidLunarDateException(2026, 2, 30, false,
                InvalidLunarDateException.Reason.DAY_NOT_IN_MONTH);
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals(2026, e.year());
        assertEquals(2, e.month());
        assertEquals(30, e.day());
        assertEquals(false, e.leapMonth());
        assertEquals(InvalidLunarDateException.Reason.DAY_NOT_IN_MONTH, e.reason());
        assertTrue(e.getMessage().startsWith("ngày âm lịch không hợp lệ 30/2/2026: tháng này chỉ có 29 ngày"),
                e.getMessage());
        assertTrue(e.getMessage().contains("invalid lunar date 30/2/2026: that month has only 29 days"), e.getMessage());
    }
}
