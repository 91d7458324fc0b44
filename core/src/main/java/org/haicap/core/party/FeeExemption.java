package org.haicap.core.party;

/**
 * An exemption from the party fee (miễn đóng đảng phí) recorded for a member, besides the
 * 50-year exemption that follows from the admission date (QĐ 01-QĐ/TW, Điều 5) [C].
 */
public enum FeeExemption {
    /** Receiving the social pension allowance (trợ cấp hưu trí xã hội) [C]. */
    SOCIAL_PENSION_ALLOWANCE("hưởng trợ cấp hưu trí xã hội", "receives the social pension allowance"),
    /** Special hardship (poor or near-poor household, serious illness), exempted by the chi bộ on application [C]. */
    HARDSHIP("hoàn cảnh đặc biệt khó khăn, có đơn đề nghị", "special hardship, on application");

    private final String vi;
    private final String en;

    FeeExemption(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The Vietnamese name. */
    public String vietnamese() {
        return vi;
    }

    /** The English name. */
    public String english() {
        return en;
    }
}
