package org.haicap.core.party;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * An exemption from the party fee (miễn đóng đảng phí) recorded for a member, besides the
 * 50-year exemption that follows from the admission date (QĐ 01-QĐ/TW, Điều 5) [C].
 */
public enum FeeExemption implements Bilingual {
    /** Receiving the social pension allowance (trợ cấp hưu trí xã hội) [C]. */
    SOCIAL_PENSION_ALLOWANCE("hưởng trợ cấp hưu trí xã hội", "receives the social pension allowance"),
    /** Special hardship (poor or near-poor household, serious illness), exempted by the chi bộ on application [C]. */
    HARDSHIP("hoàn cảnh đặc biệt khó khăn, có đơn đề nghị", "special hardship, on application");

    private final LocalizedText label;

    FeeExemption(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
