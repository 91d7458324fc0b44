package org.haicap.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.people.Staffing;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class CommitteeTest {
    private static final LocalDate JULY_15 = LocalDate.of(2025, 7, 15);
    private static final Decision D11 = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 14));
    private static final Term TERM = Term.of(2025, 2030);

    private static Staffing staffing(Post post, int appointed, LocalDate end) {
        List<Appointment> as = new ArrayList<>();
        for (int i = 0; i < appointed; i++) {
            Appointment a = Appointment.of(AppointmentId.of(post.id().value() + "-" + i), PersonId.of("P" + i),
                    post.id(), LocalDate.of(2025, 7, 1), D11);
            as.add(i == 0 ? a.endingOn(end) : a);
        }
        return Staffing.of(List.of(post), as);
    }

    private static Committee bch(PostId post, int planned) {
        return new Committee(CommitteeId.of("BCH-00004"), PartyOrganisationId.of("DB-00004"),
                Committee.Kind.EXECUTIVE_COMMITTEE, TERM, planned, Set.of(post));
    }

    @Test
    void seatsFilledFromTheAppointmentsToItsPosts() {
        Post post = Post.of(PostId.of("00004/BCH"), UnitCode.of("00004"), PostRole.EXECUTIVE_COMMITTEE_MEMBER, 33);
        Staffing s = staffing(post, 20, LocalDate.of(2025, 8, 1));
        Committee c = bch(post.id(), 33);
        assertEquals(new SeatCount(20, 33, 0), c.seats(s, JULY_15));
        assertEquals(new SeatCount(19, 33, 0), c.seats(s, LocalDate.of(2025, 8, 1)));
        assertTrue(c.postsMatchPlan(s, JULY_15));
        assertEquals(s.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, JULY_15), c.seats(s, JULY_15));
    }

    @Test
    void plannedSizeWinsOverThePostsAndExcessIsReported() {
        Post post = Post.of(PostId.of("00004/BCH"), UnitCode.of("00004"), PostRole.EXECUTIVE_COMMITTEE_MEMBER, 33);
        Staffing s = staffing(post, 30, LocalDate.of(2026, 1, 1));
        Committee c = bch(post.id(), 27);
        assertEquals(new SeatCount(27, 27, 3), c.seats(s, JULY_15));
        assertFalse(c.postsMatchPlan(s, JULY_15));
    }

    @Test
    void aCommitteeWithoutPostsCountsNothingFilled() {
        Committee chiUy = new Committee(CommitteeId.of("CU-1"), PartyOrganisationId.of("CB-1"),
                Committee.Kind.CELL_COMMITTEE, Term.of(2025, 2030), 5, Set.of());
        assertEquals(new SeatCount(0, 5, 0), chiUy.seats(Staffing.empty(), JULY_15));
        assertEquals(Optional.empty(), Committee.Kind.CELL_COMMITTEE.seatRole());
        assertEquals(Optional.of(PostRole.STANDING_COMMITTEE_MEMBER), Committee.Kind.STANDING_COMMITTEE.seatRole());
        assertEquals("Ban Thường vụ", Committee.Kind.STANDING_COMMITTEE.vietnamese());
    }

    @Test
    void refusesBadValuesAndCopiesThePosts() {
        InvalidPartyDataException e = assertThrows(InvalidPartyDataException.class, () -> bch(PostId.of("X"), 0));
        assertEquals("plannedSeats", e.field());
        assertThrows(InvalidPartyDataException.class, () -> new Committee(CommitteeId.of("C"),
                PartyOrganisationId.of("O"), Committee.Kind.EXECUTIVE_COMMITTEE, null, 27, Set.of()));
        Set<PostId> posts = new HashSet<>(Set.of(PostId.of("A")));
        Committee c = new Committee(CommitteeId.of("C"), PartyOrganisationId.of("O"),
                Committee.Kind.INSPECTION_COMMITTEE, TERM, 5, posts);
        posts.add(PostId.of("B"));
        assertEquals(Set.of(PostId.of("A")), c.seatPosts());
        posts.add(null);
        assertThrows(InvalidPartyDataException.class, () -> new Committee(CommitteeId.of("C"),
                PartyOrganisationId.of("O"), Committee.Kind.INSPECTION_COMMITTEE, TERM, 5, posts));
        assertEquals(c, SerializationRoundTrip.roundTrip(c));
    }
}
