package org.haicap.core.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whole days during which the clock of a dossier's time limit stands still, for example while
 * the citizen supplements the dossier (yêu cầu bổ sung) or pays (nghĩa vụ tài chính). Whether
 * such waiting suspends the time limit is not settled in the sources (DOMAIN.md §4.3, [U]), so
 * suspension is never applied implicitly: pass periods to
 * {@link WorkingDayCalendar#dueDate(java.time.LocalDateTime, TimeLimit, java.util.Collection)}
 * only if your process treats them so.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param first the first suspended day
 * @param last the last suspended day (inclusive), not before {@code first}
 */
public record SuspendedPeriod(LocalDate first, LocalDate last) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public SuspendedPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("khoảng tạm dừng không hợp lệ: " + first + " – " + last
                    + " (ngày cuối trước ngày đầu) / invalid suspended period " + first + " to " + last
                    + " (last day before first day)");
        }
    }

    /** Whether the day lies in this period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
