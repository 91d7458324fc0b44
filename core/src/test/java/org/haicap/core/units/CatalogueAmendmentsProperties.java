package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The catalogue with no amendments is the base; amendments applied to the binary-loaded
 * catalogue give the same result as applied to the CSV-loaded one.
 */
class CatalogueAmendmentsProperties {

    private static final UnitCatalog BINARY = UnitCatalog.official();
    private static final UnitCatalog CSV = CatalogueLoader.loadOfficial();
    private static final UnitCatalog BASE = UnitCatalog.base();

    @Property(tries = 20)
    void anEmptyFileChangesNothing(@ForAll @IntRange(min = 0, max = 3320) int i) {
        UnitCatalog same = BASE.withAmendments(CatalogueAmendments.of("empty", null, List.of()));
        assertEquals(BASE.provinces(), same.provinces());
        assertEquals(BASE.units(), same.units());
        AdminUnit u = BASE.units().get(i);
        assertEquals(1, u.typeHistory().size());
        assertEquals(u.name(), u.nameAsOf(LocalDate.of(2030, 1, 1)));
        assertEquals(u.province().name(), u.province().nameAsOf(LocalDate.of(2030, 1, 1)));
    }

    @Property(tries = 40)
    void amendmentsCommuteWithTheBinaryForm(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 3320) Integer> picks,
            @ForAll @IntRange(min = 0, max = 33) int province, @ForAll @IntRange(min = 1, max = 400) int days) {
        LocalDate eff = LocalDate.of(2026, 10, 1).plusDays(days);
        Set<Integer> distinct = new LinkedHashSet<>(picks);
        List<AmendmentChange> changes = new ArrayList<>();
        for (int i : distinct) {
            AdminUnit u = CSV.units().get(i);
            UnitType now = u.typeAsOf(eff);
            UnitType next = now == UnitType.XA ? UnitType.PHUONG : UnitType.XA;
            changes.add(new UnitChange(u.code(), now, next, u.shortName(), u.shortName() + " Mới"));
        }
        Province p = CSV.provinces().get(province);
        ProvinceType pt = p.typeAsOf(eff);
        changes.add(ProvinceChange.type(p.code(), pt,
                pt == ProvinceType.PROVINCE ? ProvinceType.CENTRAL_CITY : ProvinceType.PROVINCE));
        CatalogueAmendments file = CatalogueAmendments.of("generated", eff,
                List.of(new CatalogueAmendment("999/NQ-UBTVQH16", "", null, "", eff, List.of(), changes)));
        UnitCatalog fromBinary = BINARY.withAmendments(file);
        UnitCatalog fromCsv = CSV.withAmendments(file);
        assertEquals(fromCsv.provinces(), fromBinary.provinces());
        assertEquals(fromCsv.units(), fromBinary.units());
        assertEquals(fromCsv.loadOrder(), fromBinary.loadOrder());
        assertEquals(fromCsv.horizon(), fromBinary.horizon());
        int first = distinct.iterator().next();
        AdminUnit u = fromBinary.units().get(first);
        assertEquals(CSV.units().get(first).shortName() + " Mới", u.shortNameAsOf(eff));
        assertEquals(CSV.units().get(first).shortName(), u.shortNameAsOf(eff.minusDays(1)));
    }
}
