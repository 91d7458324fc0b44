package org.haicap.core.party;

import java.io.Serializable;
import org.haicap.core.money.Vnd;

/**
 * A party member's situation for the party fee (đối tượng đóng đảng phí) in a month: what the fee
 * is computed from. The caller supplies the figure the regulation in force names: under QĐ
 * 01-QĐ/TW the previous month's salary used as the social-insurance (BHXH) base; under QĐ
 * 342-QĐ/TW the salary plus the allowances BHXH is computed on. Amounts are before personal
 * income tax.
 *
 * <p>Every variant is an immutable, thread-safe value type.
 */
public sealed interface MemberSituation extends Serializable {

    /** In compulsory social insurance (tham gia BHXH bắt buộc): 1 % of {@code salaryBase}. */
    record CompulsoryInsurance(Vnd salaryBase) implements MemberSituation {
        /**
         * Checks the base.
         *
         * @throws InvalidPartyDataException if the base is missing or negative
         */
        public CompulsoryInsurance {
            nonNegative("salaryBase", salaryBase);
        }

        /** The salaryBase masked: a personal figure is never shown in full. */
        @Override
        public String toString() {
            return "CompulsoryInsurance[salaryBase=" + FeeBasisEntry.masked(salaryBase) + "]";
        }
    }

    /**
     * On BHXH sickness or maternity benefit and not contributing (hưởng chế độ ốm đau, thai sản):
     * 1 % of the benefit (QĐ 01) [C]; QĐ 342 is read the same way [U].
     */
    record SicknessOrMaternityBenefit(Vnd benefit) implements MemberSituation {
        /**
         * Checks the benefit.
         *
         * @throws InvalidPartyDataException if the benefit is missing or negative
         */
        public SicknessOrMaternityBenefit {
            nonNegative("benefit", benefit);
        }

        /** The benefit masked: a personal figure is never shown in full. */
        @Override
        public String toString() {
            return "SicknessOrMaternityBenefit[benefit=" + FeeBasisEntry.masked(benefit) + "]";
        }
    }

    /** Not in BHXH and on a pension (hưởng lương hưu): 0.5 % of the pension [C]. */
    record Pensioner(Vnd pension) implements MemberSituation {
        /**
         * Checks the pension.
         *
         * @throws InvalidPartyDataException if the pension is missing or negative
         */
        public Pensioner {
            nonNegative("pension", pension);
        }

        /** The pension masked: a personal figure is never shown in full. */
        @Override
        public String toString() {
            return "Pensioner[pension=" + FeeBasisEntry.masked(pension) + "]";
        }
    }

    /**
     * Not in BHXH and without a pension (không tham gia BHXH): a share of the regional minimum
     * wage under QĐ 01 (0.3 % below retirement age, 0.2 % at or above it; 0.5 % and 0.3 % from
     * 1/1/2028); the chi bộ's fixed amount under QĐ 342, halved outside working age [C].
     *
     * @param atOrAboveRetirementAge whether the member has reached retirement age (or, under QĐ
     *     342, is outside working age)
     */
    record NotInsured(boolean atOrAboveRetirementAge) implements MemberSituation {
    }

    /** A school or university student (học sinh, sinh viên): 5,000 đ under QĐ 01; the fixed amount under QĐ 342. */
    record Student() implements MemberSituation {
    }

    /** Working or living abroad (ở nước ngoài): separate rules, not supported; a fee calculation refuses it. */
    record Abroad() implements MemberSituation {
    }

    /** In compulsory social insurance with this salary base. */
    static MemberSituation insured(long salaryBase) {
        return new CompulsoryInsurance(Vnd.of(salaryBase));
    }

    /** On a pension of this amount. */
    static MemberSituation pensioner(long pension) {
        return new Pensioner(Vnd.of(pension));
    }

    /** Not in BHXH, below retirement age. */
    static MemberSituation notInsuredBelowRetirementAge() {
        return new NotInsured(false);
    }

    /** Not in BHXH, at or above retirement age. */
    static MemberSituation notInsuredAtOrAboveRetirementAge() {
        return new NotInsured(true);
    }

    /** A student. */
    static MemberSituation student() {
        return new Student();
    }

    private static void nonNegative(String field, Vnd amount) {
        PartyChecks.present(field, amount);
        if (amount.amount() < 0) {
            throw new InvalidPartyDataException(field, FeeBasisEntry.masked(amount), "số tiền không được âm",
                    "the amount cannot be negative");
        }
    }
}
