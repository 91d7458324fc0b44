package org.haicap.core.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day of the Vietnamese lunar calendar (ngày âm lịch), computed for UTC+7 by
 * {@link VietnameseLunarCalendar}. For example Tết Nguyên đán 2026 is {@code LunarDate.of(2026,
 * 1, 1)}, which is 2026-02-17.
 *
 * <p>The year is the lunar year that begins at Tết, numbered like the Gregorian year in which
 * that Tết falls; month 12 of lunar 2025 therefore lies in January–February 2026. A leap month
 * (tháng nhuận) follows the ordinary month with the same number.
 *
 * <p>Only days that exist are accepted, and only in the supported range (Gregorian 1900-01-01
 * to 2200-12-31, so every lunar year 1900 to 2199 in full). The natural order is the order of
 * the days in time. This is an immutable, thread-safe value type.
 *
 * @param year the lunar year
 * @param month the month, 1 to 12
 * @param day the day of the month, 1 to 29 or 30
 * @param leapMonth whether the month is the leap month of that year
 */
public record LunarDate(int year, int month, int day, boolean leapMonth)
        implements Comparable<LunarDate>, Serializable {

    /**
     * Checks that the values name an existing day in the supported range.
     *
     * @throws InvalidLunarDateException saying why they do not
     */
    public LunarDate {
        if (month < 1 || month > 12) {
            throw new InvalidLunarDateException(year, month, day, leapMonth,
                    InvalidLunarDateException.Reason.MONTH_OUT_OF_RANGE);
        }
        if (day < 1 || day > 30) {
            throw new InvalidLunarDateException(year, month, day, leapMonth,
                    InvalidLunarDateException.Reason.DAY_OUT_OF_RANGE);
        }
        VietnameseLunarCalendar.check(year, month, day, leapMonth);
    }

    /**
     * A day of an ordinary (not leap) month.
     *
     * @param year the lunar year
     * @param month the month, 1 to 12
     * @param day the day, 1 to 30
     * @return the date
     * @throws InvalidLunarDateException if there is no such day
     */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /**
     * A day of the leap month (tháng nhuận) of a year.
     *
     * @param year the lunar year
     * @param month the number of the leap month
     * @param day the day, 1 to 30
     * @return the date
     * @throws InvalidLunarDateException if that year has no such leap month or day
     */
    public static LunarDate ofLeap(int year, int month, int day) {
        return new LunarDate(year, month, day, true);
    }

    /**
     * The Gregorian date of this day.
     *
     * @return the same day in the Gregorian calendar
     */
    public LocalDate toGregorian() {
        return VietnameseLunarCalendar.toGregorian(this);
    }

    /** Orders by the day in time (a leap month after the ordinary month of the same number). */
    @Override
    public int compareTo(LunarDate other) {
        return toGregorian().compareTo(other.toGregorian());
    }

    /** The date as {@code d/m/yyyy}, with " (nhuận)" after a leap month, e.g. {@code 10/3/2026}. */
    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year;
    }
}
