package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchHitTest {

    @Test
    void typeMatchedOnlyWhenTheQueryNamesTheUnitsType() {
        UnitCatalog c = UnitCatalog.official();
        assertFalse(c.search("ba đình").get(0).typeMatched());
        assertTrue(c.search("p ba đình").get(0).typeMatched());
        SearchHit wrongType = c.search("xã ba đình, hà nội").get(0);
        assertEquals("00004", wrongType.unit().code().value());
        assertFalse(wrongType.typeMatched());
        // Lộc Ninh (Đồng Nai) was a xã and is a phường since 30/4/2026: both types match
        assertTrue(c.search("phuong loc ninh, dong nai").get(0).typeMatched());
        assertTrue(c.search("xa loc ninh, dong nai").get(0).typeMatched());
    }

    @Test
    void valuesAreChecked() {
        AdminUnit u = UnitCatalog.official().unit("00004").orElseThrow();
        assertThrows(NullPointerException.class, () -> new SearchHit(null, MatchKind.EXACT, false));
        assertThrows(NullPointerException.class, () -> new SearchHit(u, null, false));
    }
}
