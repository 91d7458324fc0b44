package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarDateTest {

    @Test
    void anExistingDayIsAccepted() {
        LunarDate d = LunarDate.of(2026, 3, 10);
        assertEquals(2026, d.year());
        assertEquals(3, d.month());
        assertEquals(10, d.day());
        assertEquals(false, d.leapMonth());
        assertEquals(LocalDate.of(2026, 4, 26), d.toGregorian());
        assertEquals("10/3/2026", d.toString());
        assertEquals("1/6 (nhuận)/2025", LunarDate.ofLeap(2025, 6, 1).toString());
    }

    @Test
    void monthAndDayOutOfRangeAreRejectedWithTheReason() {
        InvalidLunarDateException e = assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(2026, 13, 1));
        assertEquals(InvalidLunarDateException.Reason.MONTH_OUT_OF_RANGE, e.reason());
        assertEquals(13, e.month());
        e = assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(2026, 1, 31));
        assertEquals(InvalidLunarDateException.Reason.DAY_OUT_OF_RANGE, e.reason());
        e = assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(2026, 1, 0));
        assertEquals(InvalidLunarDateException.Reason.DAY_OUT_OF_RANGE, e.reason());
    }

    @Test
    void aLeapMonthThatDoesNotExistIsRejected() {
        InvalidLunarDateException e = assertThrows(InvalidLunarDateException.class, () -> LunarDate.ofLeap(2026, 6, 1));
        assertEquals(InvalidLunarDateException.Reason.NO_SUCH_LEAP_MONTH, e.reason());
        assertTrue(e.getMessage().contains("tháng nhuận") && e.getMessage().contains("leap month"), e.getMessage());
        assertEquals(true, e.leapMonth());
    }

    @Test
    void day30OfAShortMonthIsRejected() {
        int shortMonth = 0;
        for (int m = 1; m <= 12 && shortMonth == 0; m++) {
            if (VietnameseLunarCalendar.lengthOfMonth(2026, m, false) == 29) {
                shortMonth = m;
            }
        }
        int month = shortMonth;
        InvalidLunarDateException e = assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(2026, month, 30));
        assertEquals(InvalidLunarDateException.Reason.DAY_NOT_IN_MONTH, e.reason());
    }

    @Test
    void yearsOutsideTheRangeAreRejected() {
        InvalidLunarDateException e = assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(1899, 1, 1));
        assertEquals(InvalidLunarDateException.Reason.OUT_OF_SUPPORTED_RANGE, e.reason());
        assertEquals(1899, e.year());
        assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(2201, 1, 1));
        // Lunar 11/1899 ends before 1900-01-01.
        assertThrows(InvalidLunarDateException.class, () -> LunarDate.of(1899, 11, 1));
    }

    @Test
    void orderIsTheOrderInTime() {
        assertTrue(LunarDate.of(2025, 6, 29).compareTo(LunarDate.ofLeap(2025, 6, 1)) < 0);
        assertTrue(LunarDate.ofLeap(2025, 6, 1).compareTo(LunarDate.of(2025, 7, 1)) < 0);
        assertTrue(LunarDate.of(2025, 12, 29).compareTo(LunarDate.of(2026, 1, 1)) < 0);
        assertEquals(0, LunarDate.of(2026, 1, 1).compareTo(LunarDate.of(2026, 1, 1)));
    }
}
