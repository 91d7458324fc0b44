package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.haicap.core.money.Vnd;
import org.haicap.core.testing.PartyArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

/** The party-fee rules across the change from QĐ 342-QĐ/TW to QĐ 01-QĐ/TW on 1/2/2026. */
class PartyFeeRulesTest {
    private static final PartyFeeRules RULES = PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(10_000));
    private static final YearMonth JAN_2026 = YearMonth.of(2026, 1);
    private static final YearMonth FEB_2026 = YearMonth.of(2026, 2);

    private static long due(PartyFeeBasis basis, YearMonth month) {
        return RULES.due(basis, month).amount().amount();
    }

    @Test
    void salariedMemberPaysOnePercentUnderBoth() {
        PartyFeeBasis b = PartyFeeBasis.of(MemberSituation.insured(10_000_000));
        PartyFeeDue jan = RULES.due(b, JAN_2026);
        PartyFeeDue feb = RULES.due(b, FEB_2026);
        assertEquals(Vnd.of(100_000), jan.amount());
        assertEquals(PartyFeeRegulation.QD_342, jan.regulation());
        assertEquals(Vnd.of(100_000), feb.amount());
        assertEquals(PartyFeeRegulation.QD_01, feb.regulation());
        assertTrue(feb.explanationVietnamese().startsWith("QĐ 01-QĐ/TW, tháng 2/2026: 1% × 10.000.000 đ"),
                feb.explanationVietnamese());
        assertTrue(feb.explanationEnglish().contains("1% × 10,000,000 VND"), feb.explanationEnglish());
        assertTrue(feb.explanationEnglish().endsWith("= 100,000 VND"), feb.explanationEnglish());
        assertTrue(jan.explanationVietnamese().startsWith("QĐ 342-QĐ/TW"));
        assertFalse(feb.exempt());
    }

    @Test
    void theSameMemberOutsideSocialInsuranceAcrossTheChange() {
        PartyFeeBasis b = PartyFeeBasis.of(MemberSituation.notInsuredBelowRetirementAge()).inRegion(WageRegion.I);
        assertEquals(10_000, due(b, JAN_2026)); // QĐ 342: the chi bộ's fixed amount
        assertEquals(15_930, due(b, FEB_2026)); // QĐ 01: 0.3 % × 5,310,000
        PartyFeeBasis old = PartyFeeBasis.of(MemberSituation.notInsuredAtOrAboveRetirementAge()).inRegion(WageRegion.I);
        assertEquals(5_000, due(old, JAN_2026)); // 50 % of the fixed amount outside working age
        assertEquals(10_620, due(old, FEB_2026)); // 0.2 % × 5,310,000
    }

    @Test
    void regionalMinimumWageRatesAndTheChangeOf2028() {
        PartyFeeBasis below = PartyFeeBasis.of(MemberSituation.notInsuredBelowRetirementAge());
        assertEquals(11_100, due(below.inRegion(WageRegion.IV), FEB_2026));
        assertEquals(14_190, due(below.inRegion(WageRegion.II), FEB_2026));
        assertEquals(15_930, due(below.inRegion(WageRegion.I), YearMonth.of(2027, 12)));
        assertEquals(26_550, due(below.inRegion(WageRegion.I), YearMonth.of(2028, 1)));
        PartyFeeBasis above = PartyFeeBasis.of(MemberSituation.notInsuredAtOrAboveRetirementAge())
                .inRegion(WageRegion.I);
        assertEquals(10_620, due(above, YearMonth.of(2027, 12)));
        assertEquals(15_930, due(above, YearMonth.of(2028, 1)));
    }

    @Test
    void pensionersStudentsAndBenefits() {
        assertEquals(30_000, due(PartyFeeBasis.of(MemberSituation.pensioner(6_000_000)), FEB_2026));
        assertEquals(30_000, due(PartyFeeBasis.of(MemberSituation.pensioner(6_000_000)), JAN_2026));
        assertEquals(5_000, due(PartyFeeBasis.of(MemberSituation.student()), FEB_2026));
        assertEquals(10_000, due(PartyFeeBasis.of(MemberSituation.student()), JAN_2026));
        assertEquals(45_000, due(PartyFeeBasis.of(new MemberSituation.SicknessOrMaternityBenefit(Vnd.of(4_500_000))),
                FEB_2026));
    }

    @Test
    void exemptAfterFiftyYearsOfMembership() {
        PartyFeeBasis b = PartyFeeBasis.of(MemberSituation.pensioner(8_000_000)).admittedOn(LocalDate.of(1976, 2, 3));
        assertEquals(40_000, due(b, FEB_2026)); // the anniversary falls inside February
        PartyFeeDue march = RULES.due(b, YearMonth.of(2026, 3));
        assertTrue(march.exempt());
        assertEquals(Vnd.ZERO, march.amount());
        assertTrue(march.explanationVietnamese().contains("50 năm tuổi Đảng trở lên (từ ngày 3/2/2026)"),
                march.explanationVietnamese());
        PartyFeeBasis veteran = b.admittedOn(LocalDate.of(1960, 1, 1));
        assertFalse(RULES.due(veteran, JAN_2026).exempt()); // QĐ 342 months: not by default [U]
        assertTrue(RULES.withLegacyFiftyYearExemption(true).due(veteran, JAN_2026).exempt());
    }

    @Test
    void otherExemptions() {
        PartyFeeBasis social = PartyFeeBasis.of(MemberSituation.notInsuredAtOrAboveRetirementAge())
                .inRegion(WageRegion.III).withSocialPensionAllowance();
        assertTrue(RULES.due(social, FEB_2026).exempt());
        PartyFeeBasis hardship = PartyFeeBasis.of(MemberSituation.insured(3_000_000)).withHardshipExemption();
        assertTrue(RULES.due(hardship, FEB_2026).exempt());
        assertTrue(RULES.due(hardship, JAN_2026).exempt());
        assertTrue(RULES.due(hardship, FEB_2026).explanationEnglish().contains("hardship"));
    }

    @Test
    void halfReductionOnlyInsideItsWindow() {
        FeeReduction half = FeeReduction.of(50, YearMonth.of(2026, 3), 12);
        PartyFeeBasis b = PartyFeeBasis.of(MemberSituation.insured(10_000_000)).withReduction(half);
        assertEquals(100_000, due(b, FEB_2026));
        assertEquals(50_000, due(b, YearMonth.of(2026, 3)));
        assertEquals(50_000, due(b, YearMonth.of(2027, 2)));
        assertEquals(100_000, due(b, YearMonth.of(2027, 3)));
        assertTrue(RULES.due(b, YearMonth.of(2026, 3)).explanationVietnamese()
                .endsWith("; giảm 50% (từ tháng 3/2026 đến tháng 2/2027) = 50.000 đ"),
                RULES.due(b, YearMonth.of(2026, 3)).explanationVietnamese());
        assertEquals(30_000, due(b.withReduction(FeeReduction.of(70, FEB_2026, 1)), FEB_2026));
    }

    @Test
    void roundingIsConfigurable() {
        PartyFeeBasis b = PartyFeeBasis.of(MemberSituation.insured(1_234_567)); // 12,345.67 đ exactly
        assertEquals(12_346, due(b, FEB_2026));
        assertEquals(12_345, RULES.withRounding(RoundingMode.DOWN, 1).due(b, FEB_2026).amount().amount());
        assertEquals(12_000, RULES.withRounding(RoundingMode.HALF_UP, 1_000).due(b, FEB_2026).amount().amount());
        assertEquals(13_000, RULES.withRounding(RoundingMode.CEILING, 1_000).due(b, FEB_2026).amount().amount());
        PartyFeeBasis half = PartyFeeBasis.of(MemberSituation.insured(50)); // 0.5 đ
        assertEquals(1, due(half, FEB_2026));
        assertEquals(0, RULES.withRounding(RoundingMode.HALF_EVEN, 1).due(half, FEB_2026).amount().amount());
        assertTrue(RULES.due(b, FEB_2026).explanationEnglish().contains("rounded (HALF_UP, 1 VND) to 12,346 VND"),
                RULES.due(b, FEB_2026).explanationEnglish());
        PartyFeeBasis fifteen = PartyFeeBasis.of(MemberSituation.notInsuredBelowRetirementAge())
                .inRegion(WageRegion.I);
        assertEquals(16_000, RULES.withRounding(RoundingMode.HALF_UP, 1_000).due(fifteen, FEB_2026).amount().amount());
        assertThrows(InvalidPartyDataException.class, () -> RULES.withRounding(RoundingMode.UNNECESSARY, 1));
        assertThrows(InvalidPartyDataException.class, () -> RULES.withRounding(RoundingMode.HALF_UP, 0));
    }

    @Test
    void refusesWhatItCannotCompute() {
        InvalidPartyDataException abroad = assertThrows(InvalidPartyDataException.class,
                () -> RULES.due(PartyFeeBasis.of(new MemberSituation.Abroad()), FEB_2026));
        assertEquals("situation", abroad.field());
        assertTrue(abroad.getMessage().contains("not supported"));
        InvalidPartyDataException region = assertThrows(InvalidPartyDataException.class,
                () -> RULES.due(PartyFeeBasis.of(MemberSituation.notInsuredBelowRetirementAge()), FEB_2026));
        assertEquals("region", region.field());
        InvalidPartyDataException fixed = assertThrows(InvalidPartyDataException.class,
                () -> PartyFeeRules.defaults().due(PartyFeeBasis.of(MemberSituation.student()), JAN_2026));
        assertEquals("legacyFixedAmount", fixed.field());
        assertThrows(InvalidPartyDataException.class,
                () -> RULES.due(PartyFeeBasis.of(MemberSituation.student()), YearMonth.of(2011, 3)));
        InvalidPartyDataException noWage = assertThrows(InvalidPartyDataException.class,
                () -> RULES.withMinimumWages(MinimumWageTable.empty())
                        .due(PartyFeeBasis.of(MemberSituation.notInsuredBelowRetirementAge()).inRegion(WageRegion.I),
                                FEB_2026));
        assertEquals("month", noWage.field());
    }

    @Test
    void legacyFixedAmountStaysInItsRange() {
        assertThrows(InvalidPartyDataException.class, () -> PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(1_999)));
        assertThrows(InvalidPartyDataException.class, () -> PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(30_001)));
        assertEquals(Vnd.of(2_000), PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(2_000)).legacyFixedAmount()
                .orElseThrow());
        PartyFeeRules odd = PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(5_001));
        assertEquals(2_501, odd.due(PartyFeeBasis.of(MemberSituation.notInsuredAtOrAboveRetirementAge()), JAN_2026)
                .amount().amount());
    }

    @Test
    void configurationIsAValue() {
        assertEquals(RULES, SerializationRoundTrip.roundTrip(RULES));
        assertEquals(RULES, PartyFeeRules.defaults().withLegacyFixedAmount(Vnd.of(10_000)));
        assertFalse(RULES.equals(PartyFeeRules.defaults()));
        assertEquals(RoundingMode.HALF_UP, PartyFeeRules.defaults().roundingMode());
        assertEquals(1, PartyFeeRules.defaults().roundingUnit());
        assertEquals(MinimumWageTable.defaults(), PartyFeeRules.defaults().minimumWages());
    }

    @Test
    void formatsNumbersForEachLanguage() {
        assertEquals("12.345,67", PartyFeeRules.format(new java.math.BigDecimal("12345.670"), '.', ','));
        assertEquals("1,000,000", PartyFeeRules.format(new java.math.BigDecimal("1E+6"), ',', '.'));
        assertEquals("0,3", PartyFeeRules.format(new java.math.BigDecimal("0.3"), '.', ','));
        assertEquals("-999", PartyFeeRules.format(new java.math.BigDecimal("-999"), '.', ','));
    }

    @Property(tries = 500)
    void neverNegativeAndZeroWhenExempt(@ForAll("bases") PartyFeeBasis b, @ForAll("months") YearMonth m) {
        PartyFeeDue due = RULES.due(b, m);
        assertTrue(due.amount().amount() >= 0);
        assertEquals(PartyFeeRegulation.inForce(m), due.regulation());
        if (due.exempt()) {
            assertEquals(0, due.amount().amount());
        }
    }

    @Property(tries = 500)
    void monotoneInSalary(@ForAll @LongRange(max = 500_000_000) long a, @ForAll @LongRange(max = 500_000_000) long b,
            @ForAll("months") YearMonth m) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        assertTrue(due(PartyFeeBasis.of(MemberSituation.insured(low)), m)
                <= due(PartyFeeBasis.of(MemberSituation.insured(high)), m));
        assertEquals(Math.round(high / 100.0), due(PartyFeeBasis.of(MemberSituation.insured(high)), m));
    }

    @Provide
    Arbitrary<PartyFeeBasis> bases() {
        return PartyArbitraries.feeBases();
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return PartyArbitraries.feeMonths();
    }
}
