package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class VietnameseLunarCalendarProperties {

    // Epoch days of 1900-01-01 and 2200-12-31.
    @Property
    void gregorianToLunarToGregorianIsTheIdentity(@ForAll @IntRange(min = -25567, max = 84370) int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertEquals(date, VietnameseLunarCalendar.toLunar(date).toGregorian());
    }

    @Property
    void consecutiveDaysAreConsecutiveLunarDays(@ForAll @IntRange(min = -25567, max = 84369) int epochDay) {
        LunarDate today = VietnameseLunarCalendar.toLunar(LocalDate.ofEpochDay(epochDay));
        LunarDate tomorrow = VietnameseLunarCalendar.toLunar(LocalDate.ofEpochDay(epochDay + 1));
        if (tomorrow.day() == 1) {
            assertTrue(today.day() == 29 || today.day() == 30, today.toString());
        } else {
            assertEquals(today.day() + 1, tomorrow.day());
            assertEquals(today.month(), tomorrow.month());
            assertEquals(today.leapMonth(), tomorrow.leapMonth());
        }
    }

    @Property(tries = 300)
    void lunarToGregorianToLunarIsTheIdentity(@ForAll @IntRange(min = 1900, max = 2199) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 30) int day) {
        int length = VietnameseLunarCalendar.lengthOfMonth(year, month, false);
        LunarDate date = LunarDate.of(year, month, Math.min(day, length));
        assertEquals(date, VietnameseLunarCalendar.toLunar(date.toGregorian()));
    }

    @Property(tries = 300)
    void tetFallsBetween21JanuaryAnd20February(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        LocalDate tet = VietnameseLunarCalendar.tet(year);
        assertEquals(year, tet.getYear());
        assertTrue(!tet.isBefore(LocalDate.of(year, 1, 21)) && !tet.isAfter(LocalDate.of(year, 2, 20)), tet.toString());
    }
}
