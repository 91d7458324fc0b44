package org.haicap.core.address;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The level of a unit part of an address (cấp của một thành phần địa chỉ): commune, district
 * (before 1 July 2025 only) or province.
 *
 * <p>Immutable and thread-safe.
 */
public enum AddressLevel implements Bilingual {
    /** Cấp xã: xã, phường, thị trấn, đặc khu. */
    COMMUNE("cấp xã", "commune level"),
    /** Cấp huyện: quận, huyện, thị xã, thành phố thuộc tỉnh (abolished on 1 July 2025). */
    DISTRICT("cấp huyện", "district level"),
    /** Cấp tỉnh: tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE("cấp tỉnh", "provincial level");

    private final LocalizedText label;

    AddressLevel(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
