package org.haicap.core.party;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A region of the regional minimum wage (vùng lương tối thiểu): I to IV. Under QĐ 01-QĐ/TW the
 * region is where the member attends party activities [C].
 */
public enum WageRegion implements Bilingual {
    /** Vùng I. */
    I,
    /** Vùng II. */
    II,
    /** Vùng III. */
    III,
    /** Vùng IV. */
    IV;

    private final LocalizedText label = LocalizedText.of("Vùng " + name(), "Region " + name());

    /** The label in Vietnamese and English: {@code Vùng I}, {@code Region I}. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
