package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarProperties {

    private static final WorkingDayCalendar STATUTORY = WorkingDayCalendar.statutory();
    private static final WorkingDayCalendar SUNDAY_ONLY =
            WorkingDayCalendar.builder().weeklyRestDays(DayOfWeek.SUNDAY).build();

    // 1903-01-01 .. 2198-12-31 as epoch days, far enough from the ends for +-1000 working days.
    private static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    @Property(tries = 300)
    void addingWorkingDaysLandsOnAWorkingDay(@ForAll @IntRange(min = -24472, max = 83640) int epochDay,
            @ForAll @IntRange(min = 1, max = 400) int n, @ForAll boolean saturdays) {
        WorkingDayCalendar c = saturdays ? SUNDAY_ONLY : STATUTORY;
        assertTrue(c.isWorkingDay(c.addWorkingDays(day(epochDay), n)));
        assertTrue(c.isWorkingDay(c.addWorkingDays(day(epochDay), -n)));
    }

    @Property(tries = 500)
    void addingWorkingDaysEqualsWalkingDayByDay(@ForAll @IntRange(min = -24472, max = 83640) int epochDay,
            @ForAll @IntRange(min = 1, max = 400) int n, @ForAll boolean saturdays) {
        WorkingDayCalendar c = saturdays ? SUNDAY_ONLY : STATUTORY;
        LocalDate d = day(epochDay);
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (c.isWorkingDay(d)) {
                left--;
            }
        }
        assertEquals(d, c.addWorkingDays(day(epochDay), n));
    }

    @Property(tries = 100)
    void addingWorkingDaysAcrossNewYearEqualsWalking(@ForAll @IntRange(min = 1901, max = 2198) int year,
            @ForAll @IntRange(min = 0, max = 20) int daysBeforeEnd, @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate start = LocalDate.of(year, 12, 31).minusDays(daysBeforeEnd);
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (STATUTORY.isWorkingDay(d)) {
                left--;
            }
        }
        assertEquals(d, STATUTORY.addWorkingDays(start, n));
    }

    @Property(tries = 300)
    void dueDateInWorkingDaysIsTheSameWithAStopThatDoesNotOverlap(
            @ForAll @IntRange(min = 0, max = 365 * 20) int offset, @ForAll @IntRange(min = 0, max = 1439) int minute,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDateTime received = LocalDate.of(2015, 1, 1).plusDays(offset).atTime(LocalTime.ofSecondOfDay(minute * 60L));
        SuspendedPeriod past = new SuspendedPeriod(LocalDate.of(1901, 3, 1), LocalDate.of(1901, 3, 9));
        assertEquals(STATUTORY.dueDate(received, TimeLimit.workingDays(n), java.util.List.of(past)),
                STATUTORY.dueDate(received, TimeLimit.workingDays(n)));
    }

    @Property(tries = 300)
    void workingDaysBetweenUndoesAddWorkingDays(@ForAll @IntRange(min = -24472, max = 83640) int epochDay,
            @ForAll @IntRange(min = 0, max = 400) int n) {
        LocalDate d = day(epochDay);
        assertEquals(n, STATUTORY.workingDaysBetween(d, STATUTORY.addWorkingDays(d, n)));
    }

    @Property(tries = 300)
    void subtractingUndoesAddingFromAWorkingDay(@ForAll @IntRange(min = -24472, max = 83640) int epochDay,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate d = day(epochDay);
        Assume.that(STATUTORY.isWorkingDay(d));
        assertEquals(d, STATUTORY.addWorkingDays(STATUTORY.addWorkingDays(d, n), -n));
    }

    @Property(tries = 300)
    void workingDaysBetweenIsAntisymmetricAndAdditive(@ForAll @IntRange(min = 0, max = 3000) int a,
            @ForAll @IntRange(min = 0, max = 3000) int b, @ForAll @IntRange(min = 0, max = 3000) int m) {
        LocalDate base = LocalDate.of(2020, 1, 1);
        LocalDate x = base.plusDays(a);
        LocalDate y = base.plusDays(b);
        LocalDate z = base.plusDays(m);
        assertEquals(-STATUTORY.workingDaysBetween(x, y), STATUTORY.workingDaysBetween(y, x));
        assertEquals(STATUTORY.workingDaysBetween(x, z),
                STATUTORY.workingDaysBetween(x, y) + STATUTORY.workingDaysBetween(y, z));
    }

    @Property(tries = 300)
    void workingDaysBetweenCountsWorkingDaysOneByOne(@ForAll @IntRange(min = -25567, max = 83569) int epochDay,
            @ForAll @IntRange(min = 0, max = 800) int span) {
        LocalDate from = day(epochDay);
        LocalDate to = from.plusDays(span);
        int naive = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            naive += SUNDAY_ONLY.isWorkingDay(d) ? 1 : 0;
        }
        assertEquals(naive, SUNDAY_ONLY.workingDaysBetween(from, to));
    }

    @Property
    void everyYearHasElevenStatutoryHolidaysAndNoneIsAWorkingDay(@ForAll @IntRange(min = 1900, max = 2200) int year) {
        assertEquals(11, STATUTORY.statutoryHolidays(year).size());
        for (CalendarDay h : STATUTORY.statutoryHolidays(year)) {
            assertFalse(STATUTORY.isWorkingDay(h.date()), h.toString());
        }
    }

    @Provide
    Arbitrary<TimeLimit> limits() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(TimeLimit::workingDays),
                Arbitraries.integers().between(1, 60).map(TimeLimit::days),
                Arbitraries.integers().between(1, 100).map(TimeLimit::workingHours),
                Arbitraries.of(LocalTime.of(15, 0), LocalTime.of(11, 0)).map(TimeLimit::sameDay),
                Arbitraries.integers().between(1, 20).map(n -> TimeLimit.workingDays(n).withCutoff(LocalTime.of(15, 0))));
    }

    @Property(tries = 300)
    void aDueDateIsAfterReceiptOnAWorkingDayWithinOfficeHours(
            @ForAll @IntRange(min = 18262, max = 21914) int epochDay,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minuteOfDay, @ForAll("limits") TimeLimit limit) {
        LocalDateTime received = day(epochDay).atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
        LocalDateTime due = STATUTORY.dueDate(received, limit);
        assertTrue(due.isAfter(received), due + " after " + received);
        assertTrue(STATUTORY.isWorkingDay(due.toLocalDate()));
        LocalTime t = due.toLocalTime();
        assertTrue(!t.isBefore(LocalTime.of(8, 0)) && !t.isAfter(LocalTime.of(17, 0)), t.toString());
        LocalDate day0 = STATUTORY.receiptDay(received, limit);
        if (limit.unit() == TimeLimit.Unit.WORKING_DAY) {
            assertEquals(limit.amount(), STATUTORY.workingDaysBetween(day0, due.toLocalDate()));
        }
        assertFalse(day0.isBefore(received.toLocalDate()));
        assertTrue(STATUTORY.isWorkingDay(day0));
    }

    @Property(tries = 200)
    void suspensionNeverMakesADossierDueEarlier(@ForAll @IntRange(min = 18262, max = 21914) int epochDay,
            @ForAll("limits") TimeLimit limit, @ForAll @IntRange(min = 0, max = 30) int from,
            @ForAll @IntRange(min = 0, max = 10) int length) {
        LocalDateTime received = day(epochDay).atTime(9, 0);
        SuspendedPeriod p = new SuspendedPeriod(day(epochDay + from), day(epochDay + from + length));
        LocalDateTime plain = STATUTORY.dueDate(received, limit);
        LocalDateTime suspended = STATUTORY.dueDate(received, limit, java.util.List.of(p));
        assertFalse(suspended.isBefore(plain));
        assertFalse(p.contains(suspended.toLocalDate()));
    }
}
