package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.haicap.core.calendar.Timeliness;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

/** Timeliness against the original or the Form 04 revised due date, and rows that break a domain rule. */
class DossierAggregateDueBasisTest {
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 7, 1, 8, 0);
    private static final DossierAggregate.Parameters P = DossierAggregate.Parameters.of(LocalDate.of(2025, 7, 31),
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));

    /** Received 1/7, due 3/7, a Form 04 letter promised 10/7, returned 8/7. */
    private static Dossier lateAgainstTheOriginal() {
        return Dossier.receive(DossierCode.parse("HS-250701-0001"), ProcedureCode.of("1.001193"), UnitCode.of("00004"),
                Channel.IN_PERSON, T0).withDue(T0.plusDays(2)).withRevisedDue(T0.plusDays(9))
                .transition(DossierStatus.PROCESSING, T0.plusHours(1))
                .transition(DossierStatus.PROCESSED, T0.plusDays(7))
                .transition(DossierStatus.RESULT_RETURNED, T0.plusDays(7));
    }

    private static DossierAggregate fold(DossierAggregate.Parameters p, Dossier... ds) {
        DossierAggregate.Accumulator a = DossierAggregate.accumulator(p);
        for (Dossier d : ds) {
            a.add(d);
        }
        return a.snapshot();
    }

    @Test
    void theOriginalDueDateCountsByDefault() {
        assertEquals(DueDateBasis.ORIGINAL, P.dueDateBasis());
        DossierAggregate d = fold(P, lateAgainstTheOriginal());
        assertEquals(1, d.count(Timeliness.LATE));
        assertEquals(0, d.count(Timeliness.EARLY));
    }

    @Test
    void theRevisedDueDateCountsWhenAsked() {
        DossierAggregate.Parameters revised = P.withDueDateBasis(DueDateBasis.REVISED);
        DossierAggregate d = fold(revised, lateAgainstTheOriginal());
        assertEquals(1, d.count(Timeliness.EARLY));
        assertEquals(0, d.count(Timeliness.LATE));
        // aggregates judged on different bases do not merge
        assertThrows(AggregateMismatchException.class, () -> fold(P).merge(d));
    }

    @Test
    void aDossierWithAnIllegalHistoryIsCounted() {
        Dossier illegal = new Dossier(DossierCode.parse("HS-250701-0002"), ProcedureCode.of("1.001193"),
                UnitCode.of("00004"), Channel.ONLINE, T0, Optional.empty(), Optional.of(T0.plusHours(2)),
                DossierStatus.REFUSED, List.of(StatusChange.of(T0.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED),
                        StatusChange.of(T0.plusHours(2), DossierStatus.ACCEPTED, DossierStatus.REFUSED)),
                true, Optional.empty());
        DossierAggregate d = fold(P, lateAgainstTheOriginal(), illegal);
        assertEquals(2, d.total());
        assertEquals(1, d.count(DossierStatus.REFUSED));
        assertEquals(1, d.withoutDueDate());
    }
}
