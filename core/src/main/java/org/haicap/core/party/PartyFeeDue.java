package org.haicap.core.party;

import java.io.Serializable;
import java.time.YearMonth;
import org.haicap.core.money.Vnd;

/**
 * The party fee a member owes for a month (đảng phí phải đóng), with the regulation applied and
 * how the amount was reached, in Vietnamese and English. The explanations name the figure the fee
 * is computed from (a salary, a benefit, a pension): they are for the member and the chi bộ, and
 * {@link #toString()} leaves them out. This is an immutable, thread-safe value type.
 *
 * @param month the month
 * @param regulation the regulation applied
 * @param amount the amount owed, whole đồng, not negative; zero when exempt
 * @param exempt whether the member is exempt (miễn đóng đảng phí)
 * @param explanationVietnamese how the amount was reached, in Vietnamese
 * @param explanationEnglish how the amount was reached, in English
 */
public record PartyFeeDue(YearMonth month, PartyFeeRegulation regulation, Vnd amount, boolean exempt,
        String explanationVietnamese, String explanationEnglish) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws InvalidPartyDataException if a value is missing or blank, the amount is negative,
     *     or an exempt fee is not zero
     */
    public PartyFeeDue {
        PartyChecks.present("month", month);
        PartyChecks.present("regulation", regulation);
        PartyChecks.present("amount", amount);
        explanationVietnamese = PartyChecks.text("explanationVietnamese", explanationVietnamese, 2000);
        explanationEnglish = PartyChecks.text("explanationEnglish", explanationEnglish, 2000);
        if (amount.amount() < 0) {
            throw new InvalidPartyDataException("amount", amount.toString(), "đảng phí không được âm",
                    "a party fee cannot be negative");
        }
        if (exempt && amount.amount() != 0) {
            throw new InvalidPartyDataException("amount", amount.toString(), "đảng viên được miễn thì đảng phí bằng 0",
                    "an exempt member owes nothing");
        }
    }

    /** Month, regulation, amount and exemption; not the explanations, which name the salary, benefit or pension. */
    @Override
    public String toString() {
        return "PartyFeeDue[month=" + month + ", regulation=" + regulation + ", amount=" + amount + ", exempt=" + exempt + "]";
    }
}
