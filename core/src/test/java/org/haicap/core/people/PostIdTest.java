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

class PostIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("00004/BT-1", PostId.of("  00004/BT-1 ").value());
        assertEquals("a.b_c:d", new PostId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class, () -> new PostId(""));
        assertTrue(e.getMessage().contains("mã phải gồm"), e.getMessage());
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPeopleDataException.class, () -> new PostId("-leading"));
        assertThrows(InvalidPeopleDataException.class, () -> new PostId("có dấu"));
        assertThrows(InvalidPeopleDataException.class, () -> new PostId("x".repeat(65)));
        assertEquals(64, new PostId("x".repeat(64)).value().length());
        assertThrows(InvalidPeopleDataException.class, () -> new PostId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new PostId("A1").compareTo(new PostId("A2")) < 0);
        PostId id = new PostId("P-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        PostId id = new PostId(text);
        assertEquals(id, PostId.of(id.toString()));
    }
}
