package org.haicap.core.procedures;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * How far a procedure can be done online (mức độ dịch vụ công trực tuyến), as defined by
 * Nghị định 42/2022/NĐ-CP, Điều 11, which replaced the four levels of NĐ 43/2011 with two.
 *
 * <p>Immutable and thread-safe.
 */
public enum OnlineLevel implements Bilingual {
    /**
     * Full online (toàn trình): information, filing and processing all happen online; the result
     * is returned online or by public postal service.
     */
    FULL("Toàn trình", "Full online"),
    /** Partial online (một phần): some steps can be done online, others need presence or paper. */
    PARTIAL("Một phần", "Partially online"),
    /** No online public service for this procedure. */
    NONE("Không cung cấp trực tuyến", "Not online");

    private final LocalizedText label;

    OnlineLevel(String vietnamese, String english) {
        this.label = LocalizedText.of(vietnamese, english);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether a dossier for the procedure can be filed online at this level (FULL or PARTIAL). */
    public boolean allowsOnlineFiling() {
        return this != NONE;
    }
}
