package org.haicap.core.address;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Something the parser changed or assumed while reading an address (cảnh báo khi phân tích địa
 * chỉ). A warning never hides a guess: it tells the caller what was normalised or inferred.
 *
 * <p>Immutable and thread-safe.
 */
public enum AddressWarning implements Bilingual {
    /** The input was not in Unicode NFC form and was normalised first; spans refer to the NFC text. */
    UNICODE_NORMALISED("đã chuẩn hóa Unicode (NFC)", "Unicode normalised (NFC)"),
    /** A name had its tone mark placed the other way ({@code Hoà}) and was rewritten ({@code Hòa}). */
    TONE_MARKS_NORMALISED("đã chuẩn hóa vị trí dấu thanh", "tone marks normalised"),
    /** A name had a typographic apostrophe ({@code ’}) and was rewritten with {@code '}. */
    APOSTROPHE_NORMALISED("đã chuẩn hóa dấu nháy", "apostrophe normalised"),
    /** A unit part had no type prefix; its level was inferred from its position or its name. */
    TYPE_PREFIX_INFERRED("đã suy ra loại đơn vị (không có tiền tố)", "type prefix inferred"),
    /** A province was written by an alias ({@code TP HCM}, {@code HN}) and replaced by its name. */
    PROVINCE_ALIAS("đã thay tên viết tắt của tỉnh bằng tên chính thức", "province alias replaced by its name"),
    /** An ordinal unit was written with leading zeros ({@code P.05}) and normalised ({@code 5}). */
    NUMBER_NORMALISED("đã chuẩn hóa số thứ tự của đơn vị", "unit number normalised"),
    /** The province part names no province the parser knows (current or pre-2025). */
    PROVINCE_NOT_RECOGNISED("không nhận ra tên tỉnh", "province not recognised"),
    /** The last part named the country ({@code Việt Nam}, {@code VN}); it is not a unit and was left out. */
    COUNTRY_IGNORED("đã bỏ qua tên quốc gia", "country name left out"),
    /** Text after the province (or a part without prefix that fits no level) was not read as a unit. */
    TEXT_NOT_READ("có phần văn bản không đọc được thành đơn vị", "some text was not read as a unit");

    private final LocalizedText label;

    AddressWarning(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
