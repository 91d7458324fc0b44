package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        "1900, 1900-01-31", "1968, 1968-01-29", "2000, 2000-02-05"})
    void tetFallsOnTheKnownDay(int year, LocalDate expected) {
        assertEquals(expected, VietnameseLunarCalendar.tet(year));
        assertEquals(LunarDate.of(year, 1, 1), VietnameseLunarCalendar.toLunar(expected));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} = {1}")
    @CsvSource({"2016, 2016-04-16", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18",
        "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void hungKingsDayFallsOnTheKnownDay(int year, LocalDate expected) {
        assertEquals(expected, LunarDate.of(year, 3, 10).toGregorian());
        assertEquals(LunarDate.of(year, 3, 10), VietnameseLunarCalendar.toLunar(expected));
    }

    @ParameterizedTest(name = "leap month of {0} is {1}")
    @CsvSource({"2020, 4", "2021, 0", "2023, 2", "2025, 6", "2026, 0", "2028, 5", "2031, 3", "2033, 11"})
    void leapMonthsMatchThePublishedCalendar(int year, int leap) {
        assertEquals(leap, VietnameseLunarCalendar.leapMonth(year));
    }

    @Test
    void tet1985IsAMonthEarlierInVietnamThanInChina() {
        assertEquals(LocalDate.of(1985, 1, 21), VietnameseLunarCalendar.tet(1985));
        LunarTable china = new LunarTable(8);
        int i = china.monthIndexOf(1985, 1, false);
        assertEquals(LocalDate.of(1985, 2, 20), LunarTable.fromJulianDay(china.start(i)));
    }

    @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
    @CsvSource({"2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03"})
    void tetDiffersFromChineseNewYearByTimeZone(int year, LocalDate vietnam, LocalDate china) {
        assertEquals(vietnam, VietnameseLunarCalendar.tet(year));
        LunarTable utc8 = new LunarTable(8);
        assertEquals(china, LunarTable.fromJulianDay(utc8.start(utc8.monthIndexOf(year, 1, false))));
        assertNotEquals(vietnam, china);
    }

    @Test
    void theLeapMonthFollowsTheOrdinaryMonth() {
        // 2025 has a leap 6th month: 6/2025 from 2025-06-25, leap 6 from 2025-07-25.
        assertEquals(LocalDate.of(2025, 6, 25), LunarDate.of(2025, 6, 1).toGregorian());
        assertEquals(LocalDate.of(2025, 7, 25), LunarDate.ofLeap(2025, 6, 1).toGregorian());
        assertEquals(LunarDate.ofLeap(2025, 6, 1), VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 7, 25)));
    }

    @Test
    void lunarMonthsHave29Or30Days() {
        int total = 0;
        for (int m = 1; m <= 12; m++) {
            int length = VietnameseLunarCalendar.lengthOfMonth(2026, m, false);
            assertTrue(length == 29 || length == 30, "month " + m + " has " + length);
            total += length;
        }
        assertEquals(VietnameseLunarCalendar.tet(2027).toEpochDay() - VietnameseLunarCalendar.tet(2026).toEpochDay(),
                total);
    }

    @Test
    void theTet2026BreakAsAnnouncedInLunarTerms() {
        // The 2026 Tết break for civil servants was announced as Saturday 14/2/2026 "27 tháng Chạp
        // năm Ất Tỵ" to Sunday 22/2/2026 "mùng 6 tháng Giêng năm Bính Ngọ".
        assertEquals(LunarDate.of(2025, 12, 27), VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 14)));
        assertEquals(LunarDate.of(2026, 1, 6), VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 22)));
    }

    @Test
    void lastDayOfYearIsTheEveOfTet() {
        assertEquals(LocalDate.of(2026, 2, 16), VietnameseLunarCalendar.lastDayOfYear(2025));
        LunarDate eve = VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 16));
        assertEquals(2025, eve.year());
        assertEquals(12, eve.month());
    }

    @Test
    void theEdgesOfTheSupportedRangeConvert() {
        assertEquals(LunarDate.of(1899, 12, 1), VietnameseLunarCalendar.toLunar(VietnameseLunarCalendar.MIN_DATE));
        LunarDate last = VietnameseLunarCalendar.toLunar(VietnameseLunarCalendar.MAX_DATE);
        assertEquals(VietnameseLunarCalendar.MAX_DATE, last.toGregorian());
        assertEquals(LocalDate.of(2199, 1, 27), VietnameseLunarCalendar.tet(2199));
    }

    @Test
    void datesOutsideTheRangeAreRejected() {
        DateOutOfRangeException e = assertThrows(DateOutOfRangeException.class,
                () -> VietnameseLunarCalendar.toLunar(LocalDate.of(1899, 12, 31)));
        assertEquals(LocalDate.of(1899, 12, 31), e.date());
        assertThrows(DateOutOfRangeException.class, () -> VietnameseLunarCalendar.toLunar(LocalDate.of(2201, 1, 1)));
        assertThrows(InvalidLunarDateException.class, () -> VietnameseLunarCalendar.leapMonth(2200));
        assertThrows(InvalidLunarDateException.class, () -> VietnameseLunarCalendar.tet(1899));
    }
}
