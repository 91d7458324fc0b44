package org.haicap.core.procedures;

import org.haicap.core.ids.DossierCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class DossierConsistencyTest {
    private static final DossierCode CODE = DossierCode.parse("H15.50.05.13-250701-0976");
    private static final ProcedureCode PROC = ProcedureCode.of("1.001193");
    private static final UnitCode UNIT = UnitCode.of("00004");
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 7, 1, 8, 15);

    private static Dossier dossier(Channel channel, DossierStatus status, Optional<LocalDateTime> completedAt,
            List<StatusChange> history) {
        return new Dossier(CODE, PROC, UNIT, channel, T0, Optional.empty(), completedAt, status, history, true,
                Optional.empty());
    }

    private static List<String> kindsAndPaths(Dossier d) {
        return DossierConsistency.check(d).stream().map(v -> v.kind() + "@" + v.path()).toList();
    }

    @Test
    void anOnlineDossierAcceptedThenRefusedIsBuiltAndItsStepIsNamed() {
        List<StatusChange> h = List.of(StatusChange.of(T0.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED),
                StatusChange.of(T0.plusHours(2), DossierStatus.ACCEPTED, DossierStatus.REFUSED));
        Dossier d = dossier(Channel.ONLINE, DossierStatus.REFUSED, Optional.of(T0.plusHours(2)), h);
        List<DossierConsistency.Violation> found = DossierConsistency.check(d);
        assertEquals(1, found.size());
        DossierConsistency.Violation v = found.get(0);
        assertEquals(DossierConsistency.Kind.ILLEGAL_STEP, v.kind());
        assertEquals(DossierConsistency.Aspect.HISTORY, v.aspect());
        assertEquals("history[1].to", v.path());
        assertEquals(2, v.change());
        assertTrue(v.english().contains("cannot go from ACCEPTED to REFUSED"), v.english());
        assertTrue(v.english().contains(CODE.value()), v.english());
        assertTrue(v.vietnamese().contains("«Đã tiếp nhận»"), v.vietnamese());
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> DossierConsistency.require(d));
        assertEquals(DossierStatus.ACCEPTED, e.from());
        assertEquals(DossierStatus.REFUSED, e.to());
        assertFalse(DossierConsistency.isConsistent(d));
    }

    @Test
    void eachHistoryRuleHasItsKindAndPath() {
        assertEquals(List.of("START@history[0].from"), kindsAndPaths(dossier(Channel.ONLINE, DossierStatus.PROCESSING,
                Optional.empty(), List.of(StatusChange.of(T0, DossierStatus.ACCEPTED, DossierStatus.PROCESSING)))));
        assertEquals(List.of("START@status"), kindsAndPaths(dossier(Channel.POST, DossierStatus.PROCESSING,
                Optional.empty(), List.of())));
        assertEquals(List.of("BREAK@history[1].from"), kindsAndPaths(dossier(Channel.IN_PERSON, DossierStatus.PROCESSED,
                Optional.empty(), List.of(StatusChange.of(T0, DossierStatus.ACCEPTED, DossierStatus.PROCESSING),
                        StatusChange.of(T0, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PROCESSING)))));
        assertEquals(List.of("TIME_ORDER@history[1].at"), kindsAndPaths(dossier(Channel.IN_PERSON,
                DossierStatus.PROCESSED, Optional.empty(),
                List.of(StatusChange.of(T0.plusHours(2), DossierStatus.ACCEPTED, DossierStatus.PROCESSING),
                        StatusChange.of(T0.plusHours(1), DossierStatus.PROCESSING, DossierStatus.PROCESSED)))));
        assertEquals(List.of("TIME_ORDER@history[0].at"), kindsAndPaths(dossier(Channel.IN_PERSON,
                DossierStatus.PROCESSING, Optional.empty(),
                List.of(StatusChange.of(T0.minusMinutes(1), DossierStatus.ACCEPTED, DossierStatus.PROCESSING)))));
        assertEquals(List.of("END_STATUS@status"), kindsAndPaths(dossier(Channel.IN_PERSON, DossierStatus.PROCESSED,
                Optional.empty(), List.of(StatusChange.of(T0, DossierStatus.ACCEPTED, DossierStatus.PROCESSING)))));
    }

    @Test
    void aCompletionBeforeReceiptIsACompletionViolation() {
        Dossier d = new Dossier(CODE, PROC, UNIT, Channel.IN_PERSON, T0, Optional.empty(), Optional.of(T0.minusDays(1)),
                DossierStatus.RESULT_RETURNED, List.of(), false, Optional.empty());
        assertEquals(List.of("COMPLETION_BEFORE_RECEIPT@completedAt"), kindsAndPaths(d));
        assertEquals(DossierConsistency.Aspect.COMPLETION, DossierConsistency.check(d).get(0).aspect());
        InvalidProcedureDataException e = assertThrows(InvalidProcedureDataException.class,
                () -> DossierConsistency.require(d));
        assertEquals("completedAt", e.field());
    }

    @Test
    void completionMustBePresentExactlyWhenTerminalAndEqualTheLastChange() {
        assertEquals(List.of("COMPLETION_PRESENCE@completedAt"), kindsAndPaths(new Dossier(CODE, PROC, UNIT,
                Channel.IN_PERSON, T0, Optional.empty(), Optional.empty(), DossierStatus.STOPPED, List.of(), false,
                Optional.empty())));
        assertEquals(List.of("COMPLETION_PRESENCE@completedAt"), kindsAndPaths(new Dossier(CODE, PROC, UNIT,
                Channel.IN_PERSON, T0, Optional.empty(), Optional.of(T0), DossierStatus.PROCESSING, List.of(), false,
                Optional.empty())));
        assertEquals(List.of("COMPLETION_NOT_LAST_CHANGE@completedAt"), kindsAndPaths(dossier(Channel.ONLINE,
                DossierStatus.REFUSED, Optional.of(T0.plusHours(5)),
                List.of(StatusChange.of(T0.plusHours(1), DossierStatus.NEW, DossierStatus.REFUSED)))));
    }

    @Test
    void dueMomentsAreTheDueAspect() {
        Dossier d = Dossier.receive(CODE, PROC, UNIT, Channel.IN_PERSON, T0);
        Dossier early = new Dossier(CODE, PROC, UNIT, Channel.IN_PERSON, T0, Optional.of(T0.minusHours(1)),
                Optional.empty(), Optional.empty(), DossierStatus.ACCEPTED, List.of(), true, Optional.empty());
        assertEquals(List.of("DUE_BEFORE_RECEIPT@due"), kindsAndPaths(early));
        Dossier revisedOnly = new Dossier(CODE, PROC, UNIT, Channel.IN_PERSON, T0, Optional.empty(),
                Optional.of(T0.plusDays(9)), Optional.empty(), DossierStatus.ACCEPTED, List.of(), true, Optional.empty());
        assertEquals(List.of("REVISED_DUE_WITHOUT_DUE@revisedDue"), kindsAndPaths(revisedOnly));
        Dossier withDue = d.withDue(T0.plusDays(3));
        assertThrows(InvalidProcedureDataException.class, () -> withDue.withRevisedDue(T0.plusDays(3)));
        assertThrows(InvalidProcedureDataException.class, () -> d.withRevisedDue(T0.plusDays(3)));
        Dossier revised = withDue.withRevisedDue(T0.plusDays(7));
        assertEquals(List.of(), DossierConsistency.check(revised));
        assertEquals(Optional.of(T0.plusDays(3)), revised.due());
        assertEquals(Optional.of(T0.plusDays(7)), revised.revisedDue());
    }

    @Test
    void timelinessCountsTheOriginalOrTheRevisedDueDate() {
        Dossier d = Dossier.receive(CODE, PROC, UNIT, Channel.IN_PERSON, T0).withDue(T0.plusDays(3));
        assertEquals(Optional.of(T0.plusDays(3)), d.dueFor(DueDateBasis.REVISED), "no letter: the original");
        Dossier revised = d.withRevisedDue(T0.plusDays(7));
        assertEquals(Optional.of(T0.plusDays(3)), revised.dueFor(DueDateBasis.ORIGINAL));
        assertEquals(Optional.of(T0.plusDays(7)), revised.dueFor(DueDateBasis.REVISED));
        assertEquals(Optional.empty(), Dossier.receive(CODE, PROC, UNIT, Channel.IN_PERSON, T0)
                .dueFor(DueDateBasis.ORIGINAL));
    }

    @Test
    void aConsistentDossierAllocatesNoList() {
        Dossier d = Dossier.receive(CODE, PROC, UNIT, Channel.ONLINE, T0).transition(DossierStatus.ACCEPTED, T0)
                .transition(DossierStatus.PROCESSING, T0.plusHours(1));
        assertSame(List.of(), DossierConsistency.check(d));
        assertSame(d, DossierConsistency.require(d));
    }
}
