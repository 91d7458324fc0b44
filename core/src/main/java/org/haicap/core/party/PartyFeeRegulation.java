package org.haicap.core.party;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The party-fee regulation (quy định về chế độ đảng phí) in force for a month: QĐ 342-QĐ/TW from
 * April 2011 to January 2026, QĐ 01-QĐ/TW from February 2026 [C].
 */
public enum PartyFeeRegulation {
    /**
     * Quyết định 342-QĐ/TW of 28/12/2010, in force from 01/04/2011 until QĐ 01-QĐ/TW replaced it:
     * 1 % of salary and the allowances BHXH is computed on, 0.5 % of a pension, otherwise a fixed
     * amount of 2,000–30,000 đ set by the chi bộ, halved outside working age [C].
     */
    QD_342("QĐ 342-QĐ/TW", LocalDate.of(2010, 12, 28), YearMonth.of(2011, 4)),
    /**
     * Quy định 01-QĐ/TW of 03/02/2026, applying from 01/02/2026: 1 % of the previous month's BHXH
     * salary base, 0.5 % of a pension, a share of the regional minimum wage for members outside
     * BHXH, 5,000 đ for students; exemptions and reductions in Điều 5 [C].
     */
    QD_01("QĐ 01-QĐ/TW", LocalDate.of(2026, 2, 3), YearMonth.of(2026, 2));

    private final String label;
    private final LocalDate signedOn;
    private final YearMonth firstMonth;

    PartyFeeRegulation(String label, LocalDate signedOn, YearMonth firstMonth) {
        this.label = label;
        this.signedOn = signedOn;
        this.firstMonth = firstMonth;
    }

    /** The citation as printed, e.g. {@code QĐ 01-QĐ/TW}. */
    public String label() {
        return label;
    }

    /** The date it was signed. */
    public LocalDate signedOn() {
        return signedOn;
    }

    /** The first month whose fee it governs. */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /**
     * The regulation governing the fee of {@code month}.
     *
     * @throws InvalidPartyDataException for months before April 2011, whose rules are not modelled
     */
    public static PartyFeeRegulation inForce(YearMonth month) {
        PartyChecks.present("month", month);
        if (!month.isBefore(QD_01.firstMonth)) {
            return QD_01;
        }
        if (!month.isBefore(QD_342.firstMonth)) {
            return QD_342;
        }
        throw new InvalidPartyDataException("month", month.toString(),
                "chưa hỗ trợ quy định đảng phí trước tháng 4/2011",
                "party-fee rules before April 2011 are not supported");
    }

    /** The label. */
    @Override
    public String toString() {
        return label;
    }
}
