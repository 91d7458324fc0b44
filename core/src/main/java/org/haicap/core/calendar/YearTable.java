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

    /**
     * The 0-based day of year of the {@code n}-th working day after day {@code from} ({@code -1}
     * to count from the first day), {@code n >= 1}; if the year ends first, minus the number of
     * working days still to find.
     */
    int nthWorkingAfter(int from, int n, int daysInYear) {
        int left = n;
        int i = from + 1;
        while (i < daysInYear) {
            int word = i >>> 6;
            long bits = working[word] & (-1L << (i & 63));
            int c = Long.bitCount(bits);
            if (c >= left) {
                for (int k = 1; k < left; k++) {
                    bits &= bits - 1;
                }
                int day = (word << 6) + Long.numberOfTrailingZeros(bits);
                return day < daysInYear ? day : -left;
            }
            left -= c;
            i = (word + 1) << 6;
        }
        return -left;
    }

    CalendarDay special(LocalDate date) {
        return special.get(date);
    }

    List<CalendarDay> specialDays() {
        return Collections.unmodifiableList(new ArrayList<>(special.values()));
    }
}
