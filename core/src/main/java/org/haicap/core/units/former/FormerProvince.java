package org.haicap.core.units.former;

import java.io.Serializable;
import java.util.Objects;
import org.haicap.core.units.ProvinceType;

/**
 * A provincial-level unit as of 30 June 2025 (one of 63).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the 2-digit code, e.g. {@code "01"}
 * @param name the official full name, e.g. {@code "Thành phố Hà Nội"}
 * @param shortName the name without its type prefix, e.g. {@code "Hà Nội"}
 * @param type centrally-run city or province
 */
public record FormerProvince(String code, String name, String shortName, ProvinceType type) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     * @throws FormerCodeException if the code is not 2 digits
     */
    public FormerProvince {
        FormerCodeException.check(FormerName.Level.PROVINCE, code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
