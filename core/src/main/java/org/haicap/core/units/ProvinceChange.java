package org.haicap.core.units;

import java.util.Objects;

/**
 * A province's type and/or short name change (thay đổi loại hình, tên của tỉnh), e.g. Quảng
 * Ninh (22) from {@link ProvinceType#PROVINCE} to {@link ProvinceType#CENTRAL_CITY} by Nghị
 * quyết 36/2026/QH16. The code is unchanged.
 *
 * <p>Each pair is either both null (that attribute is not changed) or both set, and then the
 * "from" value must be the one in force the day before the amendment takes effect and differ
 * from the "to" value; {@link CatalogueAmendments} checks that against the catalogue.
 * Immutable and thread-safe.
 *
 * @param provinceCode the province
 * @param fromType the type before, or null when the type does not change
 * @param toType the type from the effective date, or null when the type does not change
 * @param fromName the short name before, or null when the name does not change
 * @param toName the short name from the effective date, or null when the name does not change
 */
public record ProvinceChange(ProvinceCode provinceCode, ProvinceType fromType, ProvinceType toType,
                             String fromName, String toName) implements AmendmentChange {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException if a pair is half set, a "to" equals its "from", a name
     *     is blank, or nothing changes
     */
    public ProvinceChange {
        Objects.requireNonNull(provinceCode, "provinceCode");
        UnitChange.checkPairs(provinceCode.value(), fromType, toType, fromName, toName);
    }

    /** A type change only. */
    public static ProvinceChange type(ProvinceCode code, ProvinceType from, ProvinceType to) {
        return new ProvinceChange(code, from, to, null, null);
    }

    @Override
    public String code() {
        return provinceCode.value();
    }

    @Override
    public boolean changesType() {
        return toType != null;
    }

    @Override
    public boolean changesName() {
        return toName != null;
    }
}
