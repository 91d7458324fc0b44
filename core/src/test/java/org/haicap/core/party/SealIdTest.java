package org.haicap.core.party;

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

class SealIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("DB-00004/2025", SealId.of("  DB-00004/2025 ").value());
        assertEquals("a.b_c:d", new SealId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> new SealId(" "));
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPartyDataException.class, () -> new SealId(""));
        assertThrows(InvalidPartyDataException.class, () -> new SealId("đảng bộ"));
        assertThrows(InvalidPartyDataException.class, () -> new SealId("x".repeat(65)));
        assertThrows(InvalidPartyDataException.class, () -> new SealId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new SealId("A1").compareTo(new SealId("B1")) < 0);
        SealId id = new SealId("X-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        SealId id = new SealId(text);
        assertEquals(id, SealId.of(id.toString()));
    }
}
