package org.haicap.core.units;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The type of a commune-level unit (loại đơn vị hành chính cấp xã) of the two-level
 * government. The type of a unit can change over time (10 xã of Đồng Nai became phường on
 * 30 April 2026); ask {@link AdminUnit#typeAsOf(java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum UnitType implements Bilingual {
    /** Phường: an urban ward. */
    PHUONG("Phường", "P.", "ward"),
    /** Xã: a rural commune. */
    XA("Xã", "X.", "commune"),
    /** Đặc khu: a special zone (islands). */
    DAC_KHU("Đặc khu", "ĐK.", "special zone");

    private final LocalizedText label;
    private final String abbreviation;

    UnitType(String vietnamese, String abbreviation, String english) {
        this.label = LocalizedText.of(vietnamese, english);
        this.abbreviation = abbreviation;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The usual abbreviation: {@code P.}, {@code X.} or {@code ĐK.}. */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * The type with the given Vietnamese label.
     *
     * @param label {@code Phường}, {@code Xã} or {@code Đặc khu}, exactly (NFC)
     * @return the type
     * @throws IllegalArgumentException if no type has that label
     */
    public static UnitType fromVietnamese(String label) {
        for (UnitType t : values()) {
            if (t.vietnamese().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("không có loại đơn vị cấp xã \"" + label
                + "\" / no commune-level type \"" + label + "\"");
    }
}
