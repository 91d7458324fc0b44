package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.PartyArbitraries;
import org.haicap.core.testing.PeopleArbitraries;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class SealTest {
    private static final Seal SEAL = Seal.preparing(SealId.of("S1"), PartyOrganisationId.of("CB-1"),
            Seal.Purpose.ORGANISATION);

    @Test
    void statusFollowsTheDates() {
        Seal s = SEAL.requested(LocalDate.of(2025, 7, 10)).issued(LocalDate.of(2025, 8, 1));
        assertEquals(Seal.Status.PREPARING, SEAL.status());
        assertEquals(Seal.Status.PREPARING, s.status(LocalDate.of(2025, 7, 9)));
        assertEquals(Seal.Status.REQUESTED, s.status(LocalDate.of(2025, 7, 10)));
        assertEquals(Seal.Status.REQUESTED, s.status(LocalDate.of(2025, 7, 31)));
        assertEquals(Seal.Status.ISSUED, s.status(LocalDate.of(2025, 8, 1)));
        assertEquals(Seal.Status.ISSUED, s.status());
        assertEquals(Seal.Status.ISSUED, SEAL.issued(LocalDate.of(2025, 7, 1)).status());
        assertEquals(s, SerializationRoundTrip.roundTrip(s));
    }

    @Test
    void refusesIssueBeforeRequest() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class,
                () -> SEAL.issued(LocalDate.of(2025, 7, 1)).requested(LocalDate.of(2025, 7, 2)));
        assertEquals("issuedOn", e.field());
        assertThrows(InvalidPartyDataException.class, () -> Seal.preparing(SealId.of("S"), null,
                Seal.Purpose.STAFF_BODIES));
    }

    @Test
    void labels() {
        assertEquals("cơ quan tham mưu, giúp việc", Seal.Purpose.STAFF_BODIES.vietnamese());
        assertEquals("issued", Seal.Status.ISSUED.english());
        assertEquals("đang hoàn thiện hồ sơ", Seal.Status.PREPARING.vietnamese());
    }

    @Property(tries = 300)
    void statusNeverGoesBack(@ForAll("seals") Seal s, @ForAll("dates") LocalDate d) {
        assertEquals(true, s.status(d).compareTo(s.status(d.plusDays(1))) <= 0);
        assertEquals(true, s.status(d).compareTo(s.status()) <= 0);
    }

    @Provide
    Arbitrary<Seal> seals() {
        return PartyArbitraries.seals();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return PeopleArbitraries.dates();
    }
}
