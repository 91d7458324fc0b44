package org.haicap.core.procedures;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A level of government at which a procedure is carried out (cấp thực hiện). Since 1 July 2025
 * there is no district level: procedures are carried out centrally, by a province or by a
 * commune (xã, phường, đặc khu).
 *
 * <p>Immutable and thread-safe.
 */
public enum AdministrativeLevel implements Bilingual {
    /** Central government: ministries and their agencies (cấp Trung ương / cấp Bộ). */
    CENTRAL("Cấp Trung ương", "Central"),
    /** A province or centrally-run city (cấp tỉnh). */
    PROVINCE("Cấp tỉnh", "Province"),
    /** A commune, ward or special zone (cấp xã). */
    COMMUNE("Cấp xã", "Commune");

    private final LocalizedText label;

    AdministrativeLevel(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
