package org.haicap.core.party;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.haicap.core.money.Vnd;

/**
 * The regional monthly minimum wages (mức lương tối thiểu tháng theo vùng), dated: each entry
 * gives the wages of the four regions from a date until the next entry.
 *
 * <p>{@link #defaults()} holds NĐ 293/2025/NĐ-CP from 01/01/2026: Vùng I 5,310,000 đ; II
 * 4,730,000 đ; III 4,140,000 đ; IV 3,700,000 đ. These figures come from one public source [P]:
 * check them, and add later decrees with {@link #with(LocalDate, Map)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MinimumWageTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final MinimumWageTable DEFAULTS = new MinimumWageTable(new TreeMap<>())
            .with(LocalDate.of(2026, 1, 1), Map.of(
                    WageRegion.I, Vnd.of(5_310_000), WageRegion.II, Vnd.of(4_730_000),
                    WageRegion.III, Vnd.of(4_140_000), WageRegion.IV, Vnd.of(3_700_000)));

    private final NavigableMap<LocalDate, Map<WageRegion, Vnd>> entries;

    private MinimumWageTable(NavigableMap<LocalDate, Map<WageRegion, Vnd>> entries) {
        this.entries = entries;
    }

    /** NĐ 293/2025/NĐ-CP from 01/01/2026 [P]. */
    public static MinimumWageTable defaults() {
        return DEFAULTS;
    }

    /** A table with no entries. */
    public static MinimumWageTable empty() {
        return new MinimumWageTable(new TreeMap<>());
    }

    /**
     * This table with the wages in force from {@code effectiveFrom}, replacing an entry of the
     * same date.
     *
     * @throws InvalidPartyDataException if a value is missing, a region has no wage, or a wage is
     *     not positive
     */
    public MinimumWageTable with(LocalDate effectiveFrom, Map<WageRegion, Vnd> wages) {
        PartyChecks.present("effectiveFrom", effectiveFrom);
        PartyChecks.present("wages", wages);
        EnumMap<WageRegion, Vnd> copy = new EnumMap<>(WageRegion.class);
        for (WageRegion r : WageRegion.values()) {
            Vnd v = wages.get(r);
            if (v == null || !v.isPositive()) {
                throw new InvalidPartyDataException("wages." + r.name(), String.valueOf(v),
                        "mỗi vùng phải có mức lương tối thiểu dương", "every region needs a positive minimum wage");
            }
            copy.put(r, v);
        }
        TreeMap<LocalDate, Map<WageRegion, Vnd>> next = new TreeMap<>(entries);
        next.put(effectiveFrom, Collections.unmodifiableMap(copy));
        return new MinimumWageTable(next);
    }

    /** The monthly minimum wage of {@code region} in force on {@code date}, if the table covers it. */
    public Optional<Vnd> wage(WageRegion region, LocalDate date) {
        Map.Entry<LocalDate, Map<WageRegion, Vnd>> e = entries.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue().get(region));
    }

    /** The dates from which entries apply, in order. */
    public java.util.List<LocalDate> effectiveDates() {
        return java.util.List.copyOf(entries.keySet());
    }

    /** Writes the entries only; reading them back re-runs the checks. */
    private Object writeReplace() {
        return new Form(new TreeMap<>(entries));
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("MinimumWageTable is read through its serial form");
    }

    /** The serial form: the dated entries. */
    private record Form(TreeMap<LocalDate, Map<WageRegion, Vnd>> entries) implements Serializable {
        private Object readResolve() throws java.io.ObjectStreamException {
            try {
                MinimumWageTable t = empty();
                for (Map.Entry<LocalDate, Map<WageRegion, Vnd>> e : entries.entrySet()) {
                    t = t.with(e.getKey(), e.getValue());
                }
                return t;
            } catch (RuntimeException e) {
                java.io.InvalidObjectException x = new java.io.InvalidObjectException(e.getMessage());
                x.initCause(e);
                throw x;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinimumWageTable t && t.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "MinimumWageTable" + entries;
    }
}
