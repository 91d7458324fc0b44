package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.reporting.aggregate.CongressAggregate;
import org.junit.jupiter.api.Test;

class CongressScheduleTest {
    @Test
    void theTerm2025ScheduleGivesThreeWindowsAndTwoRegistrationWindows() {
        CongressAggregate.Parameters p = CongressSchedule.term2025().parameters(LocalDate.of(2025, 7, 15));
        assertEquals(3, p.windows().size());
        assertEquals(CongressSchedule.BEFORE, p.windows().get(0).key());
        assertEquals(LocalDate.of(2025, 6, 30), p.windows().get(0).dates().last());
        assertEquals(java.util.Set.of(Kind.SUBORDINATE_PARTY_CELL), p.windows().get(1).kinds());
        assertEquals(2, p.registrationWindows().size());
        assertEquals("registration-2", p.registrationWindows().get(1).key());
        assertEquals(LocalDate.of(2025, 8, 31), p.registrationWindows().get(1).dates().last());
    }
}
