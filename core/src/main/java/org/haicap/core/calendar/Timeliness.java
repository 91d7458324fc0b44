package org.haicap.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The reporting buckets of dossier timeliness (DOMAIN.md §4.3): for a finished dossier
 * {@link #EARLY}, {@link #ON_TIME} or {@link #LATE}; for one still open on a given day
 * {@link #WITHIN_DEADLINE} or {@link #OVERDUE}. Comparison is by calendar date: pass the date of
 * the due moment from {@link WorkingDayCalendar#dueDate}.
 *
 * <p>Which due date to compare with when the deadline was extended by an apology (Form 04) is
 * not settled in the sources ([U]); the classifier compares with whatever date it is given,
 * and the dossier remains late against the original due date.
 */
public enum Timeliness implements Bilingual {
    /** Finished before the due date (trả kết quả trước hạn). */
    EARLY("trước hạn", "early"),
    /** Finished on the due date (đúng hạn). */
    ON_TIME("đúng hạn", "on time"),
    /** Finished after the due date (trễ hạn). */
    LATE("trễ hạn", "late"),
    /** Still open, due date not yet passed (đang xử lý còn hạn). */
    WITHIN_DEADLINE("đang xử lý còn hạn", "in progress, within deadline"),
    /** Still open after the due date (đang xử lý quá hạn). */
    OVERDUE("đang xử lý quá hạn", "in progress, overdue");

    private final LocalizedText label;

    Timeliness(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /**
     * Classifies a finished dossier: early if completed before the due date, on time if on it,
     * late if after it.
     *
     * @param dueDate the due date
     * @param completedOn the day the result was returned
     * @return {@link #EARLY}, {@link #ON_TIME} or {@link #LATE}
     */
    public static Timeliness ofFinished(LocalDate dueDate, LocalDate completedOn) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(completedOn, "completedOn");
        int c = completedOn.compareTo(dueDate);
        return c < 0 ? EARLY : c == 0 ? ON_TIME : LATE;
    }

    /**
     * Classifies a dossier still open on {@code asOf}: overdue once {@code asOf} is after the due
     * date, within deadline until then (the due date itself is within deadline).
     *
     * @param dueDate the due date
     * @param asOf the day of the report
     * @return {@link #WITHIN_DEADLINE} or {@link #OVERDUE}
     */
    public static Timeliness ofOpen(LocalDate dueDate, LocalDate asOf) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(asOf, "asOf");
        return asOf.isAfter(dueDate) ? OVERDUE : WITHIN_DEADLINE;
    }

    /** Whether this bucket is for finished dossiers. */
    public boolean isFinished() {
        return this == EARLY || this == ON_TIME || this == LATE;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
