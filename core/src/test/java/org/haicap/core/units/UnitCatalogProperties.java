package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.text.VietnameseText;

/** Laws that hold over the whole catalogue. Loops are exhaustive where that is cheaper than sampling. */
class UnitCatalogProperties {

    private static final UnitCatalog CATALOG = UnitCatalog.official();

    /** How many units of the same province share each folded short name (10 pairs share one). */
    private static final Map<String, Integer> HOMONYMS = new HashMap<>();

    static {
        for (AdminUnit u : CATALOG.units()) {
            HOMONYMS.merge(key(u), 1, Integer::sum);
        }
    }

    private static String key(AdminUnit u) {
        return u.province().code() + "|" + VietnameseText.fold(u.shortName());
    }

    @Provide
    Arbitrary<AdminUnit> units() {
        return Arbitraries.of(CATALOG.units());
    }

    @Example
    void everyUnitIsFoundFirstByItsStrippedShortNameWithinItsProvince() {
        int homonymPairs = 0;
        for (AdminUnit u : CATALOG.units()) {
            String stripped = VietnameseText.fold(u.shortName());
            int tied = HOMONYMS.get(key(u));
            List<SearchHit> byParameter = CATALOG.search(stripped, u.province().code(), 5);
            List<SearchHit> byComma = CATALOG.search(stripped + ", " + VietnameseText.fold(u.province().shortName()), 5);
            assertEquals(byParameter, byComma, u.toString());
            // a former unit spelt without diacritics may come first as an exact former hit: current names only
            byParameter = byParameter.stream().filter(h -> !h.isFormer()).toList();
            assertTrue(codesOf(byParameter.subList(0, Math.min(tied, byParameter.size()))).contains(u.code()),
                    u + " -> " + byParameter);
            // folded: exact only for a name written without diacritics
            SearchHit first = byParameter.get(0);
            assertEquals(VietnameseText.spellingKey(first.unit().shortName()).equals(stripped) ? MatchKind.EXACT
                    : MatchKind.FOLDED, first.match(), u.toString());
            assertEquals(MatchKind.EXACT, CATALOG.search(u.shortName(), u.province().code(), 5).get(0).match(), u.toString());
            if (tied > 1) {
                homonymPairs++;
                // with its diacritics the unit comes first even among folded homonyms
                assertEquals(u, CATALOG.search(u.shortName(), u.province().code(), 5).get(0).unit());
            }
        }
        assertEquals(20, homonymPairs, "10 pairs of units share a folded name within a province");
    }

    @Property(tries = 300)
    void aUnitIsFoundFirstByItsFullNameInAnySpelling(@ForAll("units") AdminUnit u,
                                                     @ForAll("spellings") int spelling) {
        String name = u.typeHistory().get(0).type().vietnamese() + " " + u.shortName();
        String query;
        switch (spelling) {
            case 0 -> query = name.toUpperCase(Locale.ROOT);
            case 1 -> query = Normalizer.normalize(name, Normalizer.Form.NFD);
            case 2 -> query = u.typeHistory().get(0).type().abbreviation() + " " + u.shortName();
            default -> query = u.shortName().replace('’', '\'').toLowerCase(Locale.ROOT);
        }
        List<SearchHit> hits = CATALOG.search(query + ", " + u.province().name(), 3);
        assertEquals(u, hits.get(0).unit(), query + " -> " + hits);
    }

    @Provide
    Arbitrary<Integer> spellings() {
        return Arbitraries.integers().between(0, 3);
    }

    @Example
    void everyFormerCodeMapsToAtLeastOneNewUnit() {
        Set<String> formerCodes = new HashSet<>();
        for (AdminUnit u : CATALOG.units()) {
            for (FormerUnit f : u.formerUnits()) {
                if (!f.code().isEmpty()) {
                    formerCodes.add(f.code());
                }
            }
        }
        assertEquals(10033, formerCodes.size());
        for (String code : formerCodes) {
            assertFalse(CATALOG.successors(code).isEmpty(), code);
        }
    }

    @Example
    void predecessorsAndSuccessorsAreMutuallyConsistent() {
        int pairs = 0;
        for (AdminUnit u : CATALOG.units()) {
            assertEquals(u.formerUnits(), CATALOG.predecessors(u.code()));
            for (FormerUnit f : u.formerUnits()) {
                pairs++;
                if (!f.code().isEmpty()) {
                    assertTrue(CATALOG.successors(f.code()).contains(new Successor(u, f)), u + " / " + f);
                }
                assertTrue(CATALOG.successorsByName(f.name(), f.districtName(), f.provinceName())
                        .contains(new Successor(u, f)), u + " / " + f);
            }
        }
        assertEquals(10571, pairs, "former-unit rows of the official workbook");
        for (AdminUnit u : CATALOG.units()) {
            for (FormerUnit f : u.formerUnits()) {
                for (Successor s : CATALOG.successors(f.code().isEmpty() ? "00000" : f.code())) {
                    assertTrue(s.unit().formerUnits().contains(s.former()));
                    assertEquals(f.code(), s.former().code());
                }
            }
        }
    }

    @Property(tries = 200)
    void typesAreDefinedOnEveryDateFromTheReformOn(@ForAll("units") AdminUnit u,
                                                   @ForAll("daysAfterReform") int days) {
        LocalDate date = UnitCatalog.EFFECTIVE_FROM.plusDays(days);
        UnitType t = u.typeAsOf(date);
        assertTrue(u.typeHistory().stream().anyMatch(c -> c.type() == t));
        assertEquals(t.vietnamese() + " " + u.shortName(), u.nameAsOf(date));
        assertThrows(BeforeReformException.class, () -> u.typeAsOf(UnitCatalog.EFFECTIVE_FROM.minusDays(days + 1)));
        if (u.typeHistory().size() == 1) {
            assertEquals(u.name(), u.nameAsOf(date));
        }
    }

    @Provide
    Arbitrary<Integer> daysAfterReform() {
        return Arbitraries.integers().between(0, 3650);
    }

    @Property(tries = 200)
    void lookupByCodeRoundTrips(@ForAll("units") AdminUnit u) {
        assertEquals(u, CATALOG.unit(u.code()).orElseThrow());
        assertEquals(u, CATALOG.unit(u.code().value()).orElseThrow());
        assertTrue(CATALOG.units(u.province().code()).contains(u));
        assertTrue(CATALOG.unitsByName(u.province().code()).contains(u));
        assertTrue(u.mergedCommuneCount() >= 1);
    }

    private static Set<UnitCode> codesOf(List<SearchHit> hits) {
        Set<UnitCode> s = new HashSet<>();
        hits.forEach(h -> s.add(h.unit().code()));
        return s;
    }
}
