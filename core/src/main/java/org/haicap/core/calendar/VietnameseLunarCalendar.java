package org.haicap.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Conversion between the Gregorian calendar and the Vietnamese lunar calendar (âm lịch).
 *
 * <p>The lunar calendar is computed astronomically for Vietnam's time zone, UTC+7: a month
 * begins on the local day of the new moon; month 11 contains the winter solstice; when 13 new
 * moons separate two winter solstices, the first month after month 11 that contains no major
 * solar term (trung khí) is the leap month. This is the standard algorithm used for the
 * Vietnamese calendar since 1968 (Hồ Ngọc Đức's published implementation, after Meeus), and
 * the reason Tết sometimes differs from the Chinese New Year, which is computed for UTC+8:
 * in 1985 Tết was on 1985-01-21 in Vietnam and the Chinese New Year on 1985-02-20.
 *
 * <p>The supported range is Gregorian 1900-01-01 to 2200-12-31, which contains every lunar
 * year from 1900 to 2199 in full; anything outside is rejected with a
 * {@link DateOutOfRangeException} or an {@link InvalidLunarDateException}. The months are
 * computed once, when the class is first used (well under a millisecond of arithmetic), and
 * then looked up. All methods are static and thread-safe.
 */
public final class VietnameseLunarCalendar {

    /** The first Gregorian date supported, 1900-01-01. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    /** The last Gregorian date supported, 2200-12-31. */
    public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);

    private static final LunarTable TABLE = LunarTable.VIETNAM;

    private VietnameseLunarCalendar() {
    }

    /**
     * The lunar date of a Gregorian date.
     *
     * @param date a date from 1900-01-01 to 2200-12-31
     * @return the same day in the Vietnamese lunar calendar
     * @throws DateOutOfRangeException if the date is outside the supported range
     */
    public static LunarDate toLunar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireSupported(date);
        int jdn = LunarTable.julianDay(date);
        int i = TABLE.monthIndexOf(jdn);
        return new LunarDate(TABLE.year(i), TABLE.month(i), jdn - TABLE.start(i) + 1, TABLE.leap(i));
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @param date a lunar date (already known to exist and to be in range)
     * @return the same day in the Gregorian calendar
     */
    public static LocalDate toGregorian(LunarDate date) {
        Objects.requireNonNull(date, "date");
        int i = TABLE.monthIndexOf(date.year(), date.month(), date.leapMonth());
        return LunarTable.fromJulianDay(TABLE.start(i) + date.day() - 1);
    }

    /**
     * The first day of a lunar year, Tết Nguyên đán (1/1 âm lịch).
     *
     * @param lunarYear 1900 to 2200
     * @return the Gregorian date of Tết of that year, e.g. 2026-02-17 for 2026
     * @throws InvalidLunarDateException if the year is outside the supported range
     */
    public static LocalDate tet(int lunarYear) {
        return LunarDate.of(lunarYear, 1, 1).toGregorian();
    }

    /**
     * The last day of a lunar year (ngày cuối năm, 29 or 30 tháng Chạp), the day before Tết of
     * the next year.
     *
     * @param lunarYear 1899 to 2199
     * @return the Gregorian date of the last day of that lunar year
     * @throws InvalidLunarDateException if the following Tết is outside the supported range
     */
    public static LocalDate lastDayOfYear(int lunarYear) {
        return tet(lunarYear + 1).minusDays(1);
    }

    /**
     * The leap month (tháng nhuận) of a lunar year.
     *
     * @param lunarYear a lunar year from 1900 to 2199
     * @return the number of the month that is repeated, or 0 if the year has 12 months
     * @throws InvalidLunarDateException if the year is outside 1900 to 2199
     */
    public static int leapMonth(int lunarYear) {
        if (lunarYear < 1900 || lunarYear > 2199) {
            throw new InvalidLunarDateException(lunarYear, 1, 1, false,
                    InvalidLunarDateException.Reason.OUT_OF_SUPPORTED_RANGE);
        }
        return TABLE.leapMonth(lunarYear);
    }

    /**
     * The number of days, 29 (tháng thiếu) or 30 (tháng đủ), of a lunar month.
     *
     * @param lunarYear the lunar year
     * @param month the month, 1 to 12
     * @param leapMonth whether the leap month is meant
     * @return 29 or 30
     * @throws InvalidLunarDateException if there is no such month in the supported range
     */
    public static int lengthOfMonth(int lunarYear, int month, boolean leapMonth) {
        LunarDate first = new LunarDate(lunarYear, month, 1, leapMonth);
        return TABLE.length(TABLE.monthIndexOf(first.year(), first.month(), first.leapMonth()));
    }

    static void requireSupported(LocalDate date) {
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new DateOutOfRangeException(date);
        }
    }

    /** Called by the {@link LunarDate} constructor once month and day are in 1..12 and 1..30. */
    static void check(int year, int month, int day, boolean leap) {
        int i = TABLE.monthIndexOf(year, month, leap);
        if (i < 0) {
            if (leap && TABLE.monthIndexOf(year, month, false) >= 0) {
                throw new InvalidLunarDateException(year, month, day, leap,
                        InvalidLunarDateException.Reason.NO_SUCH_LEAP_MONTH);
            }
            throw new InvalidLunarDateException(year, month, day, leap,
                    InvalidLunarDateException.Reason.OUT_OF_SUPPORTED_RANGE);
        }
        if (day > TABLE.length(i)) {
            throw new InvalidLunarDateException(year, month, day, leap,
                    InvalidLunarDateException.Reason.DAY_NOT_IN_MONTH);
        }
        int jdn = TABLE.start(i) + day - 1;
        if (jdn < LunarTable.julianDay(MIN_DATE) || jdn > LunarTable.julianDay(MAX_DATE)) {
            throw new InvalidLunarDateException(year, month, day, leap,
                    InvalidLunarDateException.Reason.OUT_OF_SUPPORTED_RANGE);
        }
    }
}
