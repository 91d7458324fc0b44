package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchKindTest {

    @Test
    void declarationOrderIsRankOrder() {
        assertEquals(List.of(MatchKind.EXACT, MatchKind.FOLDED, MatchKind.PREFIX, MatchKind.FUZZY), List.of(MatchKind.values()));
        assertTrue(MatchKind.EXACT.compareTo(MatchKind.FUZZY) < 0);
    }

    @Test
    void eachKindIsProducedBySearch() {
        UnitCatalog c = UnitCatalog.official();
        assertEquals(MatchKind.EXACT, c.search("Ba Đình, Hà Nội").get(0).match());
        // without its diacritics the name matches only folded
        assertEquals(MatchKind.FOLDED, c.search("ba dinh, ha noi").get(0).match());
        assertEquals(MatchKind.PREFIX, c.search("ba di").get(0).match());
        assertEquals(MatchKind.FUZZY, c.search("ba dnh, ha noi").get(0).match());
    }
}
