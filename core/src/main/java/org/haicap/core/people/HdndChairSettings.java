package org.haicap.core.people;

import java.io.Serializable;
import java.util.Map;
import org.haicap.core.units.UnitCode;

/**
 * Which {@link HdndChairArrangement} each commune follows: a default for the locality and
 * exceptions per unit. This is an immutable, thread-safe value type.
 *
 * @param defaultArrangement the arrangement of units without their own entry
 * @param byUnit the arrangement of individual units (copied, unmodifiable)
 */
public record HdndChairSettings(HdndChairArrangement defaultArrangement, Map<UnitCode, HdndChairArrangement> byUnit)
        implements Serializable {

    /**
     * Checks and copies the values.
     *
     * @throws InvalidPeopleDataException if a value, key or entry is missing
     */
    public HdndChairSettings {
        Checks.present("defaultArrangement", defaultArrangement);
        Checks.present("byUnit", byUnit);
        try {
            byUnit = Map.copyOf(byUnit);
        } catch (NullPointerException e) {
            throw new InvalidPeopleDataException("byUnit", "null", "khóa hoặc giá trị bị thiếu",
                    "a key or value is missing");
        }
    }

    /** The same arrangement for every unit. */
    public static HdndChairSettings uniform(HdndChairArrangement arrangement) {
        return new HdndChairSettings(arrangement, Map.of());
    }

    /** These settings with {@code unit} following {@code arrangement}. */
    public HdndChairSettings with(UnitCode unit, HdndChairArrangement arrangement) {
        Checks.present("unit", unit);
        Checks.present("arrangement", arrangement);
        java.util.HashMap<UnitCode, HdndChairArrangement> m = new java.util.HashMap<>(byUnit);
        m.put(unit, arrangement);
        return new HdndChairSettings(defaultArrangement, m);
    }

    /** The arrangement {@code unit} follows. */
    public HdndChairArrangement arrangementFor(UnitCode unit) {
        return byUnit.getOrDefault(unit, defaultArrangement);
    }
}
