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

class AppointmentIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("00004/BT-1", AppointmentId.of("  00004/BT-1 ").value());
        assertEquals("a.b_c:d", new AppointmentId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class, () -> new AppointmentId(""));
        assertTrue(e.getMessage().contains("mã phải gồm"), e.getMessage());
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPeopleDataException.class, () -> new AppointmentId("-leading"));
        assertThrows(InvalidPeopleDataException.class, () -> new AppointmentId("có dấu"));
        assertThrows(InvalidPeopleDataException.class, () -> new AppointmentId("x".repeat(65)));
        assertEquals(64, new AppointmentId("x".repeat(64)).value().length());
        assertThrows(InvalidPeopleDataException.class, () -> new AppointmentId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new AppointmentId("A1").compareTo(new AppointmentId("A2")) < 0);
        AppointmentId id = new AppointmentId("P-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        AppointmentId id = new AppointmentId(text);
        assertEquals(id, AppointmentId.of(id.toString()));
    }
}
