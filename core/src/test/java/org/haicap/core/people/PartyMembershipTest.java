package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PartyMembershipTest {
    private static final LocalDate ADMITTED = LocalDate.of(1976, 2, 3);

    @Test
    void countsCompletedYears() {
        PartyMembership m = PartyMembership.admitted(ADMITTED);
        assertEquals(49, m.yearsOfMembership(LocalDate.of(2026, 2, 2)));
        assertEquals(50, m.yearsOfMembership(LocalDate.of(2026, 2, 3)));
        assertEquals(0, m.yearsOfMembership(LocalDate.of(1970, 1, 1)));
    }

    @Test
    void probationUntilFullMembership() {
        PartyMembership m = new PartyMembership(ADMITTED, Optional.of(ADMITTED.plusYears(1)), Optional.empty());
        assertTrue(m.probationaryOn(ADMITTED));
        assertTrue(m.probationaryOn(ADMITTED.plusYears(1).minusDays(1)));
        assertFalse(m.probationaryOn(ADMITTED.plusYears(1)));
        assertFalse(m.probationaryOn(ADMITTED.minusDays(1)));
    }

    @Test
    void refusesFullMembershipBeforeAdmissionAndBadCardNumbers() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> new PartyMembership(ADMITTED, Optional.of(ADMITTED.minusDays(1)), Optional.empty()));
        assertEquals("fullMemberSince", e.field());
        assertThrows(InvalidPeopleDataException.class,
                () -> new PartyMembership(ADMITTED, Optional.empty(), Optional.of(" ")));
        assertThrows(InvalidPeopleDataException.class,
                () -> new PartyMembership(ADMITTED, Optional.empty(), Optional.of("9".repeat(41))));
        assertThrows(InvalidPeopleDataException.class, () -> PartyMembership.admitted(null));
    }

    @Test
    void cardNumberIsOpaqueStrippedAndMasked() {
        PartyMembership m = new PartyMembership(ADMITTED, Optional.empty(), Optional.of(" 01-234.567/HN "));
        assertEquals(Optional.of("01-234.567/HN"), m.cardNumber());
        assertFalse(m.toString().contains("234.567"), m.toString());
        assertEquals(m, SerializationRoundTrip.roundTrip(m));
    }
}
