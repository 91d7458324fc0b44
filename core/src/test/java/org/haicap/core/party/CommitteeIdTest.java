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

class CommitteeIdTest {

    @Test
    void acceptsWellFormedIdsAndStripsWhiteSpace() {
        assertEquals("DB-00004/2025", CommitteeId.of("  DB-00004/2025 ").value());
        assertEquals("a.b_c:d", new CommitteeId("a.b_c:d").toString());
    }

    @Test
    void refusesBlankLongOrOddIds() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> new CommitteeId(" "));
        assertTrue(e.getMessage().contains("an id is"), e.getMessage());
        assertThrows(InvalidPartyDataException.class, () -> new CommitteeId(""));
        assertThrows(InvalidPartyDataException.class, () -> new CommitteeId("đảng bộ"));
        assertThrows(InvalidPartyDataException.class, () -> new CommitteeId("x".repeat(65)));
        assertThrows(InvalidPartyDataException.class, () -> new CommitteeId(null));
    }

    @Test
    void ordersByTextAndSerialises() {
        assertTrue(new CommitteeId("A1").compareTo(new CommitteeId("B1")) < 0);
        CommitteeId id = new CommitteeId("X-1");
        assertEquals(id, SerializationRoundTrip.roundTrip(id));
    }

    @Property
    void parsesWhatItPrints(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 64) String text) {
        CommitteeId id = new CommitteeId(text);
        assertEquals(id, CommitteeId.of(id.toString()));
    }
}
