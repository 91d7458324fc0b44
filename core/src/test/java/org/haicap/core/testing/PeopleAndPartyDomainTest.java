package org.haicap.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.haicap.core.party.Committee;
import org.haicap.core.party.PartyFeeBasis;
import org.haicap.core.party.PartyFeeRegulation;
import org.haicap.core.party.PartyFeeRules;
import org.haicap.core.people.Person;
import org.haicap.core.people.Staffing;

class PeopleAndPartyDomainTest {

    @Property(tries = 100)
    @Domain(PeopleAndPartyDomain.class)
    void suppliesEveryTypeByItself(@ForAll Person person, @ForAll Staffing staffing, @ForAll Committee committee,
            @ForAll PartyFeeBasis basis, @ForAll PartyFeeRules rules, @ForAll YearMonth month) {
        assertTrue(person.toString().startsWith("Person[id="));
        assertTrue(staffing.postCount() <= 10);
        assertTrue(committee.plannedSeats() >= 1 && committee.plannedSeats() <= 33);
        assertEquals(PartyFeeRegulation.inForce(month), rules.due(basis, month).regulation());
        assertEquals(0, rules.due(basis, month).amount().amount() % rules.roundingUnit());
    }
}
