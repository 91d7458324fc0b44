package org.haicap.core.address;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The outcome of converting an address (kết quả chuyển đổi địa chỉ) by {@link AddressConverter}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ConversionStatus implements Bilingual {
    /** The address names a former commune that went, as a whole or in part, into exactly one new unit. */
    CONVERTED("đã chuyển đổi", "converted"),
    /**
     * More than one new unit may hold the address: the former commune was split, or the name
     * the input gives fits several former communes. Every candidate is listed; none is picked.
     */
    AMBIGUOUS("chưa xác định được một đơn vị", "ambiguous"),
    /** The address already names a unit of 1 July 2025 in its province, with no district part. */
    ALREADY_NEW("đã ở dạng mới", "already new"),
    /** No former commune and no new unit fits the address. */
    NOT_FOUND("không tìm thấy", "not found");

    private final LocalizedText label;

    ConversionStatus(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
