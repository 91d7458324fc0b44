package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.testing.PeopleArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class StaffingTest {
    static final UnitCode BA_DINH = UnitCode.of("00004");
    static final UnitCode NGOC_HA = UnitCode.of("00008");
    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    static final LocalDate JULY_15 = LocalDate.of(2025, 7, 15);
    static final LocalDate AUG_1 = LocalDate.of(2025, 8, 1);
    static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
    static final Decision D11 = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 14));

    static final Post BT = Post.of(PostId.of("00004/BT"), BA_DINH, PostRole.SECRETARY);
    static final Post PBT_TT = Post.of(PostId.of("00004/PBT-TT"), BA_DINH, PostRole.STANDING_DEPUTY_SECRETARY);
    static final Post CT_HDND = Post.of(PostId.of("00004/CT-HDND"), BA_DINH, PostRole.COUNCIL_CHAIR);
    static final Post BCH_4 = Post.of(PostId.of("00004/BCH"), BA_DINH, PostRole.EXECUTIVE_COMMITTEE_MEMBER, 33);
    static final Post PCT_UBND = Post.of(PostId.of("00004/PCT-UBND"), BA_DINH, PostRole.COMMITTEE_VICE_CHAIR, 2)
            .withValidity(AUG_1, Optional.empty());
    static final Post BCH_8 = Post.of(PostId.of("00008/BCH"), NGOC_HA, PostRole.EXECUTIVE_COMMITTEE_MEMBER, 27);

    private static int next;

    static Appointment appoint(String person, Post post, LocalDate start) {
        return Appointment.of(AppointmentId.of("A" + next++), PersonId.of(person), post.id(), start, D11);
    }

    static Staffing sample() {
        List<Appointment> as = new ArrayList<>();
        as.add(appoint("P1", BT, JULY_1));
        as.add(appoint("P1", CT_HDND, JULY_1).asConcurrent());
        as.add(appoint("P2", PBT_TT, JULY_1).endingOn(SEP_1));
        for (int i = 0; i < 20; i++) {
            as.add(appoint("B4-" + i, BCH_4, i < 15 ? JULY_1 : JULY_15));
        }
        for (int i = 0; i < 10; i++) {
            as.add(appoint("B8-" + i, BCH_8, JULY_1));
        }
        as.add(appoint("P3", PCT_UBND, AUG_1));
        return Staffing.of(List.of(BT, PBT_TT, CT_HDND, BCH_4, PCT_UBND, BCH_8), as);
    }

    @Test
    void appointedOverPlannedPerRoleAndUnit() {
        Staffing s = sample();
        assertEquals(new SeatCount(25, 60, 0), s.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, JULY_1));
        assertEquals(new SeatCount(30, 60, 0), s.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, JULY_15));
        assertEquals(new SeatCount(20, 33, 0), s.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, BA_DINH, JULY_15));
        Map<UnitCode, SeatCount> byUnit = s.seatsByUnit(PostRole.EXECUTIVE_COMMITTEE_MEMBER, JULY_15);
        assertEquals(List.of(BA_DINH, NGOC_HA), List.copyOf(byUnit.keySet()));
        assertEquals(new SeatCount(10, 27, 0), byUnit.get(NGOC_HA));
        assertEquals(new SeatCount(1, 1, 0), s.seatsByRole(BA_DINH, JULY_15).get(PostRole.SECRETARY));
        assertEquals(new SeatCount(30, 60, 0), s.seats(Set.of(BCH_4.id(), BCH_8.id(), PostId.of("none")), JULY_15));
        assertEquals(new SeatCount(20, 33, 0), s.seats(List.of(BCH_4.id(), BCH_4.id()), JULY_15));
        assertEquals(new SeatCount(31, 61, 0), s.seats(p -> p.seats() > 1 || p.role() == PostRole.SECRETARY, JULY_15));
    }

    @Test
    void anEndingAppointmentLeavesAVacancy() {
        Staffing s = sample();
        assertEquals(1, s.holders(PBT_TT.id(), LocalDate.of(2025, 8, 31)).size());
        assertEquals(List.of(), s.holders(PBT_TT.id(), SEP_1));
        assertEquals(new SeatCount(0, 1, 0), s.seats(PBT_TT.id(), SEP_1));
        assertFalse(s.vacantPosts(JULY_15).contains(PBT_TT));
        assertTrue(s.vacantPosts(SEP_1).contains(PBT_TT));
        assertFalse(s.vacantPosts(SEP_1).contains(BT));
    }

    @Test
    void aPostCreatedLaterCountsOnlyFromItsCreation() {
        Staffing s = sample();
        assertEquals(SeatCount.ZERO, s.seats(PCT_UBND.id(), JULY_15));
        assertFalse(s.vacantPosts(JULY_15).contains(PCT_UBND));
        assertEquals(new SeatCount(1, 2, 0), s.seats(PCT_UBND.id(), AUG_1));
        assertTrue(s.vacantPosts(AUG_1).contains(PCT_UBND));
        assertEquals(new SeatCount(1, 2, 0), s.seats(PostRole.COMMITTEE_VICE_CHAIR, AUG_1));
    }

    @Test
    void appointmentsToAPostThatDoesNotExistYetDoNotCount() {
        Post later = Post.of(PostId.of("X"), BA_DINH, PostRole.OFFICE_CHIEF).withValidity(AUG_1, Optional.empty());
        Staffing s = Staffing.of(List.of(later), List.of(appoint("P9", later, JULY_1)));
        assertEquals(List.of(), s.holders(later.id(), JULY_15));
        assertEquals(List.of(), s.appointmentsOf(PersonId.of("P9"), JULY_15));
        assertEquals(1, s.appointmentsOf(PersonId.of("P9"), AUG_1).size());
    }

    @Test
    void excessAppointmentsAreCountedApart() {
        Post vice = Post.of(PostId.of("V"), BA_DINH, PostRole.COUNCIL_VICE_CHAIR);
        Staffing s = Staffing.of(List.of(vice), List.of(appoint("P1", vice, JULY_1), appoint("P2", vice, JULY_1)));
        assertEquals(new SeatCount(1, 1, 1), s.seats(vice.id(), JULY_1));
    }

    @Test
    void whoHoldsWhat() {
        Staffing s = sample();
        assertEquals(List.of(PersonId.of("P1")), s.holders(BA_DINH, PostRole.SECRETARY, JULY_15));
        assertEquals(2, s.appointmentsOf(PersonId.of("P1"), JULY_15).size());
        assertEquals(List.of(), s.appointmentsOf(PersonId.of("P1"), JULY_1.minusDays(1)));
        assertEquals(Optional.of(BT), s.post(BT.id()));
        assertEquals(Optional.empty(), s.post(PostId.of("nope")));
        assertEquals(5, s.posts(BA_DINH).size());
        assertEquals(6, s.postCount());
        assertEquals(20, s.appointments(BCH_4.id()).size());
    }

    @Test
    void refusesDuplicatesAndDanglingReferences() {
        InvalidPeopleDataException dup = assertThrows(InvalidPeopleDataException.class,
                () -> Staffing.of(List.of(BT, BT), List.of()));
        assertEquals("post.id", dup.field());
        Appointment a = appoint("P1", BT, JULY_1);
        assertThrows(InvalidPeopleDataException.class, () -> Staffing.of(List.of(BT), List.of(a, a)));
        InvalidPeopleDataException dangling = assertThrows(InvalidPeopleDataException.class,
                () -> Staffing.of(List.of(PBT_TT), List.of(a)));
        assertEquals("appointment.post", dangling.field());
        assertTrue(dangling.getMessage().contains("not in the list"));
    }

    @Test
    void serialisesAndPrintsNoPersonalData() {
        Staffing s = sample();
        Staffing back = SerializationRoundTrip.roundTrip(s);
        assertEquals(s.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, JULY_15),
                back.seats(PostRole.EXECUTIVE_COMMITTEE_MEMBER, JULY_15));
        assertEquals("Staffing[posts=6, appointments=34]", s.toString());
        assertEquals(0, Staffing.empty().postCount());
        assertEquals(SeatCount.ZERO, Staffing.empty().seats(PostRole.SECRETARY, JULY_1));
    }

    @Property(tries = 100)
    void countsNeverExceedSeatsAndAddUp(@ForAll("staffings") Staffing s, @ForAll("dates") LocalDate asOf) {
        SeatCount total = SeatCount.ZERO;
        for (Post p : s.posts()) {
            SeatCount c = s.seats(p.id(), asOf);
            assertTrue(c.filled() <= p.seats());
            assertEquals(c.appointed(), s.holders(p.id(), asOf).size());
            assertEquals(p.existsOn(asOf) && c.vacant() > 0, s.vacantPosts(asOf).contains(p));
            total = total.plus(c);
        }
        assertEquals(total, s.seats(p -> true, asOf));
        for (PostRole role : PostRole.values()) {
            SeatCount byRole = s.seats(role, asOf);
            assertTrue(byRole.filled() <= byRole.planned());
            assertEquals(byRole, s.seatsByUnit(role, asOf).values().stream().reduce(SeatCount.ZERO, SeatCount::plus));
        }
    }

    @Provide
    Arbitrary<Staffing> staffings() {
        return PeopleArbitraries.staffings(8);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return PeopleArbitraries.dates();
    }
}
