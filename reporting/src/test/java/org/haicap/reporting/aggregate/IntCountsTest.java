package org.haicap.reporting.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IntCountsTest {

    @Property(tries = 300)
    void countsLikeASortedMap(@ForAll @Size(max = 2000) List<@IntRange(max = 99_999) Integer> keys) {
        IntCounts counts = new IntCounts();
        Map<Integer, Long> expected = new TreeMap<>();
        for (int k : keys) {
            counts.add(k, 1);
            expected.merge(k, 1L, Long::sum);
        }
        assertEquals(expected, counts.toMap(Integer::valueOf));
    }

    @Test
    void zeroCountsAreLeftOutAndOverflowIsAnError() {
        IntCounts counts = new IntCounts();
        counts.add(7, 0);
        assertEquals(Map.of(), counts.toMap(Integer::valueOf));
        counts.add(0, Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> counts.add(0, 1));
    }
}
