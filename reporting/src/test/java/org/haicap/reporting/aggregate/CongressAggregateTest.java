package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.party.Congress;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Term;
import org.haicap.core.testing.PartyArbitraries;
import org.junit.jupiter.api.Test;

class CongressAggregateTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);
    private static final CongressAggregate.Parameters P = new CongressAggregate.Parameters(AS_OF, List.of(
            CongressAggregate.Window.of("before", EnumSet.of(Kind.BASIC_PARTY_CELL, Kind.BASIC_PARTY_COMMITTEE),
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
            CongressAggregate.Window.of("after", Set.of(Kind.SUBORDINATE_PARTY_CELL), LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 12, 31))),
            List.of(CongressAggregate.Window.of("july", Set.of(Kind.COMMUNE_PARTY_COMMITTEE), LocalDate.of(2025, 7, 21),
                    LocalDate.of(2025, 7, 31))));

    @Provide
    Arbitrary<List<Tuple2<Congress, Optional<Kind>>>> congresses() {
        return Combinators.combine(PartyArbitraries.congresses(), Arbitraries.of(Kind.class).optional(0.9))
                .as(Tuple::of).list().ofMaxSize(30);
    }

    private static CongressAggregate fold(List<Tuple2<Congress, Optional<Kind>>> cs) {
        CongressAggregate.Accumulator a = CongressAggregate.accumulator(P);
        cs.forEach(c -> a.add(c.get1(), c.get2()));
        return a.snapshot();
    }

    @Property(tries = 300)
    void isACommutativeMonoid(@ForAll("congresses") List<Tuple2<Congress, Optional<Kind>>> cs,
            @ForAll @IntRange(max = 30) int i, @ForAll @IntRange(max = 30) int j) {
        Laws.check(cs, i, j, CongressAggregate.empty(P), CongressAggregateTest::fold, CongressAggregate::merge);
    }

    private static Congress congress(int n) {
        return Congress.planned(CongressId.of("DH-" + n), PartyOrganisationId.of("O-" + n), Term.of(2025, 2030), 1);
    }

    @Test
    void countsRequiredAndHeldPerWindow() {
        Optional<Kind> cell = Optional.of(Kind.BASIC_PARTY_CELL);
        CongressAggregate c = CongressAggregate.empty(P)
                .add(congress(1).heldOn(Congress.Dates.on(LocalDate.of(2025, 5, 10))), cell)
                .add(congress(2).registeredFor(Congress.Dates.on(LocalDate.of(2025, 6, 20))), cell)
                // registered before 30/6, held after: required before, not held before, not in "after"
                .add(congress(3).registeredFor(Congress.Dates.on(LocalDate.of(2025, 6, 25)))
                        .heldOn(Congress.Dates.on(LocalDate.of(2025, 7, 2))), cell)
                // not required: not counted
                .add(congress(4).heldOn(Congress.Dates.on(LocalDate.of(2025, 5, 10))).withRequiredInWindow(false), cell)
                // held after the as-of date: required after, not held
                .add(congress(5).heldOn(Congress.Dates.on(LocalDate.of(2025, 7, 20))), Optional.of(Kind.SUBORDINATE_PARTY_CELL))
                .add(congress(6).heldOn(Congress.Dates.on(LocalDate.of(2025, 7, 10))), Optional.of(Kind.SUBORDINATE_PARTY_CELL))
                .add(congress(7).registeredFor(new Congress.Dates(LocalDate.of(2025, 7, 21), LocalDate.of(2025, 7, 22)))
                        .asPilot().withPoliticalReport(Congress.ReportDraftStatus.CONSULTING),
                        Optional.of(Kind.COMMUNE_PARTY_COMMITTEE))
                .add(congress(8), Optional.empty());
        assertEquals(3, c.required("before"));
        assertEquals(1, c.held("before"));
        assertEquals(2, c.required("after"));
        assertEquals(1, c.held("after"));
        assertEquals(1, c.registered("july"));
        assertEquals(1, c.pilots("july"));
        assertEquals(1, c.politicalReport(Kind.COMMUNE_PARTY_COMMITTEE, Congress.ReportDraftStatus.CONSULTING));
        assertEquals(1, c.congresses(Kind.COMMUNE_PARTY_COMMITTEE));
        assertEquals(4, c.congresses(Kind.BASIC_PARTY_CELL));
        assertEquals(1, c.unknownOrganisation());
        assertThrows(IllegalArgumentException.class, () -> c.required("nowhere"));
    }

    @Test
    void refusesOtherWindows() {
        CongressAggregate.Parameters other = new CongressAggregate.Parameters(AS_OF, List.of(), List.of());
        assertThrows(AggregateMismatchException.class, () -> CongressAggregate.empty(P).merge(CongressAggregate.empty(other)));
        assertThrows(IllegalArgumentException.class,
                () -> CongressAggregate.Window.of("x", Set.of(), AS_OF, AS_OF));
    }
}
