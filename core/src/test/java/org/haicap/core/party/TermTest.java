package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.PartyArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class TermTest {

    @Test
    void parsesTheUsualSpellings() {
        Term t = Term.of(2025, 2030);
        assertEquals(t, Term.parse("2025–2030"));
        assertEquals(t, Term.parse("2025-2030"));
        assertEquals(t, Term.parse(" 2025 - 2030 "));
        assertEquals("2025–2030", t.toString());
        assertEquals(5, t.years());
        assertTrue(t.includes(2030));
        assertFalse(t.includes(2031));
    }

    @Test
    void refusesBadTerms() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> Term.of(2030, 2025));
        assertEquals("endYear", e.field());
        assertTrue(e.getMessage().contains("1 to 10 years"));
        assertThrows(InvalidPartyDataException.class, () -> Term.of(2025, 2025));
        assertThrows(InvalidPartyDataException.class, () -> Term.of(2025, 2036));
        assertThrows(InvalidPartyDataException.class, () -> Term.of(1900, 1905));
        assertThrows(InvalidPartyDataException.class, () -> Term.parse("nhiệm kỳ 2025"));
        assertThrows(InvalidPartyDataException.class, () -> Term.parse(null));
    }

    @Test
    void ordersByStartThenEnd() {
        assertTrue(Term.of(2020, 2025).compareTo(Term.of(2025, 2030)) < 0);
        assertTrue(Term.of(2025, 2027).compareTo(Term.of(2025, 2030)) < 0);
        assertEquals(Term.of(2025, 2030), SerializationRoundTrip.roundTrip(Term.of(2025, 2030)));
    }

    @Property
    void parsesWhatItPrints(@ForAll("terms") Term t) {
        assertEquals(t, Term.parse(t.toString()));
    }

    @Provide
    Arbitrary<Term> terms() {
        return PartyArbitraries.terms();
    }
}
