package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    @Test
    void editDistanceWithTranspositions() {
        assertEquals(0, NameIndex.distance("hoan kiem", "hoan kiem", 2));
        assertEquals(1, NameIndex.distance("hoan kem", "hoan kiem", 2));
        assertEquals(1, NameIndex.distance("hoan kiem", "hoan kime", 2));
        assertEquals(2, NameIndex.distance("ba dinh", "bad ihn", 2));
        assertEquals(3, NameIndex.distance("abc", "xyz", 2), "capped at max + 1");
    }

    @Property(tries = 300)
    void distanceIsSymmetricAndZeroOnlyForEqualStrings(
            @ForAll @AlphaChars @StringLength(max = 8) String a, @ForAll @AlphaChars @StringLength(max = 8) String b) {
        int d = NameIndex.distance(a, b, 3);
        assertEquals(d, NameIndex.distance(b, a, 3));
        assertEquals(a.equals(b), d == 0);
        assertTrue(d <= 4);
    }
}
