package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PersonIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("00004/BT-1", PersonId.of("  00004/BT-1 ").value());
        assertEquals("a.b_c:d", new PersonId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class, () -> new PersonId(""));
        assertTrue(e.getMessage().contains("mã phải gồm"), e.getMessage());
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPeopleDataException.class, () -> new PersonId("-leading"));
        assertThrows(InvalidPeopleDataException.class, () -> new PersonId("có dấu"));
        assertThrows(InvalidPeopleDataException.class, () -> new PersonId("x".repeat(65)));
        assertEquals(64, new PersonId("x".repeat(64)).value().length());
        assertThrows(InvalidPeopleDataException.class, () -> new PersonId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new PersonId("A1").compareTo(new PersonId("A2")) < 0);
        PersonId id = new PersonId("P-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        PersonId id = new PersonId(text);
        assertEquals(id, PersonId.of(id.toString()));
    }
}
