package org.haicap.core.address;

import java.util.Objects;
import java.util.Optional;

/**
 * One unit part of a parsed address (thành phần đơn vị của địa chỉ): {@code phường Quán Thánh},
 * {@code Q3}, {@code TP HCM}.
 *
 * @param level the level of the part (commune, district, province)
 * @param type the type, normalised; empty when the part had no prefix and the type cannot be told
 *     (an unprefixed {@code Ba Đình} may be a quận or a huyện)
 * @param typeAsWritten the prefix exactly as written ({@code P.}, {@code quan}, {@code TP}); empty
 *     when there was none and the level was inferred
 * @param nameAsWritten the name exactly as written (NFC), without the prefix
 * @param name the name normalised: NFC, spaces collapsed, the traditional tone-mark placement
 *     ({@code Hòa}, {@code Thụy}), the apostrophe {@code '}, numbers without leading zeros
 *     ({@code 05} → {@code 5}), and a province alias replaced by the province's short name
 *     ({@code HCM} → {@code Hồ Chí Minh}); case is kept as written
 * @param folded {@link org.haicap.core.text.VietnameseText#fold(String)} of {@code name}: no
 *     diacritics, lower case, for matching
 * @param start where the part (prefix included) starts in {@link ParsedAddress#input()}
 * @param end where the part ends (exclusive) in {@link ParsedAddress#input()}
 */
public record UnitPart(AddressLevel level, Optional<AddressUnitType> type, String typeAsWritten,
        String nameAsWritten, String name, String folded, int start, int end) {

    /**
     * Checks the part.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the span is not {@code 0 <= start < end}, the name is
     *     blank, or the type is of another level
     */
    public UnitPart {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeAsWritten, "typeAsWritten");
        Objects.requireNonNull(nameAsWritten, "nameAsWritten");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folded, "folded");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("khoảng không hợp lệ " + start + ".." + end
                    + " / invalid span " + start + ".." + end);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("tên đơn vị trống / the unit name is blank");
        }
        if (type.isPresent() && type.get().level() != level) {
            throw new IllegalArgumentException("loại " + type.get().vietnamese() + " không thuộc "
                    + level.vietnamese() + " / type " + type.get().english() + " is not of the "
                    + level.english());
        }
    }

    /** Whether the part had no prefix and its level was inferred. */
    public boolean typeInferred() {
        return typeAsWritten.isEmpty();
    }

    /** Whether the name is a number ({@code Phường 5}, {@code Quận 3}). */
    public boolean ordinal() {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
