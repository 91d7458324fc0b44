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

    CalendarDay special(LocalDate date) {
        return special.get(date);
    }

    List<CalendarDay> specialDays() {
        return Collections.unmodifiableList(new ArrayList<>(special.values()));
    }
}
