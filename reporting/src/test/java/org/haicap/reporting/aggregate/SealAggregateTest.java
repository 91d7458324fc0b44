package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.PartyOrganisation.Kind;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.Seal;
import org.haicap.core.party.SealId;
import org.haicap.core.testing.PartyArbitraries;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class SealAggregateTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);

    /** An organisation, maybe with a seal it owns. */
    record Item(PartyOrganisation organisation, Optional<Seal> seal) {
    }

    @Provide
    Arbitrary<List<Item>> items() {
        return Combinators.combine(PartyArbitraries.organisations(), PartyArbitraries.seals().optional(0.8))
                .as((o, s) -> new Item(o, s.map(x -> new Seal(x.id(), o.id(), x.purpose(), x.requestedOn(), x.issuedOn()))))
                .list().ofMaxSize(30);
    }

    private static SealAggregate fold(List<Item> items) {
        SealAggregate.Accumulator a = SealAggregate.accumulator(AS_OF);
        for (Item i : items) {
            a.add(i.organisation());
            i.seal().ifPresent(s -> a.add(s, Optional.of(i.organisation())));
        }
        return a.snapshot();
    }

    @Property(tries = 300)
    void isACommutativeMonoid(@ForAll("items") List<Item> items, @ForAll @IntRange(max = 30) int i,
            @ForAll @IntRange(max = 30) int j) {
        Laws.check(items, i, j, SealAggregate.empty(AS_OF), SealAggregateTest::fold, SealAggregate::merge);
    }

    @Property(tries = 300)
    void preparingAndRequestedMakeTheCommunes(@ForAll("items") List<Item> items) {
        SealAggregate s = fold(items);
        assertEquals(s.communes(), s.organisationSealsRequested() + s.organisationSealsPreparing());
    }

    @Test
    void countsCommunesWithStaffSealsAndRequests() {
        UnitCode u1 = UnitCode.of("00004");
        UnitCode u2 = UnitCode.of("00008");
        PartyOrganisation du1 = PartyOrganisation.of(PartyOrganisationId.of("DU-1"), Kind.COMMUNE_PARTY_COMMITTEE,
                "Đảng bộ phường Ba Đình", u1, 900, 0);
        PartyOrganisation du2 = PartyOrganisation.of(PartyOrganisationId.of("DU-2"), Kind.COMMUNE_PARTY_COMMITTEE,
                "Đảng bộ xã Phúc Thọ", u2, 700, 0);
        PartyOrganisation cs1 = PartyOrganisation.of(PartyOrganisationId.of("CS-1"), Kind.BASIC_PARTY_CELL, "Chi bộ 1", u1, 20, 0);
        PartyOrganisation tt = PartyOrganisation.of(PartyOrganisationId.of("TT-2"), Kind.SUBORDINATE_PARTY_CELL, "Chi bộ 2", u2, 5, 0);
        LocalDate july = LocalDate.of(2025, 7, 5);
        SealAggregate s = SealAggregate.accumulator(AS_OF).add(du1).add(du2).add(cs1).add(tt)
                .add(Seal.preparing(SealId.of("S1"), du1.id(), Seal.Purpose.STAFF_BODIES).requested(july).issued(july),
                        Optional.of(du1))
                .add(Seal.preparing(SealId.of("S2"), du2.id(), Seal.Purpose.STAFF_BODIES).requested(july)
                        .issued(LocalDate.of(2025, 7, 20)), Optional.of(du2))
                .add(Seal.preparing(SealId.of("S3"), cs1.id(), Seal.Purpose.ORGANISATION).requested(july), Optional.of(cs1))
                // a subordinate cell's request does not count for its commune
                .add(Seal.preparing(SealId.of("S4"), tt.id(), Seal.Purpose.ORGANISATION).requested(july), Optional.of(tt))
                .add(Seal.preparing(SealId.of("S5"), PartyOrganisationId.of("X"), Seal.Purpose.ORGANISATION), Optional.empty())
                .snapshot();
        assertEquals(2, s.communes());
        assertEquals(1, s.staffBodiesSealed());
        assertEquals(1, s.organisationSealsRequested());
        assertEquals(1, s.organisationSealsPreparing());
        assertEquals(1, s.count(Kind.COMMUNE_PARTY_COMMITTEE, Seal.Purpose.STAFF_BODIES, Seal.Status.REQUESTED));
        assertEquals(1, s.unknownOwner());
    }

    @Test
    void refusesAnotherDay() {
        assertThrows(AggregateMismatchException.class,
                () -> SealAggregate.empty(AS_OF).merge(SealAggregate.empty(AS_OF.minusDays(1))));
    }
}
