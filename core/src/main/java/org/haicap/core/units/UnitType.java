package org.haicap.core.units;

/**
 * The type of a commune-level unit (loại đơn vị hành chính cấp xã) of the two-level
 * government. The type of a unit can change over time (10 xã of Đồng Nai became phường on
 * 30 April 2026); ask {@link AdminUnit#typeAsOf(java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum UnitType {
    /** Phường: an urban ward. */
    PHUONG("Phường", "P.", "ward"),
    /** Xã: a rural commune. */
    XA("Xã", "X.", "commune"),
    /** Đặc khu: a special zone (islands). */
    DAC_KHU("Đặc khu", "ĐK.", "special zone");

    private final String vietnamese;
    private final String abbreviation;
    private final String english;

    UnitType(String vietnamese, String abbreviation, String english) {
        this.vietnamese = vietnamese;
        this.abbreviation = abbreviation;
        this.english = english;
    }

    /** The Vietnamese label, which is also the prefix of the official name, e.g. {@code Phường}. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The usual abbreviation: {@code P.}, {@code X.} or {@code ĐK.}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The English name: {@code ward}, {@code commune} or {@code special zone}. */
    public String english() {
        return english;
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
            if (t.vietnamese.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("không có loại đơn vị cấp xã \"" + label
                + "\" / no commune-level type \"" + label + "\"");
    }
}
