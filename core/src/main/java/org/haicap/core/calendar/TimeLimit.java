package org.haicap.core.calendar;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limit of an administrative procedure (thời hạn giải quyết), such as "07 ngày làm
 * việc" or same-day with a 15:00 cut-off (after 15:00 the result is due the next working day).
 *
 * <p>A due date follows from a time limit, the moment a dossier was received and a
 * {@code WorkingDayCalendar}. This is an immutable, thread-safe value type.
 *
 * @param amount how many units; 0 only with {@link Unit#SAME_DAY}
 * @param unit the unit of {@code amount}
 * @param cutoff the time of day after which receipt counts as the next working day, if any
 */
public record TimeLimit(int amount, Unit unit, Optional<LocalTime> cutoff) implements Serializable {

    /** The unit of a time limit. */
    public enum Unit {
        /** Working days (ngày làm việc): weekends, holidays and days off do not count. */
        WORKING_DAY,
        /** Calendar days (ngày). */
        DAY,
        /** Working hours (giờ làm việc), counted within working days. */
        HOUR,
        /** The same working day (trong ngày); {@code amount} is 0. */
        SAME_DAY
    }

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the amount is negative, or not 0 for a same-day limit,
     *     or 0 for any other unit
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(cutoff, "cutoff");
        if (unit == Unit.SAME_DAY ? amount != 0 : amount <= 0) {
            throw new IllegalArgumentException("thời hạn không hợp lệ: " + amount + " " + unit
                    + " / invalid time limit: " + amount + " " + unit
                    + (unit == Unit.SAME_DAY ? " (a same-day limit has amount 0)" : " (amount must be positive)"));
        }
    }

    /** A limit of {@code n} working days, without a cut-off. */
    public static TimeLimit workingDays(int n) {
        return new TimeLimit(n, Unit.WORKING_DAY, Optional.empty());
    }

    /** A limit of {@code n} calendar days, without a cut-off. */
    public static TimeLimit days(int n) {
        return new TimeLimit(n, Unit.DAY, Optional.empty());
    }

    /** A limit of {@code n} working hours, without a cut-off. */
    public static TimeLimit workingHours(int n) {
        return new TimeLimit(n, Unit.HOUR, Optional.empty());
    }

    /** A same-day limit with the given cut-off, such as 15:00. */
    public static TimeLimit sameDay(LocalTime cutoff) {
        return new TimeLimit(0, Unit.SAME_DAY, Optional.of(cutoff));
    }

    /** This limit with a cut-off time. */
    public TimeLimit withCutoff(LocalTime time) {
        return new TimeLimit(amount, unit, Optional.of(time));
    }

    // Optional is not serializable: serialise through a proxy that holds the cut-off directly.
    private Object writeReplace() {
        return new SerialForm(amount, unit, cutoff.orElse(null));
    }

    private record SerialForm(int amount, Unit unit, LocalTime cutoff) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new TimeLimit(amount, unit, Optional.ofNullable(cutoff));
        }
    }
}
