package org.haicap.core.units.former;

import java.io.Serializable;
import java.util.Objects;

/**
 * A commune-level unit (xã, phường, thị trấn) as of 30 June 2025.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the 5-digit code, e.g. {@code "00013"}; pre-2025 codes share the 5-digit space
 *     with the codes of 1 July 2025 and many were reused for another unit
 * @param name the official full name, e.g. {@code "Phường Quán Thánh"}
 * @param shortName the name without its type prefix, e.g. {@code "Quán Thánh"}
 * @param type the commune type
 * @param districtCode the 3-digit code of its district (the parent link)
 * @param provinceCode the 2-digit code of its province
 * @param notes where the sources disagree, or a type that disagrees with the name prefix; empty
 *     when none
 */
public record FormerCommune(String code, String name, String shortName, CommuneType type, String districtCode,
        String provinceCode, String notes) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     * @throws FormerCodeException if a code is malformed
     */
    public FormerCommune {
        FormerCodeException.check(FormerName.Level.COMMUNE, code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(type, "type");
        FormerCodeException.check(FormerName.Level.DISTRICT, districtCode);
        FormerCodeException.check(FormerName.Level.PROVINCE, provinceCode);
        Objects.requireNonNull(notes, "notes");
    }

    /** Whether {@link #notes()} is not empty. */
    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
