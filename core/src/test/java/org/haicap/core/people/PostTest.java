package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class PostTest {
    private static final UnitCode BA_DINH = UnitCode.of("00004");
    private static final PostId ID = PostId.of("00004/BCH");

    @Test
    void oneExecutiveCommitteePostWith33Seats() {
        Post p = Post.of(ID, BA_DINH, PostRole.EXECUTIVE_COMMITTEE_MEMBER, 33);
        assertEquals(33, p.seats());
        assertEquals("Ủy viên Ban Chấp hành", p.displayLabel());
        assertTrue(p.existsOn(LocalDate.of(1900, 1, 1)));
        assertEquals(1, Post.of(ID, BA_DINH, PostRole.SECRETARY).seats());
    }

    @Test
    void refusesSeatsOutOfRange() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> Post.of(ID, BA_DINH, PostRole.EXECUTIVE_COMMITTEE_MEMBER, 0));
        assertEquals("seats", e.field());
        assertThrows(InvalidPeopleDataException.class, () -> Post.of(ID, BA_DINH, PostRole.SECRETARY, 1001));
    }

    @Test
    void existsFromValidFromUntilExclusiveValidUntil() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        LocalDate until = LocalDate.of(2026, 1, 1);
        Post p = Post.of(ID, BA_DINH, PostRole.COMMITTEE_VICE_CHAIR, 2).withValidity(from, Optional.of(until));
        assertFalse(p.existsOn(from.minusDays(1)));
        assertTrue(p.existsOn(from));
        assertTrue(p.existsOn(until.minusDays(1)));
        assertFalse(p.existsOn(until));
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> p.withValidity(from, Optional.of(from)));
        assertEquals("validUntil", e.field());
        assertThrows(InvalidPeopleDataException.class, () -> p.withValidity(from, Optional.of(from.minusDays(1))));
    }

    @Test
    void councilCommitteeNeedsItsNameAndOtherNeedsALabel() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class,
                () -> Post.of(ID, BA_DINH, PostRole.COUNCIL_COMMITTEE_HEAD));
        assertEquals("bodyName", e.field());
        Post ban = new Post(ID, BA_DINH, PostRole.COUNCIL_COMMITTEE_HEAD, Optional.empty(),
                Optional.of(Normalizer.normalize("Ban Kinh tế – Xã hội", Normalizer.Form.NFD)), 1,
                Optional.empty(), Optional.empty());
        assertEquals("Ban Kinh tế – Xã hội", ban.bodyName().orElseThrow());
        assertEquals("Trưởng ban HĐND – Ban Kinh tế – Xã hội", ban.displayLabel());
        assertThrows(InvalidPeopleDataException.class, () -> Post.of(ID, BA_DINH, PostRole.OTHER));
        Post other = new Post(ID, BA_DINH, PostRole.OTHER, Optional.of("Công chức Tư pháp – Hộ tịch"),
                Optional.empty(), 2, Optional.empty(), Optional.empty());
        assertEquals("Công chức Tư pháp – Hộ tịch", other.displayLabel());
        assertThrows(InvalidPeopleDataException.class, () -> other.withLabel(" "));
    }

    @Test
    void serialisesAndRechecks() {
        Post p = Post.of(ID, BA_DINH, PostRole.SECRETARY).withValidity(LocalDate.of(2025, 7, 1), Optional.empty());
        assertEquals(p, SerializationRoundTrip.roundTrip(p));
    }

    @net.jqwik.api.Property(tries = 300)
    void everyGeneratedPostSurvivesSerialisation(@net.jqwik.api.ForAll("posts") Post p) {
        assertEquals(p, SerializationRoundTrip.roundTrip(p));
        assertTrue(p.seats() >= 1);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Post> posts() {
        return org.haicap.core.testing.PeopleArbitraries.posts();
    }
}
