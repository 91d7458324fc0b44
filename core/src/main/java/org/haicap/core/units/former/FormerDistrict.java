package org.haicap.core.units.former;

import java.io.Serializable;
import java.util.Objects;

/**
 * A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) as of 30 June 2025.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the 3-digit code, e.g. {@code "001"}
 * @param name the official full name, e.g. {@code "Quận Ba Đình"}
 * @param shortName the name without its type prefix, e.g. {@code "Ba Đình"}
 * @param type the district type
 * @param provinceCode the 2-digit code of its province (the parent link)
 */
public record FormerDistrict(String code, String name, String shortName, DistrictType type, String provinceCode)
        implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     * @throws FormerCodeException if a code is malformed
     */
    public FormerDistrict {
        FormerCodeException.check(FormerName.Level.DISTRICT, code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(type, "type");
        FormerCodeException.check(FormerName.Level.PROVINCE, provinceCode);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
