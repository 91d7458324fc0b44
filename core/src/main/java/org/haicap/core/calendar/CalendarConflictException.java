package org.haicap.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.io.HaicapInputException;

/**
 * Thrown when a {@link WorkingDayCalendar.Builder} is told two different things about the same
 * day, for example that a date is both a day off and a make-up working day, or when two official
 * schedules list the same date. The message names the date and both kinds, in Vietnamese and
 * English.
 */
public final class CalendarConflictException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final DayKind first;
    private final DayKind second;

    /**
     * Creates the exception.
     *
     * @param date the day given twice
     * @param first what it was first declared as
     * @param second what it was then declared as
     */
    public CalendarConflictException(LocalDate date, DayKind first, DayKind second) {
        super("ngày " + Objects.requireNonNull(date, "date") + " được khai báo hai lần: " + first + " và " + second
, "day " + date + " declared twice: " + first + " and " + second);
        this.date = date;
        this.first = first;
        this.second = second;
    }

    /** The day given twice. */
    public LocalDate date() {
        return date;
    }

    /** What the day was first declared as. */
    public DayKind first() {
        return first;
    }

    /** What the day was then declared as. */
    public DayKind second() {
        return second;
    }
}
