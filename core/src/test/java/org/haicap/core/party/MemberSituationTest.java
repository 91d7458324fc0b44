package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.haicap.core.money.Vnd;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class MemberSituationTest {

    @Test
    void factoriesAndVariants() {
        assertEquals(new MemberSituation.CompulsoryInsurance(Vnd.of(10_000_000)), MemberSituation.insured(10_000_000));
        assertEquals(new MemberSituation.Pensioner(Vnd.of(6_000_000)), MemberSituation.pensioner(6_000_000));
        assertEquals(new MemberSituation.NotInsured(false), MemberSituation.notInsuredBelowRetirementAge());
        assertEquals(new MemberSituation.NotInsured(true), MemberSituation.notInsuredAtOrAboveRetirementAge());
        assertEquals(new MemberSituation.Student(), MemberSituation.student());
        assertEquals(6, MemberSituation.class.getPermittedSubclasses().length);
    }

    @Test
    void refusesNegativeOrMissingAmounts() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> MemberSituation.insured(-1));
        assertEquals("salaryBase", e.field());
        assertThrows(InvalidPartyDataException.class, () -> MemberSituation.pensioner(-5));
        assertThrows(InvalidPartyDataException.class, () -> new MemberSituation.SicknessOrMaternityBenefit(null));
    }

    @Test
    void serialises() {
        MemberSituation s = MemberSituation.insured(7_000_000);
        assertEquals(s, SerializationRoundTrip.roundTrip(s));
        assertEquals(new MemberSituation.Abroad(), SerializationRoundTrip.roundTrip(new MemberSituation.Abroad()));
    }
}
