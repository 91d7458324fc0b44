package org.haicap.core.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The type a unit has from a date on (loại hình có hiệu lực từ ngày), one entry of a unit's
 * or province's dated type history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> {@link UnitType} or {@link ProvinceType}
 * @param effectiveFrom the first day the type applies
 * @param type the type from that day on, until the next change
 */
public record TypeChange<T extends Enum<T>>(LocalDate effectiveFrom, T type) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     */
    public TypeChange {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The type in force on {@code date} according to {@code history}.
     *
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    static <T extends Enum<T>> T asOf(List<TypeChange<T>> history, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            throw new BeforeReformException(date);
        }
        T current = history.get(0).type();
        for (TypeChange<T> c : history) {
            if (c.effectiveFrom().isAfter(date)) {
                break;
            }
            current = c.type();
        }
        return current;
    }

    /** Checks that a history starts on 1 July 2025 and is strictly ordered by date. */
    static <T extends Enum<T>> List<TypeChange<T>> checkHistory(List<TypeChange<T>> history) {
        List<TypeChange<T>> copy = List.copyOf(history);
        if (copy.isEmpty() || !copy.get(0).effectiveFrom().equals(UnitCatalog.EFFECTIVE_FROM)) {
            throw new IllegalArgumentException("lịch sử loại hình phải bắt đầu ngày 2025-07-01"
                    + " / a type history must start on 2025-07-01: " + copy);
        }
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i).effectiveFrom().isAfter(copy.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("lịch sử loại hình phải theo thứ tự ngày tăng dần"
                        + " / a type history must be in increasing date order: " + copy);
            }
        }
        return copy;
    }
}
