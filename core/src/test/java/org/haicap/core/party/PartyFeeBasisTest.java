package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.people.PartyMembership;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PartyFeeBasisTest {

    @Test
    void takesTheAdmissionDateFromAPerson() {
        Person p = Person.of(PersonId.of("P1"), "Nguyễn Văn An")
                .withPartyMembership(PartyMembership.admitted(LocalDate.of(1975, 4, 30)));
        PartyFeeBasis b = PartyFeeBasis.of(p, MemberSituation.pensioner(5_000_000));
        assertEquals(Optional.of(LocalDate.of(1975, 4, 30)), b.admittedOn());
        assertEquals(Optional.empty(),
                PartyFeeBasis.of(Person.of(PersonId.of("P2"), "Lê B"), MemberSituation.student()).admittedOn());
    }

    @Test
    void withersAndChecks() {
        PartyFeeBasis b = PartyFeeBasis.of(MemberSituation.notInsuredBelowRetirementAge()).inRegion(WageRegion.II)
                .withHardshipExemption().withSocialPensionAllowance()
                .withReduction(FeeReduction.of(30, YearMonth.of(2026, 2), 6))
                .withSituation(MemberSituation.student());
        assertEquals(Optional.of(WageRegion.II), b.region());
        assertTrue(b.hardshipExemption());
        assertTrue(b.socialPensionAllowance());
        assertEquals(MemberSituation.student(), b.situation());
        assertEquals(b, SerializationRoundTrip.roundTrip(b));
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> PartyFeeBasis.of(null));
        assertEquals("situation", e.field());
    }
}
