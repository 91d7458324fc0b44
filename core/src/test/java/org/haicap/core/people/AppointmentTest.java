package org.haicap.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class AppointmentTest {
    static final Decision D11 = Decision.of("11-HD/TU", LocalDate.of(2025, 7, 14));
    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    private static Appointment sample() {
        return Appointment.of(AppointmentId.of("A1"), PersonId.of("P1"), PostId.of("BT"), START, D11);
    }

    @Test
    void activeFromStartUntilExclusiveEnd() {
        Appointment a = sample().endingOn(LocalDate.of(2025, 10, 1));
        assertFalse(a.activeOn(START.minusDays(1)));
        assertTrue(a.activeOn(START));
        assertTrue(a.activeOn(LocalDate.of(2025, 9, 30)));
        assertFalse(a.activeOn(LocalDate.of(2025, 10, 1)));
        assertTrue(sample().activeOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void refusesEndNotAfterStart() {
        InvalidPeopleDataException e = assertThrows(InvalidPeopleDataException.class, () -> sample().endingOn(START));
        assertEquals("end", e.field());
        assertTrue(e.getMessage().contains("after the start date"), e.getMessage());
        assertThrows(InvalidPeopleDataException.class, () -> sample().endingOn(START.minusDays(3)));
        assertThrows(InvalidPeopleDataException.class,
                () -> new Appointment(AppointmentId.of("A1"), PersonId.of("P1"), PostId.of("BT"), START,
                        Optional.empty(), null, false));
    }

    @Test
    void concurrentMarker() {
        assertFalse(sample().concurrent());
        assertTrue(sample().asConcurrent().concurrent());
    }

    @Test
    void serialises() {
        Appointment a = sample().endingOn(LocalDate.of(2026, 1, 1)).asConcurrent();
        assertEquals(a, SerializationRoundTrip.roundTrip(a));
    }

    @net.jqwik.api.Property(tries = 300)
    void everyGeneratedAppointmentSurvivesSerialisation(@net.jqwik.api.ForAll("appointments") Appointment a) {
        assertEquals(a, SerializationRoundTrip.roundTrip(a));
        assertTrue(a.activeOn(a.start()));
        a.end().ifPresent(e -> assertFalse(a.activeOn(e)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Appointment> appointments() {
        return org.haicap.core.testing.PeopleArbitraries.appointmentsTo(PostId.of("BT"));
    }
}
