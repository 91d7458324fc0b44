package org.haicap.core.party;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * What a member's party fee is computed from (loại căn cứ tính đảng phí), as QĐ 01-QĐ/TW (from
 * 2026-02) and QĐ 342-QĐ/TW (2011-04 to 2026-01) distinguish it. The kinds with an amount
 * ({@link #needsAmount()}) carry a personal figure (a salary, a benefit, a pension): it is masked
 * in every output.
 */
public enum FeeBasisKind implements Bilingual {
    /**
     * Salary (tiền lương): under QĐ 01 the previous month's salary used as the compulsory social
     * insurance (BHXH) base, 1 %; under QĐ 342 the salary plus the allowances BHXH is computed on
     * (phụ cấp), 1 % [C]. The allowances may be given apart ({@code allowances}).
     */
    SALARY("tiền lương (tham gia BHXH bắt buộc)", "salary (in compulsory social insurance)", true),
    /** Sickness or maternity benefit (trợ cấp ốm đau, thai sản) without BHXH contribution: 1 % (QĐ 01) [C]. */
    SICKNESS_OR_MATERNITY_BENEFIT("trợ cấp ốm đau, thai sản", "sickness or maternity benefit", true),
    /** Pension (lương hưu), not in BHXH: 0.5 % [C]. */
    PENSION("lương hưu", "pension", true),
    /**
     * No BHXH and no pension, below retirement age: 0.3 % of the regional minimum wage (QĐ 01,
     * 0.5 % from 2028); the chi bộ's fixed amount under QĐ 342 [C].
     */
    NOT_INSURED("không tham gia BHXH, dưới tuổi nghỉ hưu", "not insured, below retirement age", false),
    /**
     * No BHXH and no pension, at or above retirement age: 0.2 % of the regional minimum wage (QĐ
     * 01, 0.3 % from 2028); half the chi bộ's fixed amount under QĐ 342 [C].
     */
    NOT_INSURED_RETIREMENT_AGE("không tham gia BHXH, từ tuổi nghỉ hưu", "not insured, at or above retirement age",
            false),
    /** School or university student (học sinh, sinh viên): 5,000 đ (QĐ 01); the fixed amount under QĐ 342 [C]. */
    STUDENT("học sinh, sinh viên", "student", false),
    /** Abroad (ở nước ngoài): separate rules, not modelled; the fee cannot be computed. */
    ABROAD("ở nước ngoài", "abroad", false);

    private final LocalizedText label;
    private final boolean needsAmount;

    FeeBasisKind(String vi, String en, boolean needsAmount) {
        this.label = LocalizedText.of(vi, en);
        this.needsAmount = needsAmount;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether the basis carries an amount (salary, benefit, pension); the other kinds have none. */
    public boolean needsAmount() {
        return needsAmount;
    }
}
