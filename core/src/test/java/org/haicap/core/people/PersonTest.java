package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.testing.PeopleArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PersonTest {
    private static final PersonId ID = PersonId.of("P-00004-1");

    @Test
    void nfdNameComesOutNfcAndStripped() {
        String nfd = Normalizer.normalize("  Nguyễn Thị Hằng ", Normalizer.Form.NFD);
        Person p = Person.of(ID, nfd);
        assertEquals("Nguyễn Thị Hằng", p.fullName());
        assertTrue(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC));
        assertEquals(Person.of(ID, "Nguyễn Thị Hằng"), p);
    }

    @Test
    void refusesBlankTooLongOrControlNames() {
        InvalidPeopleDataException blank = assertThrows(InvalidPeopleDataException.class, () -> Person.of(ID, "  "));
        assertEquals("fullName", blank.field());
        assertTrue(blank.getMessage().contains("must not be blank"));
        assertThrows(InvalidPeopleDataException.class, () -> Person.of(ID, "A".repeat(151)));
        assertEquals(150, Person.of(ID, "A".repeat(150)).fullName().length());
        assertThrows(InvalidPeopleDataException.class, () -> Person.of(ID, "Lê\nVăn"));
        assertThrows(InvalidPeopleDataException.class, () -> Person.of(ID, null));
        assertThrows(InvalidPeopleDataException.class, () -> Person.of(null, "Lê Văn Tám"));
        assertThrows(InvalidPeopleDataException.class,
                () -> new Person(ID, "Lê Văn Tám", null, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void toStringLeaksNeitherNameNorCitizenId() {
        Person p = Person.of(ID, "Trần Quốc Toản").withCitizenId(CitizenId.of("001203004567"))
                .withBirthDate(LocalDate.of(2003, 1, 2)).withSex(CitizenId.Sex.MALE)
                .withPartyMembership(new PartyMembership(LocalDate.of(2024, 5, 19), Optional.empty(),
                        Optional.of("AB123456")));
        String s = p.toString();
        assertFalse(s.contains("Trần"), s);
        assertFalse(s.contains("Toản"), s);
        assertFalse(s.contains("001203004567"), s);
        assertFalse(s.contains("AB123456"), s);
        assertTrue(s.contains("P-00004-1"), s);
        assertTrue(s.contains("*********567"), s);
    }

    @Test
    void partyMemberOnlyFromAdmission() {
        Person p = Person.of(ID, "Lê Thị Mai").withPartyMembership(PartyMembership.admitted(LocalDate.of(2000, 3, 1)));
        assertFalse(p.partyMemberOn(LocalDate.of(2000, 2, 29)));
        assertTrue(p.partyMemberOn(LocalDate.of(2000, 3, 1)));
        assertFalse(Person.of(ID, "Lê Thị Mai").partyMemberOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void withersChangeOneThing() {
        Person p = Person.of(ID, "Lê Thị Mai");
        Person q = p.withSex(CitizenId.Sex.FEMALE);
        assertNotEquals(p, q);
        assertEquals(Optional.of(CitizenId.Sex.FEMALE), q.sex());
        assertEquals(p.fullName(), q.fullName());
    }

    @Property(tries = 200)
    void generatedPeopleSurviveSerialisationAndNeverPrintTheirName(@ForAll("people") Person p) {
        assertEquals(p, SerializationRoundTrip.roundTrip(p));
        assertFalse(p.toString().contains(p.fullName()));
        p.citizenId().ifPresent(c -> assertFalse(p.toString().contains(c.value())));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Person> people() {
        return PeopleArbitraries.persons();
    }
}
