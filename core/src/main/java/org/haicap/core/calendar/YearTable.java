package org.haicap.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;

/**
 * The working days of one Gregorian year as a bit set, with the special days that decided
 * them. Immutable once built, so safe to share between threads.
 */
final class YearTable {

    private final int year;
    private final long[] working;
    private final NavigableMap<LocalDate, CalendarDay> special;

    YearTable(int year, long[] working, NavigableMap<LocalDate, CalendarDay> special) {
        this.year = year;
        this.working = working;
        this.special = Collections.unmodifiableNavigableMap(special);
    }

    int year() {
        return year;
    }

    boolean isWorking(LocalDate date) {
        int i = date.getDayOfYear() - 1;
        return (working[i >>> 6] & (1L << (i & 63))) != 0;
    }

    /** The number of working days among the days of year {@code from} to {@code to}, 0-based, inclusive. */
    int countWorking(int from, int to) {
        int count = 0;
        int i = from;
        while (i <= to) {
            int word = i >>> 6;
            int lastInWord = Math.min(to, (word << 6) + 63);
            long mask = (-1L >>> (63 - (lastInWord & 63))) & (-1L << (i & 63));
            count += Long.bitCount(working[word] & mask);
            i = lastInWord + 1;
        }
        return count;
    }

    CalendarDay special(LocalDate date) {
        return special.get(date);
    }

    List<CalendarDay> specialDays() {
        return Collections.unmodifiableList(new ArrayList<>(special.values()));
    }
}
