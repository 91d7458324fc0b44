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

class CongressIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("DB-00004/2025", CongressId.of("  DB-00004/2025 ").value());
        assertEquals("a.b_c:d", new CongressId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> new CongressId(" "));
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPartyDataException.class, () -> new CongressId(""));
        assertThrows(InvalidPartyDataException.class, () -> new CongressId("đảng bộ"));
        assertThrows(InvalidPartyDataException.class, () -> new CongressId("x".repeat(65)));
        assertThrows(InvalidPartyDataException.class, () -> new CongressId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new CongressId("A1").compareTo(new CongressId("B1")) < 0);
        CongressId id = new CongressId("X-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        CongressId id = new CongressId(text);
        assertEquals(id, CongressId.of(id.toString()));
    }
}
