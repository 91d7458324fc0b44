package org.haicap.core.party;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.money.Vnd;

/**
 * The party-fee rules (chế độ đảng phí): the fee a member owes for a month under the regulation
 * in force for that month, {@link PartyFeeRegulation#QD_342} before February 2026 and
 * {@link PartyFeeRegulation#QD_01} from then on.
 *
 * <p><b>QĐ 01-QĐ/TW</b> (from 2026-02) [C]:
 * <ul>
 *   <li>in compulsory BHXH: 1 % of the previous month's BHXH salary base; on sickness or maternity
 *       benefit: 1 % of the benefit; pensioners: 0.5 % of the pension;</li>
 *   <li>outside BHXH without a pension: 0.3 % (below retirement age) or 0.2 % (at or above it) of
 *       the regional monthly minimum wage in force on the first day of the month; from January
 *       2028 0.5 % and 0.3 %;</li>
 *   <li>students: 5,000 đ;</li>
 *   <li>exempt (Điều 5): 50 years of membership or more, the social pension allowance, special
 *       hardship with an application; the 50 years count as complete in a month that starts on or
 *       after the 50th anniversary of admission (the regulation's wording was not read) [U];</li>
 *   <li>reduced by 30, 50 or 70 % in the months a {@link FeeReduction} covers.</li>
 * </ul>
 *
 * <p><b>QĐ 342-QĐ/TW</b> (2011-04 to 2026-01) [C]: 1 % of salary and the BHXH allowances (the
 * caller's {@link MemberSituation.CompulsoryInsurance#salaryBase()}); pensioners 0.5 %; others,
 * students included, the fixed amount the chi bộ set in 2,000–30,000 đ
 * ({@link #withLegacyFixedAmount(Vnd)}, no default: a calculation that needs it fails until it is
 * set), halved for members outside working age. Sickness and maternity benefit are read as 1 %
 * [U]. Hardship exemptions and reductions decided by the chi bộ apply under both regulations
 * [U]; the 50-year and social-pension exemptions are QĐ 01's, and apply to QĐ 342 months only if
 * {@link #withLegacyFiftyYearExemption(boolean)} is set [U].
 *
 * <p><b>Rounding</b> is in neither regulation [U]: the fee is computed exactly, reduced, then
 * rounded once to a multiple of {@link #roundingUnit()} đ with {@link #roundingMode()};
 * default 1 đ {@link RoundingMode#HALF_UP}. Some applications round to 1,000 đ.
 *
 * <p><b>Minimum wages</b> come from {@link MinimumWageTable#defaults()} (NĐ 293/2025/NĐ-CP) [P].
 *
 * <p>Members abroad are refused with an {@link InvalidPartyDataException}: their rules are
 * separate and not modelled. Months before April 2011 are refused too.
 *
 * <p>This class is immutable and thread-safe; the {@code with…} methods return new rules.
 */
