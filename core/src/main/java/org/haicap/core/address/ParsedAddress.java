package org.haicap.core.address;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A free-text address split into its parts (địa chỉ đã phân tích) by {@link AddressParser}.
 *
 * @param input the address as read, in NFC form; the spans of the parts refer to this text
 * @param street the street part exactly as written ({@code Số 5 phố Quán Thánh}): everything
 *     before the first unit part, trailing commas and spaces removed; house numbers, ngõ, ngách,
 *     hẻm, thôn, xóm, ấp, tổ stay here; empty when there is none
 * @param commune the commune part (xã, phường, thị trấn, đặc khu), if any
 * @param district the district part (quận, huyện, thị xã, thành phố thuộc tỉnh), if any
 * @param province the province part, if any
 * @param form {@link AddressForm#OLD} when a district part is present, {@link AddressForm#NEW}
 *     when a commune or province part is present without one, {@link AddressForm#UNKNOWN} when
 *     there is no unit part
 * @param warnings what was normalised or inferred, each at most once, in a fixed order
 */
public record ParsedAddress(String input, String street, Optional<UnitPart> commune, Optional<UnitPart> district,
        Optional<UnitPart> province, AddressForm form, List<AddressWarning> warnings) {

    /**
     * Checks the components and copies the warnings.
     *
     * @throws NullPointerException if a component is null
     */
    public ParsedAddress {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(form, "form");
        warnings = List.copyOf(warnings);
    }

    /** The unit parts present, from the commune up. */
    public List<UnitPart> parts() {
        return java.util.stream.Stream.of(commune, district, province).flatMap(Optional::stream).toList();
    }

    /** Whether the parser reported the given warning. */
    public boolean has(AddressWarning warning) {
        return warnings.contains(warning);
    }
}
