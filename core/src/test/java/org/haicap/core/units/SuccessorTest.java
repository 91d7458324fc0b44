package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SuccessorTest {

    @Test
    void shareComesFromTheFormerEntry() {
        Successor s = UnitCatalog.official().successors("00013").get(0);
        assertEquals(MergeShare.WHOLE, s.share());
        assertEquals(s.former().share(), s.share());
        assertEquals("Phường Quán Thánh → 00004 Phường Ba Đình (WHOLE)", s.toString());
    }

    @Test
    void valuesAreChecked() {
        Successor s = UnitCatalog.official().successors("00013").get(0);
        assertThrows(NullPointerException.class, () -> new Successor(null, s.former()));
        assertThrows(NullPointerException.class, () -> new Successor(s.unit(), null));
    }
}
