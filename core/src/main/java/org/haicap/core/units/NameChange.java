package org.haicap.core.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The short name a unit or province has from a date on (tên có hiệu lực từ ngày), one entry of
 * a dated name history. A rename by a catalogue amendment adds one; the code never changes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param effectiveFrom the first day the name applies
 * @param shortName the name without its type prefix from that day on, until the next change,
 *     e.g. {@code Ba Đình}
 */
public record NameChange(LocalDate effectiveFrom, String shortName) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the name is blank
     */
    public NameChange {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(shortName, "shortName");
        if (shortName.isBlank()) {
            throw new IllegalArgumentException("tên trống / blank name from " + effectiveFrom);
        }
    }

    /** The short name in force on {@code date}; {@code date} is on or after the first entry. */
    static String asOf(List<NameChange> history, String shortName, LocalDate date) {
        if (history.isEmpty()) {
            return shortName;
        }
        String current = history.get(0).shortName();
        for (int i = 1; i < history.size(); i++) {
            NameChange c = history.get(i);
            if (c.effectiveFrom().isAfter(date)) {
                break;
            }
            current = c.shortName();
        }
        return current;
    }

    /**
     * Checks a name history against the short name of 1 July 2025: empty gives the one-entry
     * history of that name; otherwise it must start on 1 July 2025 with that name, in strictly
     * increasing date order.
     */
    static List<NameChange> checkHistory(List<NameChange> history, String shortName) {
        if (history.isEmpty()) {
            // Stored empty: a unit never renamed (all of them when the catalogue loads) costs no
            // record of its own; the accessors give the one-entry history (see base).
            return List.of();
        }
        List<NameChange> copy = List.copyOf(history);
        NameChange first = copy.get(0);
        if (!first.effectiveFrom().equals(UnitCatalog.EFFECTIVE_FROM) || !first.shortName().equals(shortName)) {
            throw new IllegalArgumentException("lịch sử tên phải bắt đầu ngày 2025-07-01 với tên \"" + shortName
                    + "\" / a name history must start on 2025-07-01 with the name \"" + shortName + "\": " + copy);
        }
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i).effectiveFrom().isAfter(copy.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("lịch sử tên phải theo thứ tự ngày tăng dần"
                        + " / a name history must be in increasing date order: " + copy);
            }
        }
        return copy.size() == 1 ? List.of() : copy;
    }

    /** The history a record stores as {@code stored}: the one-entry base history when it is empty. */
    static List<NameChange> base(List<NameChange> stored, String shortName) {
        return stored.isEmpty() ? List.of(new NameChange(UnitCatalog.EFFECTIVE_FROM, shortName)) : stored;
    }
}
