package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.calendar.Timeliness;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.testing.ProcedureArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class DossierAggregateTest {
    private static final DossierAggregate.Parameters P = DossierAggregate.Parameters.of(LocalDate.of(2025, 7, 15),
            LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));

    @Provide
    Arbitrary<List<Dossier>> dossiers() {
        return ProcedureArbitraries.dossiers().list().ofMaxSize(30);
    }

    private static DossierAggregate fold(List<Dossier> ds) {
        DossierAggregate.Accumulator a = DossierAggregate.accumulator(P);
        ds.forEach(a::add);
        return a.snapshot();
    }

    @Property(tries = 200)
    void isACommutativeMonoid(@ForAll("dossiers") List<Dossier> ds, @ForAll @IntRange(max = 30) int i,
            @ForAll @IntRange(max = 30) int j) {
        Laws.check(ds, i, j, DossierAggregate.empty(P), DossierAggregateTest::fold, DossierAggregate::merge);
    }

    @Property(tries = 200)
    void everyBreakdownSumsToTheTotal(@ForAll("dossiers") List<Dossier> ds) {
        DossierAggregate d = fold(ds);
        assertEquals(d.total(), sum(d.byChannel()));
        assertEquals(d.total(), sum(d.byUnit()));
        assertEquals(d.total(), sum(d.byProcedure()));
        assertEquals(d.total(), sum(d.byStatus()));
        assertEquals(d.total(), sum(d.byTimeliness()) + d.withoutDueDate());
        assertEquals(ds.size(), d.total() + d.outsidePeriod());
    }

    @Property(tries = 100)
    void theAddPathAndTheParallelStreamAgree(@ForAll("dossiers") @Size(max = 10) List<Dossier> ds) {
        DossierAggregate one = DossierAggregate.empty(P);
        for (Dossier d : ds) {
            one = one.add(d);
        }
        DossierAggregate parallel = ds.parallelStream().collect(() -> DossierAggregate.accumulator(P),
                DossierAggregate.Accumulator::add, DossierAggregate.Accumulator::addAll).snapshot();
        assertEquals(fold(ds), one);
        assertEquals(fold(ds), parallel);
    }

    private static long sum(Map<?, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void countsByPeriodChannelAndTimeliness() {
        ProcedureCode proc = ProcedureCode.of("1.001193");
        UnitCode unit = UnitCode.of("00004");
        LocalDateTime t = LocalDateTime.of(2025, 7, 1, 9, 0);
        Dossier open = Dossier.receive(DossierCode.of("H15", t.toLocalDate(), 1), proc, unit, Channel.IN_PERSON, t)
                .withDue(LocalDateTime.of(2025, 7, 3, 17, 0));
        Dossier late = open.transition(DossierStatus.PROCESSING, t.plusHours(1))
                .transition(DossierStatus.PROCESSED, LocalDateTime.of(2025, 7, 4, 9, 0))
                .transition(DossierStatus.RESULT_RETURNED, LocalDateTime.of(2025, 7, 4, 10, 0));
        Dossier noDue = Dossier.receive(DossierCode.of("H15", t.toLocalDate(), 2), proc, unit, Channel.ONLINE, t);
        Dossier before = Dossier.receive(DossierCode.of("H15", LocalDate.of(2025, 6, 30), 3), proc, unit, Channel.ONLINE,
                LocalDateTime.of(2025, 6, 30, 9, 0));
        DossierAggregate.Parameters p = DossierAggregate.Parameters.of(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 13));
        DossierAggregate d = DossierAggregate.accumulator(p).add(open).add(late).add(noDue).add(before).snapshot();
        assertEquals(3, d.total());
        assertEquals(1, d.outsidePeriod());
        assertEquals(1, d.count(Channel.ONLINE));
        assertEquals(2, d.count(Channel.IN_PERSON));
        assertEquals(1, d.count(Timeliness.OVERDUE));
        assertEquals(1, d.count(Timeliness.LATE));
        assertEquals(1, d.withoutDueDate());
        assertEquals(3, d.count(unit));
        assertEquals(3, d.count(proc));
        assertEquals(1, d.count(DossierStatus.RESULT_RETURNED));
    }

    @Test
    void aCalendarComputesMissingDueDates() {
        ProcedureCode proc = ProcedureCode.of("1.001193");
        Procedure procedure = Procedure.builder(proc, "Đăng ký khai sinh", "Hộ tịch", TimeLimit.workingDays(1))
                .online(OnlineLevel.FULL, Channel.ONLINE, Channel.IN_PERSON).build();
        LocalDateTime t = LocalDateTime.of(2025, 7, 1, 9, 0);
        Dossier d = Dossier.receive(DossierCode.of("H15", t.toLocalDate(), 1), proc, UnitCode.of("00004"),
                Channel.IN_PERSON, t);
        DossierAggregate.Parameters p = new DossierAggregate.Parameters(LocalDate.of(2025, 7, 15),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13), "statutory");
        DossierAggregate a = DossierAggregate.accumulator(p, WorkingDayCalendar.statutory(),
                c -> c.equals(proc) ? Optional.of(procedure) : Optional.empty()).add(d).snapshot();
        assertEquals(0, a.withoutDueDate());
        assertEquals(1, a.count(Timeliness.OVERDUE));
        assertThrows(AggregateMismatchException.class, () -> DossierAggregate.accumulator(P,
                WorkingDayCalendar.statutory(), c -> Optional.empty()));
    }

    @Test
    void refusesToMergeDifferentParameters() {
        DossierAggregate.Parameters other = DossierAggregate.Parameters.of(LocalDate.of(2025, 7, 16),
                LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
        AggregateMismatchException e = assertThrows(AggregateMismatchException.class,
                () -> DossierAggregate.empty(P).merge(DossierAggregate.empty(other)));
        assertEquals(other.toString(), e.theirs());
        assertThrows(IllegalArgumentException.class,
                () -> DossierAggregate.Parameters.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 1)));
    }
}
