package org.haicap.core.units;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A pre-2025 unit (đơn vị hành chính cũ) that went, wholly or in part, into a new unit, as
 * listed by the official conversion workbook "Bảng chuyển đổi ĐVHC mới - cũ".
 *
 * <p>A former unit split between several new units appears once under each of them. Most
 * entries are communes with a 5-digit code; a few have no code: the five whole districts that
 * became special zones (e.g. Huyện Côn Đảo → Đặc khu Côn Đảo) and one coastal area ("Khu vực
 * bãi bồi ven biển do huyện Kim Sơn quản lý").
 *
 * <p>Obtain instances from {@link UnitCatalog} or {@link AdminUnit#formerUnits()}. Immutable and
 * thread-safe.
 *
 * @param code the pre-2025 5-digit code, or the empty string when the workbook gives none; see
 *     {@link #unitCode()}
 * @param name the pre-2025 name as the workbook writes it, e.g. {@code Phường Quán Thánh}; for
 *     a whole district, which the workbook lists without a name, the district's name (e.g.
 *     {@code Huyện Côn Đảo})
 * @param share whether all or part of it went into the new unit
 * @param mergeNote the workbook's original note, e.g. {@code Nhập một phần diện tích}
 * @param districtName the pre-2025 district, e.g. {@code Quận Ba Đình}
 * @param districtCode the pre-2025 3-digit district code, e.g. {@code 001}
 * @param provinceName the pre-2025 province, e.g. {@code Tỉnh Bà Rịa - Vũng Tàu}
 * @param provinceCode the pre-2025 2-digit province code, e.g. {@code 77} (the old code space:
 *     not necessarily a province of the catalogue)
 * @param sourceNote a known problem of this entry in the official workbook (for the three
 *     workbook slips, where the code belongs to a neighbouring commune), or the empty string
 */
public record FormerUnit(String code, String name, MergeShare share, String mergeNote,
                         String districtName, String districtCode, String provinceName,
                         String provinceCode, String sourceNote) implements Serializable {

    private static final String WHOLE_DISTRICT_NOTE = "Sắp xếp toàn bộ huyện";

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     * @throws InvalidCodeException if {@code code} is neither empty nor 5 digits
     * @throws IllegalArgumentException if the name is blank
     */
    public FormerUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(mergeNote, "mergeNote");
        Objects.requireNonNull(districtName, "districtName");
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(provinceName, "provinceName");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(sourceNote, "sourceNote");
        if (!code.isEmpty() && !UnitCode.isWellFormed(code)) {
            throw new InvalidCodeException(InvalidCodeException.Kind.UNIT, code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("tên đơn vị cũ trống / blank former unit name");
        }
    }

    /** The pre-2025 code, empty when the workbook gives none. */
    public Optional<UnitCode> unitCode() {
        return code.isEmpty() ? Optional.empty() : Optional.of(new UnitCode(code));
    }

    /** Whether this entry is a whole former district (no commune code; it became a special zone). */
    public boolean isWholeDistrict() {
        return code.isEmpty() && mergeNote.startsWith(WHOLE_DISTRICT_NOTE);
    }

    /** Whether {@link #sourceNote()} is not empty: the official workbook has a known slip here. */
    public boolean hasSourceNote() {
        return !sourceNote.isEmpty();
    }

    @Override
    public String toString() {
        return (code.isEmpty() ? "" : code + " ") + name + " (" + districtName + ", " + provinceName
                + "; " + mergeNote + ")";
    }
}
