package org.haicap.validation.pass;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The kinds of row streams a {@link ValidationPass} checks (loại luồng dòng). The English label
 * is also the key in JSON output and file names ({@code dossiers}, {@code payments}).
 */
public enum StreamKind implements Bilingual {
    /** Dossiers (hồ sơ): {@code org.haicap.core.procedures.Dossier} rows. */
    DOSSIERS("hồ sơ", "dossiers"),
    /** Payments (thanh toán): {@code org.haicap.core.money.Payment} rows. */
    PAYMENTS("thanh toán", "payments");

    private final LocalizedText label;

    StreamKind(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
