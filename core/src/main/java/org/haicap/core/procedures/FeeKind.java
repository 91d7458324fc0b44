package org.haicap.core.procedures;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The kind of a fee line of a procedure. Vietnamese law distinguishes a charge (phí), which pays
 * for a service, from a fee (lệ phí), which is a state levy for an administrative act (Luật Phí
 * và lệ phí 2015). Commune amounts are often set by resolution of the provincial People's Council.
 *
 * <p>Immutable and thread-safe.
 */
public enum FeeKind implements Bilingual {
    /** A charge (phí). */
    CHARGE("Phí", "Charge"),
    /** A fee (lệ phí). */
    FEE("Lệ phí", "Fee");

    private final LocalizedText label;

    FeeKind(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
