package org.haicap.reporting;

import java.time.LocalDate;

/**
 * The reporting period (kỳ báo cáo): a closed range of days, both ends included. Renderers
 * print it the Vietnamese way: {@code 1 - 13/7/2025} within a month, {@code 28/6 - 3/7/2025}
 * across months, full dates across years.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record Period(LocalDate start, LocalDate end) {

    /** Checks that the period does not end before it starts. */
    public Period {
        Checks.present("Period.start", start);
        Checks.present("Period.end", end);
        if (end.isBefore(start)) {
            throw new InvalidReportException(InvalidReportException.Reason.PERIOD_REVERSED, "Period", start + ".." + end);
        }
    }

    /** The period from {@code start} to {@code end}, both included. */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** A period of one day. */
    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** Whether {@code date} lies within the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