public final class PartyFeeRules implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The least fixed amount a chi bộ may set under QĐ 342-QĐ/TW. */
    public static final Vnd LEGACY_MIN_FIXED_AMOUNT = Vnd.of(2_000);
    /** The greatest fixed amount a chi bộ may set under QĐ 342-QĐ/TW. */
    public static final Vnd LEGACY_MAX_FIXED_AMOUNT = Vnd.of(30_000);
    /** The student fee under QĐ 01-QĐ/TW. */
    public static final Vnd STUDENT_FEE = Vnd.of(5_000);
    /** The first month of the higher minimum-wage rates of QĐ 01-QĐ/TW (Điều 3, 2.2). */
    public static final YearMonth RATE_CHANGE_MONTH = YearMonth.of(2028, 1);

    private static final BigDecimal ONE_PERCENT = new BigDecimal("1");
    private static final BigDecimal HALF_PERCENT = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final PartyFeeRules DEFAULTS =
            new PartyFeeRules(MinimumWageTable.defaults(), RoundingMode.HALF_UP, 1, null, false);

    private final MinimumWageTable wages;
    private final RoundingMode roundingMode;
    private final long roundingUnit;
    private final Vnd legacyFixedAmount; // null when not set: Optional is not serialisable
    private final boolean legacyFiftyYearExemption;

    private PartyFeeRules(MinimumWageTable wages, RoundingMode roundingMode, long roundingUnit,
            Vnd legacyFixedAmount, boolean legacyFiftyYearExemption) {
        this.wages = wages;
        this.roundingMode = roundingMode;
        this.roundingUnit = roundingUnit;
        this.legacyFixedAmount = legacyFixedAmount;
        this.legacyFiftyYearExemption = legacyFiftyYearExemption;
    }

    /**
     * The defaults: NĐ 293/2025 minimum wages [P], rounding HALF_UP to 1 đ [U], no QĐ 342 fixed
     * amount, no 50-year exemption for QĐ 342 months.
     */
    public static PartyFeeRules defaults() {
        return DEFAULTS;
    }

    /**
     * These rules rounding to a multiple of {@code unit} đ with {@code mode}.
     *
     * @throws InvalidPartyDataException if the mode is missing or {@link RoundingMode#UNNECESSARY},
     *     or the unit is not 1 to 1,000,000
     */
    public PartyFeeRules withRounding(RoundingMode mode, long unit) {
        PartyChecks.present("roundingMode", mode);
        if (mode == RoundingMode.UNNECESSARY) {
            throw new InvalidPartyDataException("roundingMode", mode.name(),
                    "cần một cách làm tròn thực sự", "a rounding mode that rounds is needed");
        }
        if (unit < 1 || unit > 1_000_000) {
            throw new InvalidPartyDataException("roundingUnit", Long.toString(unit),
                    "đơn vị làm tròn phải từ 1 đến 1.000.000 đ", "the rounding unit must be 1 to 1,000,000 VND");
        }
        return new PartyFeeRules(wages, mode, unit, legacyFixedAmount, legacyFiftyYearExemption);
    }

    /** These rules with another minimum-wage table. */
    public PartyFeeRules withMinimumWages(MinimumWageTable table) {
        PartyChecks.present("minimumWages", table);
        return new PartyFeeRules(table, roundingMode, roundingUnit, legacyFixedAmount, legacyFiftyYearExemption);
    }

    /**
     * These rules with the fixed monthly amount the chi bộ set under QĐ 342-QĐ/TW for members
     * outside salary and pension.
     *
     * @throws InvalidPartyDataException if the amount is missing or outside 2,000–30,000 đ
     */
    public PartyFeeRules withLegacyFixedAmount(Vnd amount) {
        PartyChecks.present("legacyFixedAmount", amount);
        if (amount.compareTo(LEGACY_MIN_FIXED_AMOUNT) < 0 || amount.compareTo(LEGACY_MAX_FIXED_AMOUNT) > 0) {
            throw new InvalidPartyDataException("legacyFixedAmount", amount.toString(),
                    "mức đảng phí cố định theo QĐ 342-QĐ/TW phải từ 2.000 đến 30.000 đ",
                    "the QĐ 342-QĐ/TW fixed amount must be 2,000 to 30,000 VND");
        }
        return new PartyFeeRules(wages, roundingMode, roundingUnit, amount, legacyFiftyYearExemption);
    }

    /** These rules granting, or not, the 50-year and social-pension exemptions in QĐ 342 months [U]. */
    public PartyFeeRules withLegacyFiftyYearExemption(boolean grant) {
        return new PartyFeeRules(wages, roundingMode, roundingUnit, legacyFixedAmount, grant);
    }

    /** The minimum-wage table. */
    public MinimumWageTable minimumWages() {
        return wages;
    }

    /** The rounding mode. */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /** The rounding unit in đồng. */
    public long roundingUnit() {
        return roundingUnit;
    }

    /** The QĐ 342 fixed amount, if set. */
    public Optional<Vnd> legacyFixedAmount() {
        return Optional.ofNullable(legacyFixedAmount);
    }

    /** Whether QĐ 342 months get the 50-year and social-pension exemptions. */
    public boolean legacyFiftyYearExemption() {
        return legacyFiftyYearExemption;
    }

    /**
     * The fee a member owes for {@code month}.
     *
     * @param basis what the fee is computed from
     * @param month the month the fee is for
     * @return the fee, the regulation applied and the explanation
     * @throws InvalidPartyDataException if the member is abroad, the month is before April 2011,
     *     a region is needed and missing, the minimum-wage table does not cover the month, or the
     *     QĐ 342 fixed amount is needed and not set
     */
    public PartyFeeDue due(PartyFeeBasis basis, YearMonth month) {
        PartyChecks.present("basis", basis);
        PartyFeeRegulation reg = PartyFeeRegulation.inForce(month);
        MemberSituation s = basis.situation();
        if (s instanceof MemberSituation.Abroad) {
            throw new InvalidPartyDataException("situation", "Abroad",
                    "đảng viên ở nước ngoài đóng đảng phí theo quy định riêng, chưa được hỗ trợ",
                    "members abroad pay under separate rules, which are not supported");
        }
        String headVi = reg.label() + ", tháng " + viMonth(month) + ": ";
        String headEn = reg.label() + ", " + month + ": ";
        Optional<String[]> exemption = exemption(basis, month, reg);
        if (exemption.isPresent()) {
            return new PartyFeeDue(month, reg, Vnd.ZERO, true, headVi + exemption.get()[0], headEn + exemption.get()[1]);
        }
        Computed c = reg == PartyFeeRegulation.QD_01 ? underQd01(basis, month) : underQd342(basis);
        BigDecimal exact = c.amount;
        String vi = c.vi;
        String en = c.en;
        Optional<FeeReduction> red = basis.reduction().filter(r -> r.covers(month));
        if (red.isPresent()) {
            int p = red.get().percent();
            exact = exact.multiply(BigDecimal.valueOf(100L - p)).divide(HUNDRED);
            vi += "; giảm " + p + "% (từ tháng " + viMonth(red.get().firstMonth()) + " đến tháng "
                    + viMonth(red.get().lastMonth()) + ")";
            en += "; reduced by " + p + "% (" + red.get().firstMonth() + " to " + red.get().lastMonth() + ")";
        }
        BigDecimal unit = BigDecimal.valueOf(roundingUnit);
        BigDecimal rounded = exact.divide(unit).setScale(0, roundingMode).multiply(unit);
        Vnd amount = Vnd.of(rounded.longValueExact());
        vi += " = " + vi(exact) + " đ";
        en += " = " + en(exact) + " VND";
        if (exact.compareTo(rounded) != 0) {
            vi += ", làm tròn (" + roundingMode + ", " + vi(unit) + " đ) thành " + vi(rounded) + " đ";
            en += ", rounded (" + roundingMode + ", " + en(unit) + " VND) to " + en(rounded) + " VND";
        }
        return new PartyFeeDue(month, reg, amount, false, headVi + vi, headEn + en);
    }

    private Optional<String[]> exemption(PartyFeeBasis basis, YearMonth month, PartyFeeRegulation reg) {
        if (basis.hardshipExemption()) {
            return Optional.of(new String[] {"miễn đóng đảng phí vì hoàn cảnh khó khăn, có đơn đề nghị",
                "exempt for hardship, on application"});
        }
        boolean qd01Exemptions = reg == PartyFeeRegulation.QD_01 || legacyFiftyYearExemption;
        if (!qd01Exemptions) {
            return Optional.empty();
        }
        if (basis.admittedOn().isPresent()) {
            LocalDate fifty = basis.admittedOn().get().plusYears(50);
            if (!month.atDay(1).isBefore(fifty)) {
                return Optional.of(new String[] {"miễn đóng đảng phí vì có từ 50 năm tuổi Đảng trở lên (từ ngày "
                    + fifty.getDayOfMonth() + "/" + fifty.getMonthValue() + "/" + fifty.getYear() + ")",
                    "exempt after 50 years of Party membership (from " + fifty + ")"});
            }
        }
        if (basis.socialPensionAllowance()) {
            return Optional.of(new String[] {"miễn đóng đảng phí vì hưởng trợ cấp hưu trí xã hội",
                "exempt while receiving the social pension allowance"});
        }
        return Optional.empty();
    }

    private record Computed(BigDecimal amount, String vi, String en) {
    }

    private Computed underQd01(PartyFeeBasis basis, YearMonth month) {
        MemberSituation s = basis.situation();
        if (s instanceof MemberSituation.CompulsoryInsurance ci) {
            return percent(ONE_PERCENT, ci.salaryBase(), "tiền lương làm căn cứ đóng BHXH tháng trước",
                    "previous month's social-insurance salary base");
        }
        if (s instanceof MemberSituation.SicknessOrMaternityBenefit b) {
            return percent(ONE_PERCENT, b.benefit(), "trợ cấp ốm đau, thai sản", "sickness or maternity benefit");
        }
        if (s instanceof MemberSituation.Pensioner p) {
            return percent(HALF_PERCENT, p.pension(), "lương hưu", "pension");
        }
        if (s instanceof MemberSituation.NotInsured n) {
            WageRegion region = basis.region().orElseThrow(() -> new InvalidPartyDataException("region", "-",
                    "cần vùng lương tối thiểu cho đảng viên không tham gia BHXH",
                    "a minimum-wage region is needed for members outside social insurance"));
            LocalDate day = month.atDay(1);
            Vnd wage = wages.wage(region, day).orElseThrow(() -> new InvalidPartyDataException("month", month.toString(),
                    "bảng lương tối thiểu vùng không có mức cho tháng này",
                    "the minimum-wage table has no wage for this month"));
            boolean later = !month.isBefore(RATE_CHANGE_MONTH);
            BigDecimal rate = n.atOrAboveRetirementAge()
                    ? new BigDecimal(later ? "0.3" : "0.2")
                    : new BigDecimal(later ? "0.5" : "0.3");
            return percent(rate, wage, "lương tối thiểu " + region.vietnamese()
                    + (n.atOrAboveRetirementAge() ? ", đảng viên từ tuổi nghỉ hưu" : ", đảng viên dưới tuổi nghỉ hưu"),
                    region.english() + " minimum wage"
                    + (n.atOrAboveRetirementAge() ? ", member at or above retirement age" : ", member below retirement age"));
        }
        return new Computed(STUDENT_FEE.toBigDecimal(), "học sinh, sinh viên: " + vi(STUDENT_FEE.toBigDecimal()) + " đ",
                "student: " + en(STUDENT_FEE.toBigDecimal()) + " VND");
    }

    private Computed underQd342(PartyFeeBasis basis) {
        MemberSituation s = basis.situation();
        if (s instanceof MemberSituation.CompulsoryInsurance ci) {
            return percent(ONE_PERCENT, ci.salaryBase(), "tiền lương và phụ cấp tính đóng BHXH",
                    "salary and social-insurance allowances");
        }
        if (s instanceof MemberSituation.SicknessOrMaternityBenefit b) {
            return percent(ONE_PERCENT, b.benefit(), "trợ cấp ốm đau, thai sản", "sickness or maternity benefit");
        }
        if (s instanceof MemberSituation.Pensioner p) {
            return percent(HALF_PERCENT, p.pension(), "lương hưu", "pension");
        }
        Vnd fixed = legacyFixedAmount().orElseThrow(() -> new InvalidPartyDataException("legacyFixedAmount", "-",
                "cần mức đảng phí cố định (2.000–30.000 đ) do chi bộ quy định theo QĐ 342-QĐ/TW",
                "the fixed amount (2,000–30,000 VND) set by the chi bộ under QĐ 342-QĐ/TW is needed"));
        BigDecimal f = fixed.toBigDecimal();
        if (s instanceof MemberSituation.NotInsured n && n.atOrAboveRetirementAge()) {
            return new Computed(f.divide(BigDecimal.valueOf(2)),
                    "50% × " + vi(f) + " đ (mức chi bộ quy định, đảng viên ngoài độ tuổi lao động)",
                    "50% × " + en(f) + " VND (the chi bộ's fixed amount, member outside working age)");
        }
        return new Computed(f, "mức chi bộ quy định " + vi(f) + " đ", "the chi bộ's fixed amount " + en(f) + " VND");
    }

    private static Computed percent(BigDecimal rate, Vnd base, String vi, String en) {
        BigDecimal b = base.toBigDecimal();
        return new Computed(b.multiply(rate).divide(HUNDRED),
                vi(rate) + "% × " + vi(b) + " đ (" + vi + ")",
                en(rate) + "% × " + en(b) + " VND (" + en + ")");
    }

    private static String viMonth(YearMonth m) {
        return m.getMonthValue() + "/" + m.getYear();
    }

    private static String vi(BigDecimal n) {
        return format(n, '.', ',');
    }

    private static String en(BigDecimal n) {
        return format(n, ',', '.');
    }

    /** Exact decimal with grouped thousands: {@code 12345.67} → {@code 12.345,67} (vi) or {@code 12,345.67} (en). */
    static String format(BigDecimal n, char grouping, char decimal) {
        BigDecimal v = n.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder b = new StringBuilder(v.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(grouping);
            }
            b.append(whole.charAt(i));
        }
        if (dot >= 0) {
            b.append(decimal).append(plain, dot + 1, plain.length());
        }
        return b.toString();
    }

    /** Re-runs the checks of the {@code with…} methods on deserialisation. */
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            PartyFeeRules r = defaults().withMinimumWages(wages).withRounding(roundingMode, roundingUnit)
                    .withLegacyFiftyYearExemption(legacyFiftyYearExemption);
            return legacyFixedAmount == null ? r : r.withLegacyFixedAmount(legacyFixedAmount);
        } catch (RuntimeException e) {
            java.io.InvalidObjectException x = new java.io.InvalidObjectException(e.getMessage());
            x.initCause(e);
            throw x;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartyFeeRules r && r.wages.equals(wages) && r.roundingMode == roundingMode
                && r.roundingUnit == roundingUnit && Objects.equals(r.legacyFixedAmount, legacyFixedAmount)
                && r.legacyFiftyYearExemption == legacyFiftyYearExemption;
    }

    @Override
    public int hashCode() {
        return Objects.hash(wages, roundingMode, roundingUnit, legacyFixedAmount, legacyFiftyYearExemption);
    }

    @Override
    public String toString() {
        return "PartyFeeRules[rounding=" + roundingMode + "/" + roundingUnit + " đ, legacyFixedAmount="
                + legacyFixedAmount().map(Vnd::toString).orElse("-") + ", wages=" + wages.effectiveDates() + "]";
    }
}
