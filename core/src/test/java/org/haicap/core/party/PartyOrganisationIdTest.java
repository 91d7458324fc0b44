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

class PartyOrganisationIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("DB-00004/2025", PartyOrganisationId.of("  DB-00004/2025 ").value());
        assertEquals("a.b_c:d", new PartyOrganisationId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> new PartyOrganisationId(" "));
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPartyDataException.class, () -> new PartyOrganisationId(""));
        assertThrows(InvalidPartyDataException.class, () -> new PartyOrganisationId("đảng bộ"));
        assertThrows(InvalidPartyDataException.class, () -> new PartyOrganisationId("x".repeat(65)));
        assertThrows(InvalidPartyDataException.class, () -> new PartyOrganisationId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new PartyOrganisationId("A1").compareTo(new PartyOrganisationId("B1")) < 0);
        PartyOrganisationId id = new PartyOrganisationId("X-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        PartyOrganisationId id = new PartyOrganisationId(text);
        assertEquals(id, PartyOrganisationId.of(id.toString()));
    }
}
