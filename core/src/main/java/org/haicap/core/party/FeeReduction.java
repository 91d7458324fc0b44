package org.haicap.core.party;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A decision of the chi bộ to reduce a member's party fee (giảm đảng phí) for hardship: by 30, 50
 * or 70 %, for at most 12 months per decision (QĐ 01-QĐ/TW, Điều 5) [C]. This is an immutable,
 * thread-safe value type.
 *
 * @param percent the reduction: 30, 50 or 70
 * @param firstMonth the first month reduced
 * @param lastMonth the last month reduced (inclusive), at most 11 months after {@code firstMonth}
 */
public record FeeReduction(int percent, YearMonth firstMonth, YearMonth lastMonth) implements Serializable {

    /** The most months one decision may cover. */
    public static final int MAX_MONTHS = 12;

    /**
     * Checks the values.
     *
     * @throws InvalidPartyDataException if a month is missing, the percentage is not 30, 50 or 70,
     *     or the window is empty or longer than 12 months
     */
    public FeeReduction {
        PartyChecks.present("firstMonth", firstMonth);
        PartyChecks.present("lastMonth", lastMonth);
        if (percent != 30 && percent != 50 && percent != 70) {
            throw new InvalidPartyDataException("percent", Integer.toString(percent),
                    "mức giảm đảng phí là 30%, 50% hoặc 70%", "a party-fee reduction is 30, 50 or 70 %");
        }
        long months = ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1;
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidPartyDataException("lastMonth", firstMonth + ".." + lastMonth,
                    "mỗi quyết định giảm đảng phí từ 1 đến 12 tháng",
                    "a reduction covers 1 to 12 months per decision");
        }
    }

    /** A reduction of {@code percent} % for {@code months} months from {@code firstMonth}. */
    public static FeeReduction of(int percent, YearMonth firstMonth, int months) {
        PartyChecks.present("firstMonth", firstMonth);
        return new FeeReduction(percent, firstMonth, firstMonth.plusMonths(months - 1L));
    }

    /** Whether {@code month} is reduced. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    /** The number of months covered. */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1;
    }
}
