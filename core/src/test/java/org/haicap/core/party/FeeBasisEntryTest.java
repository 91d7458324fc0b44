package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.Test;

class FeeBasisEntryTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);

    @Test
    void salaryAndAllowancesMakeTheInsuredBase() {
        FeeBasisEntry e = new FeeBasisEntry("DV-1", FeeBasisKind.SALARY, Optional.of(Vnd.of(6_000_000)),
                Optional.of(Vnd.of(1_500_000)), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), JAN,
                Optional.empty());
        assertEquals(new MemberSituation.CompulsoryInsurance(Vnd.of(7_500_000)), e.basis().situation());
        assertEquals(Vnd.of(75_000), PartyFeeRules.defaults().due(e.basis(), YearMonth.of(2025, 7)).amount());
    }

    @Test
    void kindsMapToTheirSituations() {
        assertEquals(new MemberSituation.Pensioner(Vnd.of(4_000_000)),
                FeeBasisEntry.pension("DV-1", 4_000_000, JAN).basis().situation());
        assertEquals(new MemberSituation.NotInsured(true), FeeBasisEntry.of("DV-1", FeeBasisKind.NOT_INSURED_RETIREMENT_AGE,
                Optional.empty(), JAN).basis().situation());
        assertEquals(new MemberSituation.Student(), FeeBasisEntry.of("DV-1", FeeBasisKind.STUDENT, Optional.empty(), JAN)
                .basis().situation());
    }

    @Test
    void exemptionsReachTheBasis() {
        FeeBasisEntry e = new FeeBasisEntry("DV-1", FeeBasisKind.PENSION, Optional.of(Vnd.of(3_000_000)), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(1970, 5, 1)), Set.of(FeeExemption.HARDSHIP), Optional.empty(), JAN,
                Optional.empty());
        assertTrue(e.basis().hardshipExemption());
        assertFalse(e.basis().socialPensionAllowance());
        assertEquals(Optional.of(LocalDate.of(1970, 5, 1)), e.basis().admittedOn());
        assertTrue(PartyFeeRules.defaults().due(e.basis(), JAN).exempt());
    }

    @Test
    void monthsAreCoveredInclusively() {
        FeeBasisEntry e = FeeBasisEntry.salary("DV-1", 5_000_000, JAN).until(YearMonth.of(2025, 3));
        assertFalse(e.covers(YearMonth.of(2024, 12)));
        assertTrue(e.covers(JAN));
        assertTrue(e.covers(YearMonth.of(2025, 3)));
        assertFalse(e.covers(YearMonth.of(2025, 4)));
    }

    @Test
    void refusalsNameTheFieldAndMaskTheAmount() {
        InvalidPartyDataException negative = assertThrows(InvalidPartyDataException.class,
                () -> FeeBasisEntry.salary("DV-1", -4_567_890, JAN));
        assertEquals("amount", negative.field());
        assertFalse(negative.getMessage().contains("4567890"), negative.getMessage());
        assertTrue(negative.getMessage().contains("890"), negative.getMessage());
        InvalidPartyDataException missing = assertThrows(InvalidPartyDataException.class,
                () -> FeeBasisEntry.of("DV-1", FeeBasisKind.SALARY, Optional.empty(), JAN));
        assertEquals("amount", missing.field());
        InvalidPartyDataException extra = assertThrows(InvalidPartyDataException.class,
                () -> FeeBasisEntry.of("DV-1", FeeBasisKind.STUDENT, Optional.of(Vnd.of(1_234_567)), JAN));
        assertFalse(extra.getMessage().contains("1234567"), extra.getMessage());
        assertThrows(InvalidPartyDataException.class, () -> new FeeBasisEntry("DV-1", FeeBasisKind.PENSION,
                Optional.of(Vnd.of(1)), Optional.of(Vnd.of(2)), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), JAN, Optional.empty()));
        InvalidPartyDataException order = assertThrows(InvalidPartyDataException.class,
                () -> FeeBasisEntry.salary("DV-1", 1, JAN).until(YearMonth.of(2024, 12)));
        assertEquals("validTo", order.field());
        assertThrows(InvalidPartyDataException.class, () -> FeeBasisEntry.salary(" bad id ", 1, JAN));
    }

    @Test
    void toStringAndSituationsMaskAmounts() {
        FeeBasisEntry e = FeeBasisEntry.salary("DV-1", 8_765_432, JAN);
        assertFalse(e.toString().contains("8765432"), e.toString());
        assertTrue(e.toString().contains("****432"), e.toString());
        assertFalse(e.basis().toString().contains("8765432"), e.basis().toString());
        assertFalse(new MemberSituation.Pensioner(Vnd.of(3_456_789)).toString().contains("3456789"));
        PartyFeeDue due = PartyFeeRules.defaults().due(e.basis(), YearMonth.of(2025, 7));
        assertTrue(due.explanationEnglish().contains("8,765,432"), due.explanationEnglish());
        assertFalse(due.toString().contains("8,765,432") || due.toString().contains("8.765.432"), due.toString());
        assertFalse(new MemberSituation.SicknessOrMaternityBenefit(Vnd.of(3_456_789)).toString().contains("3456789"));
    }

    @Test
    void aLaterEntrySupersedesAnOpenEndedOne() {
        FeeBases b = FeeBases.of(List.of(FeeBasisEntry.salary("DV-1", 5_000_000, JAN),
                FeeBasisEntry.pension("DV-1", 4_000_000, YearMonth.of(2025, 6)), FeeBasisEntry.salary("DV-2", 1, JAN)));
        assertEquals(FeeBasisKind.SALARY, b.entry("DV-1", YearMonth.of(2025, 5)).orElseThrow().kind());
        assertEquals(FeeBasisKind.PENSION, b.entry("DV-1", YearMonth.of(2025, 6)).orElseThrow().kind());
        assertEquals(Optional.empty(), b.entry("DV-1", YearMonth.of(2024, 12)));
        assertEquals(Optional.empty(), b.basis("DV-3", JAN));
        assertEquals(List.of("DV-1", "DV-2"), List.copyOf(b.members()));
        assertEquals("FeeBases[entries=3, members=2]", b.toString());
        assertThrows(InvalidPartyDataException.class, () -> FeeBases.of(List.of(FeeBasisEntry.salary("DV-1", 1, JAN),
                FeeBasisEntry.pension("DV-1", 2, JAN))));
    }
}
