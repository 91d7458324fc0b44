package org.haicap.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.io.HaicapInputException;

/**
 * Thrown when a date lies outside the years this package can compute, 1900-01-01 to
 * 2200-12-31 (the lunar calendar, and so the lunar holidays, are computed for those years
 * only). The message says, in Vietnamese and English, which date was given and which range is
 * supported.
 */
public final class DateOutOfRangeException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param date the offending date
     */
    public DateOutOfRangeException(LocalDate date) {
        super("ngày " + Objects.requireNonNull(date, "date") + " nằm ngoài khoảng được hỗ trợ "
                + VietnameseLunarCalendar.MIN_DATE + " – " + VietnameseLunarCalendar.MAX_DATE
, "date " + date + " is outside the supported range "
                + VietnameseLunarCalendar.MIN_DATE + " to " + VietnameseLunarCalendar.MAX_DATE);
        this.date = date;
    }

    /** The offending date. */
    public LocalDate date() {
        return date;
    }

    /** The first supported date, 1900-01-01. */
    public LocalDate min() {
        return VietnameseLunarCalendar.MIN_DATE;
    }

    /** The last supported date, 2200-12-31. */
    public LocalDate max() {
        return VietnameseLunarCalendar.MAX_DATE;
    }
}
