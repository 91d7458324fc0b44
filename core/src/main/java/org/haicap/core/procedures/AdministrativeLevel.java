package org.haicap.core.procedures;

/**
 * A level of government at which a procedure is carried out (cấp thực hiện). Since 1 July 2025
 * there is no district level: procedures are carried out centrally, by a province or by a
 * commune (xã, phường, đặc khu).
 *
 * <p>Immutable and thread-safe.
 */
public enum AdministrativeLevel {
    /** Central government: ministries and their agencies (cấp Trung ương / cấp Bộ). */
    CENTRAL("Cấp Trung ương", "Central"),
    /** A province or centrally-run city (cấp tỉnh). */
    PROVINCE("Cấp tỉnh", "Province"),
    /** A commune, ward or special zone (cấp xã). */
    COMMUNE("Cấp xã", "Commune");

    private final String vietnamese;
    private final String english;

    AdministrativeLevel(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The Vietnamese label, as on the national portal: {@code Cấp xã}. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The English label. */
    public String english() {
        return english;
    }
}
