package org.haicap.core.address;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Which form an address seems to be written in (dạng địa chỉ): the three-level form of before
 * 1 July 2025 (commune, district, province) or the two-level form (commune, province). A hint
 * only: an old address written without its district looks new.
 *
 * <p>Immutable and thread-safe.
 */
public enum AddressForm implements Bilingual {
    /** A district part is present: the address is in the pre-2025 three-level form. */
    OLD("dạng cũ (ba cấp)", "old form (three levels)"),
    /** A commune or a province part is present and no district part: the two-level form. */
    NEW("dạng mới (hai cấp)", "new form (two levels)"),
    /** No unit part was found. */
    UNKNOWN("không xác định", "unknown");

    private final LocalizedText label;

    AddressForm(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
