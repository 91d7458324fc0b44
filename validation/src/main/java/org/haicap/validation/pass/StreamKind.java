package org.haicap.validation.pass;

/**
 * The kinds of row streams a {@link ValidationPass} checks (loại luồng dòng).
 */
public enum StreamKind {
    /** Dossiers (hồ sơ): {@code org.haicap.core.procedures.Dossier} rows. */
    DOSSIERS("hồ sơ", "dossiers"),
    /** Payments (thanh toán): {@code org.haicap.core.money.Payment} rows. */
    PAYMENTS("thanh toán", "payments");

    private final String vietnamese;
    private final String english;

    StreamKind(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The name in Vietnamese. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The name in English, also the key in JSON output ({@code dossiers}, {@code payments}). */
    public String english() {
        return english;
    }
}
