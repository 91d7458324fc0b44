package org.haicap.core.units;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The type of a provincial-level unit (loại đơn vị hành chính cấp tỉnh). The type of a province
 * can change over time (Đồng Nai became a centrally-run city on 30 April 2026); ask
 * {@link Province#typeAsOf(java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProvinceType implements Bilingual {
    /** Thành phố trực thuộc trung ương: a centrally-run city. */
    CENTRAL_CITY("Thành phố trung ương", "Thành phố", "TP.", "centrally-run city"),
    /** Tỉnh: a province. */
    PROVINCE("Tỉnh", "Tỉnh", "T.", "province");

    private final LocalizedText label;
    private final String namePrefix;
    private final String abbreviation;

    ProvinceType(String vietnamese, String namePrefix, String abbreviation, String english) {
        this.label = LocalizedText.of(vietnamese, english);
        this.namePrefix = namePrefix;
        this.abbreviation = abbreviation;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The word that starts the official name, e.g. {@code Thành phố} in {@code Thành phố Hà Nội}. */
    public String namePrefix() {
        return namePrefix;
    }

    /** The usual abbreviation, {@code TP.} or {@code T.}. */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * The type with the given Vietnamese label.
     *
     * @param label {@code Thành phố trung ương} or {@code Tỉnh}, exactly (NFC)
     * @return the type
     * @throws IllegalArgumentException if no type has that label
     */
    public static ProvinceType fromVietnamese(String label) {
        for (ProvinceType t : values()) {
            if (t.vietnamese().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("không có loại đơn vị cấp tỉnh \"" + label
                + "\" / no provincial-level type \"" + label + "\"");
    }
}
