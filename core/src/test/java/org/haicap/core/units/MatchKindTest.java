package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchKindTest {

    @Test
    void declarationOrderIsRankOrder() {
        assertEquals(List.of(MatchKind.EXACT, MatchKind.PREFIX, MatchKind.FUZZY), List.of(MatchKind.values()));
        assertTrue(MatchKind.EXACT.compareTo(MatchKind.FUZZY) < 0);
    }

    @Test
    void eachKindIsProducedBySearch() {
        UnitCatalog c = UnitCatalog.official();
        assertEquals(MatchKind.EXACT, c.search("ba dinh").get(0).match());
        assertEquals(MatchKind.PREFIX, c.search("ba di").get(0).match());
        assertEquals(MatchKind.FUZZY, c.search("ba dnh, ha noi").get(0).match());
    }
}
