package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Property(tries = 200)
    void behavesLikeASet(@ForAll long[] keys) {
        LongHashSet s = new LongHashSet();
        Set<Long> ref = new HashSet<>();
        for (long k : keys) {
            long stored = k == 0 ? 1 : k;
            assertEquals(ref.add(stored), s.add(k));
        }
        assertEquals(ref.size(), s.size());
        for (long k : keys) {
            assertTrue(s.contains(k));
        }
    }

    @Test
    void growsAndCostsAtMost22BytesPerKey() {
        LongHashSet s = new LongHashSet();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(s.add(LongHashSet.hash("H01-" + i)));
        }
        assertFalse(s.add(LongHashSet.hash("H01-5")));
        assertTrue(s.bytes() <= 22L * 200_000, "bytes " + s.bytes());
        assertNotEquals(LongHashSet.hash("a"), LongHashSet.hash("b"));
    }

    @Test
    void hashOfNonAsciiTextIsTheHashOfItsUtf8Bytes() {
        assertNotEquals(LongHashSet.hash("Hà Nội"), LongHashSet.hash("Ha Noi"));
        assertEquals(LongHashSet.hash("Hà Nội"), LongHashSet.hash(new String("Hà Nội".toCharArray())));
    }

    @Test
    void drainGivesEveryKeyOnce() {
        LongHashSet s = new LongHashSet();
        Set<Long> ref = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            long k = LongHashSet.hash("K" + i);
            s.add(k);
            ref.add(k);
        }
        Set<Long> seen = new HashSet<>();
        s.drain(k -> assertTrue(seen.add(k)));
        assertEquals(ref, seen);
        assertEquals(0, s.bytes());
    }
}
