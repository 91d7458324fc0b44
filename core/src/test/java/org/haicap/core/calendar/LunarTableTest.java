package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarTableTest {

    @Test
    void everyMonthIsFoundByItsNameAndHas29Or30Days() {
        LunarTable t = LunarTable.VIETNAM;
        for (int i = 0; i < t.monthCount(); i++) {
            assertEquals(i, t.monthIndexOf(t.year(i), t.month(i), t.leap(i)), "month index " + i);
            assertTrue(t.length(i) == 29 || t.length(i) == 30, "length of month " + i);
        }
    }

    @Test
    void everyLunarYear1900To2199HasTwelveOrThirteenMonthsInOrder() {
        LunarTable t = LunarTable.VIETNAM;
        for (int year = 1900; year <= 2199; year++) {
            int first = t.monthIndexOf(year, 1, false);
            int next = t.monthIndexOf(year + 1, 1, false);
            int leap = t.leapMonth(year);
            assertEquals(leap == 0 ? 12 : 13, next - first, "lunar year " + year);
            int expected = 1;
            for (int i = first; i < next; i++) {
                boolean isLeap = t.leap(i);
                assertEquals(isLeap ? expected - 1 : expected, t.month(i), "year " + year + " index " + i);
                if (!isLeap) {
                    expected++;
                }
            }
        }
    }

    @Test
    void everyDayOfTheSupportedRangeRoundTrips() {
        for (LocalDate d = VietnameseLunarCalendar.MIN_DATE; !d.isAfter(VietnameseLunarCalendar.MAX_DATE);
                d = d.plusDays(1)) {
            LunarDate lunar = VietnameseLunarCalendar.toLunar(d);
            if (!d.equals(lunar.toGregorian())) {
                assertEquals(d, lunar.toGregorian());
            }
        }
    }

    @Test
    void julianDayNumbers() {
        assertEquals(2451545, LunarTable.julianDay(LocalDate.of(2000, 1, 1)));
        assertEquals(LocalDate.of(2000, 1, 1), LunarTable.fromJulianDay(2451545));
    }
}
