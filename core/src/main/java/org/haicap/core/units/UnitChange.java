package org.haicap.core.units;

import java.util.Objects;

/**
 * A commune-level unit's type and/or short name change (thay đổi loại hình, tên của đơn vị cấp
 * xã), e.g. 07294 Bố Hạ from {@link UnitType#XA} to {@link UnitType#PHUONG} by Nghị quyết
 * 388/NQ-UBTVQH16. The code and the province are unchanged.
 *
 * <p>Each pair is either both null (that attribute is not changed) or both set, and then the
 * "from" value must be the one in force the day before the amendment takes effect and differ
 * from the "to" value; {@link CatalogueAmendments} checks that against the catalogue.
 * Immutable and thread-safe.
 *
 * @param unitCode the unit
 * @param fromType the type before, or null when the type does not change
 * @param toType the type from the effective date, or null when the type does not change
 * @param fromName the short name before, or null when the name does not change
 * @param toName the short name from the effective date, or null when the name does not change
 */
public record UnitChange(UnitCode unitCode, UnitType fromType, UnitType toType, String fromName,
                         String toName) implements AmendmentChange {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException if a pair is half set, a "to" equals its "from", a name
     *     is blank, or nothing changes
     */
    public UnitChange {
        Objects.requireNonNull(unitCode, "unitCode");
        checkPairs(unitCode.value(), fromType, toType, fromName, toName);
    }

    /** A type change only. */
    public static UnitChange type(UnitCode code, UnitType from, UnitType to) {
        return new UnitChange(code, from, to, null, null);
    }

    @Override
    public String code() {
        return unitCode.value();
    }

    @Override
    public boolean changesType() {
        return toType != null;
    }

    @Override
    public boolean changesName() {
        return toName != null;
    }

    static void checkPairs(String code, Object fromType, Object toType, String fromName, String toName) {
        if ((fromType == null) != (toType == null)) {
            throw new IllegalArgumentException("thay đổi loại hình của " + code + " cần cả \"from\" và \"to\""
                    + " / the type change of " + code + " needs both \"from\" and \"to\"");
        }
        if ((fromName == null) != (toName == null)) {
            throw new IllegalArgumentException("thay đổi tên của " + code + " cần cả \"from\" và \"to\""
                    + " / the name change of " + code + " needs both \"from\" and \"to\"");
        }
        if (toType == null && toName == null) {
            throw new IllegalArgumentException("thay đổi của " + code + " không đổi gì"
                    + " / the change of " + code + " changes nothing");
        }
        if (toType != null && toType.equals(fromType)) {
            throw new IllegalArgumentException("loại hình mới của " + code + " trùng loại hình cũ " + toType
                    + " / the new type of " + code + " is the type it already has: " + toType);
        }
        if (toName != null) {
            if (fromName.isBlank() || toName.isBlank()) {
                throw new IllegalArgumentException("tên trống trong thay đổi của " + code
                        + " / blank name in the change of " + code);
            }
            if (toName.equals(fromName)) {
                throw new IllegalArgumentException("tên mới của " + code + " trùng tên cũ \"" + toName
                        + "\" / the new name of " + code + " is the name it already has: \"" + toName + "\"");
            }
        }
    }
}
