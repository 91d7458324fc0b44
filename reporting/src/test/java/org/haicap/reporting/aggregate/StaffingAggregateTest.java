package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.Decision;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostId;
import org.haicap.core.people.PostRole;
import org.haicap.core.people.SeatCount;
import org.haicap.core.people.Staffing;
import org.haicap.core.testing.PeopleArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class StaffingAggregateTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);

    /** The staffing of some posts, with their appointments. */
    private static StaffingAggregate fold(Staffing all, List<Post> posts) {
        List<Appointment> appointments = new ArrayList<>();
        for (Post p : posts) {
            appointments.addAll(all.appointments(p.id()));
        }
        return StaffingAggregate.of(Staffing.of(posts, appointments), AS_OF);
    }

    @Property(tries = 200)
    void isACommutativeMonoid(@ForAll("staffings") Staffing staffing, @ForAll @IntRange(max = 12) int i,
            @ForAll @IntRange(max = 12) int j) {
        Laws.check(staffing.posts(), i, j, StaffingAggregate.empty(AS_OF), posts -> fold(staffing, posts),
                StaffingAggregate::merge);
    }

    @Property(tries = 200)
    void agreesWithStaffing(@ForAll("staffings") Staffing staffing) {
        StaffingAggregate a = StaffingAggregate.of(staffing, AS_OF);
        for (PostRole role : PostRole.values()) {
            assertEquals(staffing.seats(role, AS_OF), a.seats(role));
            assertEquals(staffing.seatsByUnit(role, AS_OF), a.byUnit(role));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Staffing> staffings() {
        return PeopleArbitraries.staffings(12);
    }

    @Test
    void perUnitPiecesMergeIntoTheCity() {
        Decision d = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 1));
        StaffingAggregate city = StaffingAggregate.empty(AS_OF);
        for (int u = 0; u < 3; u++) {
            UnitCode unit = UnitCode.of(String.format("%05d", 4 * (u + 1)));
            Post vc = Post.of(PostId.of(unit + "/PCT"), unit, PostRole.COMMITTEE_VICE_CHAIR, 2);
            List<Appointment> as = new ArrayList<>();
            for (int k = 0; k < (u == 0 ? 3 : 1); k++) {
                as.add(Appointment.of(AppointmentId.of(unit + "-" + k), PersonId.of("P" + unit + k), vc.id(),
                        LocalDate.of(2025, 7, 1), d));
            }
            city = city.merge(StaffingAggregate.of(Staffing.of(List.of(vc), as), AS_OF));
        }
        assertEquals(new SeatCount(4, 6, 1), city.seats(PostRole.COMMITTEE_VICE_CHAIR));
        assertEquals(new SeatCount(2, 2, 1), city.seats(PostRole.COMMITTEE_VICE_CHAIR, UnitCode.of("00004")));
        assertEquals(3, city.byUnit(PostRole.COMMITTEE_VICE_CHAIR).size());
        assertEquals(new SeatCount(1, 2, 0), city.byRole(UnitCode.of("00008")).get(PostRole.COMMITTEE_VICE_CHAIR));
        assertEquals(new SeatCount(4, 6, 1), city.add(UnitCode.of("00004"), PostRole.SECRETARY, SeatCount.ZERO)
                .seats(r -> r.body() == PostRole.Body.PEOPLES_COMMITTEE));
    }

    @Test
    void refusesToMergeAnotherDay() {
        AggregateMismatchException e = assertThrows(AggregateMismatchException.class,
                () -> StaffingAggregate.empty(AS_OF).merge(StaffingAggregate.empty(AS_OF.plusDays(1))));
        assertEquals("2025-07-16", e.theirs());
        assertEquals("StaffingAggregate", e.aggregate());
    }
}
