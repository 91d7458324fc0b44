package org.haicap.core.procedures;

import org.haicap.core.ids.DossierCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.testing.ProcedureArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;
import org.haicap.core.SerializationRoundTrip;

class DossierTest {
    private static final DossierCode CODE = DossierCode.parse("H15.50.05.13-250701-0975");
    private static final ProcedureCode PROC = ProcedureCode.of("1.001193");
    private static final UnitCode UNIT = UnitCode.of("00004");
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 7, 1, 8, 15);

    private static Dossier online() {
        return Dossier.receive(CODE, PROC, UNIT, Channel.ONLINE, T0);
    }

    private static Dossier inPerson() {
        return Dossier.receive(CODE, PROC, UNIT, Channel.IN_PERSON, T0);
    }

    /** A shortest legal path from NEW to every status, found by breadth-first search. */
    private static Map<DossierStatus, List<DossierStatus>> pathsFromNew() {
        Map<DossierStatus, List<DossierStatus>> paths = new EnumMap<>(DossierStatus.class);
        paths.put(DossierStatus.NEW, List.of());
        Deque<DossierStatus> queue = new ArrayDeque<>(List.of(DossierStatus.NEW));
        while (!queue.isEmpty()) {
            DossierStatus s = queue.poll();
            for (DossierStatus n : s.next()) {
                if (!paths.containsKey(n)) {
                    List<DossierStatus> p = new ArrayList<>(paths.get(s));
                    p.add(n);
                    paths.put(n, p);
                    queue.add(n);
                }
            }
        }
        return paths;
    }

    private static Dossier walk(Dossier d, List<DossierStatus> path) {
        LocalDateTime t = d.history().isEmpty() ? d.receivedAt() : d.history().get(d.history().size() - 1).at();
        for (DossierStatus s : path) {
            t = t.plusHours(1);
            d = d.transition(s, t);
        }
        return d;
    }

    @Test
    void onlineStartsNewAndInPersonStartsAccepted() {
        assertEquals(DossierStatus.NEW, online().status());
        assertEquals(DossierStatus.ACCEPTED, inPerson().status());
        assertEquals(DossierStatus.ACCEPTED, Dossier.receive(CODE, PROC, UNIT, Channel.POST, T0).status());
        assertEquals(DossierStatus.NEW, Dossier.receive(CODE, PROC, UNIT, Channel.AGENT_POINT, T0).status());
        assertTrue(online().history().isEmpty());
        assertTrue(online().fullHistory());
        assertEquals(Optional.empty(), online().completedAt());
    }

    @Test
    void aLegalFullPathWorks() {
        Dossier d = online();
        List<DossierStatus> path = List.of(DossierStatus.ACCEPTED, DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.PROCESSING, DossierStatus.PAYMENT_REQUESTED, DossierStatus.PROCESSING,
                DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED);
        Dossier done = walk(d, path);
        assertEquals(DossierStatus.RESULT_RETURNED, done.status());
        assertEquals(8, done.history().size());
        assertEquals(Optional.of(T0.plusHours(8)), done.completedAt());
        assertEquals(Optional.of(T0.plusHours(1)), done.clockStart());
        assertFalse(done.isOpen());
        assertEquals(DossierStatus.NEW, done.firstKnownStatus());
        assertEquals(DossierStatus.NEW, d.status(), "the original is unchanged");
        assertEquals(done, SerializationRoundTrip.roundTrip(done));
    }

    @Test
    void everyPairOfStatusesIsAcceptedIffLegal() {
        Map<DossierStatus, List<DossierStatus>> paths = pathsFromNew();
        assertEquals(DossierStatus.values().length, paths.size(), "every status is reachable from NEW");
        int refused = 0;
        for (DossierStatus from : DossierStatus.values()) {
            Dossier at = walk(online(), paths.get(from));
            assertEquals(from, at.status());
            for (DossierStatus to : DossierStatus.values()) {
                LocalDateTime t = T0.plusDays(30);
                if (DossierStatusTest.LEGAL.contains(from + ">" + to)) {
                    Dossier moved = at.transition(to, t);
                    assertEquals(to, moved.status(), from + " -> " + to);
                    assertEquals(StatusChange.of(t, from, to), moved.history().get(moved.history().size() - 1));
                } else {
                    IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> at.transition(to, t),
                            from + " -> " + to);
                    assertEquals(from, e.from());
                    assertEquals(to, e.to());
                    assertTrue(e.getMessage().contains(CODE.value()), e.getMessage());
                    refused++;
                }
            }
        }
        int n = DossierStatus.values().length;
        assertEquals(n * n - DossierStatusTest.LEGAL.size(), refused);
    }

    @Test
    void aHistoryThatSkipsAStepIsRefused() {
        List<StatusChange> skip = List.of(StatusChange.of(T0.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED),
                StatusChange.of(T0.plusHours(2), DossierStatus.ACCEPTED, DossierStatus.PROCESSED));
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> DossierConsistency.require(
                new Dossier(CODE, PROC, UNIT, Channel.ONLINE, T0, Optional.empty(), Optional.empty(), DossierStatus.PROCESSED,
                        skip, true, Optional.empty())));
        assertEquals(DossierStatus.ACCEPTED, e.from());
        assertEquals(DossierStatus.PROCESSED, e.to());
        assertTrue(e.getMessage().contains("bước/change 2"), e.getMessage());
    }

    @Test
    void aHistoryWithAGapIsRefused() {
        List<StatusChange> gap = List.of(StatusChange.of(T0.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED),
                StatusChange.of(T0.plusHours(2), DossierStatus.PROCESSING, DossierStatus.PROCESSED));
        InvalidProcedureDataException e = assertThrows(InvalidProcedureDataException.class, () -> DossierConsistency.require(
                new Dossier(CODE, PROC, UNIT, Channel.ONLINE, T0, Optional.empty(), Optional.empty(), DossierStatus.PROCESSED,
                        gap, true, Optional.empty())));
        assertTrue(e.getMessage().contains("the history breaks at change 2"), e.getMessage());
        assertEquals("history", e.field());
        assertTrue(e.value().contains("PROCESSING"), e.value());
    }

    @Test
    void aFullOnlineHistoryMustStartAtNew() {
        List<StatusChange> h = List.of(StatusChange.of(T0.plusHours(1), DossierStatus.ACCEPTED, DossierStatus.PROCESSING));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DossierConsistency.require(
                new Dossier(CODE, PROC, UNIT, Channel.ONLINE, T0, Optional.empty(), Optional.empty(), DossierStatus.PROCESSING,
                        h, true, Optional.empty())));
        assertTrue(e.getMessage().contains("cannot start at ACCEPTED"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DossierConsistency.require(new Dossier(CODE, PROC, UNIT,
                Channel.ONLINE, T0, Optional.empty(), Optional.empty(), DossierStatus.PROCESSING, List.of(), true,
                Optional.empty())));
        // the same history imported part-way is fine
        Dossier partial = new Dossier(CODE, PROC, UNIT, Channel.ONLINE, T0, Optional.empty(), Optional.empty(),
                DossierStatus.PROCESSING, h, false, Optional.empty());
        assertEquals(DossierStatus.ACCEPTED, partial.firstKnownStatus());
        // and in person the history may start at ACCEPTED
        assertEquals(DossierStatus.PROCESSING, new Dossier(CODE, PROC, UNIT, Channel.IN_PERSON, T0, Optional.empty(),
                Optional.empty(), DossierStatus.PROCESSING, h, true, Optional.empty()).status());
    }

    @Test
    void timeMustNotGoBackwards() {
        Dossier accepted = online().transition(DossierStatus.ACCEPTED, T0.plusHours(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accepted.transition(DossierStatus.PROCESSING, T0.plusHours(1)));
        assertTrue(e.getMessage().contains("is before"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> online().transition(DossierStatus.ACCEPTED, T0.minusMinutes(1)));
        // equal times are allowed (several steps recorded in the same minute)
        assertEquals(DossierStatus.PROCESSING, accepted.transition(DossierStatus.PROCESSING, T0.plusHours(2)).status());
    }

    @Test
    void statusMustMatchTheHistory() {
        List<StatusChange> h = List.of(StatusChange.of(T0.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DossierConsistency.require(
                new Dossier(CODE, PROC, UNIT, Channel.ONLINE, T0, Optional.empty(), Optional.empty(), DossierStatus.PROCESSING,
                        h, true, Optional.empty())));
        assertTrue(e.getMessage().contains("the history ends at ACCEPTED but the status is PROCESSING"), e.getMessage());
    }

    @Test
    void completedAtIsPresentExactlyWhenTerminal() {
        assertThrows(IllegalArgumentException.class, () -> Dossier.snapshot(CODE, PROC, UNIT, Channel.ONLINE, T0,
                DossierStatus.RESULT_RETURNED, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> Dossier.snapshot(CODE, PROC, UNIT, Channel.ONLINE, T0,
                DossierStatus.PROCESSING, Optional.empty(), Optional.of(T0.plusDays(1))));
        assertThrows(IllegalArgumentException.class, () -> Dossier.snapshot(CODE, PROC, UNIT, Channel.ONLINE, T0,
                DossierStatus.RESULT_RETURNED, Optional.empty(), Optional.of(T0.minusDays(1))));
        Dossier refused = online().transition(DossierStatus.REFUSED, T0.plusHours(3), "Sai thẩm quyền");
        assertEquals(Optional.of(T0.plusHours(3)), refused.completedAt());
        assertEquals(Optional.of("Sai thẩm quyền"), refused.history().get(0).note());
        assertThrows(IllegalArgumentException.class, () -> DossierConsistency.require(new Dossier(CODE, PROC, UNIT,
                Channel.ONLINE, T0, Optional.empty(), Optional.of(T0.plusHours(4)), DossierStatus.REFUSED, refused.history(),
                true, Optional.empty())));
    }

    @Test
    void dueMustNotBeBeforeReceipt() {
        assertThrows(IllegalArgumentException.class, () -> online().withDue(T0.minusHours(1)));
        assertEquals(Optional.of(T0.plusDays(3)), inPerson().withDue(T0.plusDays(3)).due());
    }

    @Test
    void snapshotsCanMoveOn() {
        Dossier s = Dossier.snapshot(CODE, PROC, UNIT, Channel.ONLINE, T0, DossierStatus.PROCESSING,
                Optional.of(T0.plusDays(5)), Optional.empty());
        assertFalse(s.fullHistory());
        Dossier done = s.transition(DossierStatus.PROCESSED, T0.plusDays(2)).transition(DossierStatus.RESULT_RETURNED, T0.plusDays(3));
        assertEquals(DossierStatus.PROCESSING, done.firstKnownStatus());
        assertEquals(Optional.of(T0), done.clockStart());
        assertEquals(Optional.empty(), done.statusAt(T0.plusDays(1)));
        assertEquals(Optional.of(DossierStatus.PROCESSED), done.statusAt(T0.plusDays(2).plusHours(1)));
    }

    @Test
    void statusAtFollowsTheHistory() {
        Dossier d = walk(online(), List.of(DossierStatus.ACCEPTED, DossierStatus.PROCESSING));
        assertEquals(Optional.empty(), d.statusAt(T0.minusSeconds(1)));
        assertEquals(Optional.of(DossierStatus.NEW), d.statusAt(T0));
        assertEquals(Optional.of(DossierStatus.ACCEPTED), d.statusAt(T0.plusHours(1)));
        assertEquals(Optional.of(DossierStatus.PROCESSING), d.statusAt(T0.plusYears(1)));
    }

    @Test
    void clockStartsAtAcceptance() {
        assertEquals(Optional.empty(), online().clockStart());
        assertEquals(Optional.of(T0), inPerson().clockStart());
        assertEquals(Optional.empty(), online().transition(DossierStatus.REFUSED, T0.plusHours(1)).clockStart());
    }

    @Test
    void dueIsComputedWithACalculator() {
        DueDateCalculator plusDays = (start, limit) -> start.plusDays(limit.amount());
        Procedure p = Procedure.builder(PROC, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(3))
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).timeLimit(Channel.ONLINE, TimeLimit.workingDays(5)).build();
        Dossier accepted = online().transition(DossierStatus.ACCEPTED, T0.plusHours(1));
        assertEquals(Optional.of(T0.plusHours(1).plusDays(5)), accepted.computeDue(p, plusDays));
        assertEquals(Optional.of(T0.plusDays(3)), inPerson().computeDue(p, plusDays));
        assertEquals(Optional.empty(), online().computeDue(p, plusDays));
        Dossier withDue = accepted.withComputedDue(p, plusDays);
        assertTrue(withDue.isDueConsistentWith(p, plusDays));
        assertFalse(accepted.isDueConsistentWith(p, plusDays));
        assertFalse(accepted.withDue(T0.plusDays(1)).isDueConsistentWith(p, plusDays));
        assertEquals(online(), online().withComputedDue(p, plusDays));
        Procedure other = p.toBuilder().code(ProcedureCode.of("2.000815")).build();
        assertThrows(IllegalArgumentException.class, () -> accepted.computeDue(other, plusDays));
        Procedure noPost = p;
        Dossier byPost = Dossier.receive(CODE, PROC, UNIT, Channel.POST, T0);
        assertThrows(IllegalArgumentException.class, () -> byPost.computeDue(noPost, plusDays));
    }

    @Test
    void applicantIsAnOpaqueReference() {
        assertEquals(Optional.of("NOP-001"), online().withApplicant(" NOP-001 ").applicant());
        assertThrows(IllegalArgumentException.class, () -> online().withApplicant(" "));
    }

    @Test
    void historyIsImmutable() {
        Dossier d = online().transition(DossierStatus.ACCEPTED, T0.plusHours(1));
        assertThrows(UnsupportedOperationException.class, () -> d.history().clear());
        assertEquals(T0.toLocalDate(), d.receivedOn());
    }

    @Test
    void serialisedFormIsCheckedOnReading() {
        Dossier d = walk(inPerson(), List.of(DossierStatus.PROCESSING)).withApplicant("A1").withDue(T0.plusDays(2));
        Dossier back = SerializationRoundTrip.roundTrip(d);
        assertEquals(d, back);
        assertNotNull(back.history());
    }

    // ---- properties ----

    @Provide
    Arbitrary<Dossier> dossiers() {
        return ProcedureArbitraries.dossiers();
    }

    @Property(tries = 300)
    void legalWalksLeaveAConsistentHistory(@ForAll("dossiers") Dossier d) {
        DossierStatus s = d.firstKnownStatus();
        assertTrue(s.isInitialFor(d.channel()));
        LocalDateTime t = d.receivedAt();
        for (StatusChange c : d.history()) {
            assertEquals(s, c.from());
            assertTrue(c.isLegal());
            assertFalse(c.at().isBefore(t));
            s = c.to();
            t = c.at();
        }
        assertEquals(s, d.status());
        assertEquals(d.status().isTerminal(), d.completedAt().isPresent());
        assertEquals(List.of(), DossierConsistency.check(d));
        // rebuilding from the components gives an equal dossier
        assertEquals(d, new Dossier(d.code(), d.procedure(), d.unit(), d.channel(), d.receivedAt(), d.due(), d.completedAt(),
                d.status(), d.history(), d.fullHistory(), d.applicant()));
    }

    @Provide
    Arbitrary<List<DossierStatus>> attempts() {
        return Arbitraries.of(DossierStatus.class).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 500)
    void randomTransitionsAreAcceptedIffLegal(@ForAll("attempts") List<DossierStatus> attempts) {
        Dossier d = online();
        LocalDateTime t = T0;
        int accepted = 0;
        for (DossierStatus to : attempts) {
            t = t.plusMinutes(7);
            DossierStatus before = d.status();
            boolean legal = before.canTransitionTo(to);
            try {
                d = d.transition(to, t);
                assertTrue(legal, before + " -> " + to + " was accepted");
                accepted++;
            } catch (IllegalTransitionException e) {
                assertFalse(legal, before + " -> " + to + " was refused");
                assertEquals(before, d.status());
            }
        }
        assertEquals(accepted, d.history().size());
    }

    @Property(tries = 200)
    void serialisationRoundTrip(@ForAll("dossiers") Dossier d) {
        assertEquals(d, SerializationRoundTrip.roundTrip(d));
    }
}
