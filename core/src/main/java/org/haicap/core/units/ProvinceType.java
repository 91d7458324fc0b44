package org.haicap.core.units;

/**
 * The type of a provincial-level unit (loại đơn vị hành chính cấp tỉnh). The type of a province
 * can change over time (Đồng Nai became a centrally-run city on 30 April 2026); ask
 * {@link Province#typeAsOf(java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProvinceType {
    /** Thành phố trực thuộc trung ương: a centrally-run city. */
    CENTRAL_CITY("Thành phố trung ương", "Thành phố", "TP.", "centrally-run city"),
    /** Tỉnh: a province. */
    PROVINCE("Tỉnh", "Tỉnh", "T.", "province");

    private final String vietnamese;
    private final String namePrefix;
    private final String abbreviation;
    private final String english;

    ProvinceType(String vietnamese, String namePrefix, String abbreviation, String english) {
        this.vietnamese = vietnamese;
        this.namePrefix = namePrefix;
        this.abbreviation = abbreviation;
        this.english = english;
    }

    /** The Vietnamese label as the official registry writes it, e.g. {@code Thành phố trung ương}. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The word that starts the official name, e.g. {@code Thành phố} in {@code Thành phố Hà Nội}. */
    public String namePrefix() {
        return namePrefix;
    }

    /** The usual abbreviation, {@code TP.} or {@code T.}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The English name, e.g. {@code centrally-run city}. */
    public String english() {
        return english;
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
            if (t.vietnamese.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("không có loại đơn vị cấp tỉnh \"" + label
                + "\" / no provincial-level type \"" + label + "\"");
    }
}
