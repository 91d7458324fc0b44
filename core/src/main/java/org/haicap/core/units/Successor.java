package org.haicap.core.units;

import java.io.Serializable;
import java.util.Objects;

/**
 * A new unit that took over all or part of a former (pre-2025) unit (đơn vị kế thừa): one
 * answer of an old-to-new conversion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the new unit
 * @param former the former unit as listed under the new one, with its share and original note
 */
public record Successor(AdminUnit unit, FormerUnit former) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     */
    public Successor {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(former, "former");
    }

    /** Whether all or part of the former unit went to {@link #unit()}. */
    public MergeShare share() {
        return former.share();
    }

    @Override
    public String toString() {
        return former.name() + " → " + unit.code() + " " + unit.name() + " (" + share() + ")";
    }
}
