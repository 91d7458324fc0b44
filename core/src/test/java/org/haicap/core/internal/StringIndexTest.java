package org.haicap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StringIndexTest {

    record Entry(String key, int value) {
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withChars("ab01-Đ").ofMaxLength(4);
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return keys().flatMap(k -> Arbitraries.integers().between(0, 9).map(v -> new Entry(k, v))).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void answersAsAMapWhereTheFirstValueWins(@ForAll("entries") List<Entry> entries, @ForAll("keys") String probe) {
        Map<String, Entry> expected = new LinkedHashMap<>();
        entries.forEach(e -> expected.putIfAbsent(e.key(), e));
        StringIndex<Entry> index = StringIndex.of(entries, Entry::key);
        assertEquals(expected.size(), index.size());
        for (Map.Entry<String, Entry> e : expected.entrySet()) {
            assertSame(e.getValue(), index.get(new String(e.getKey())).orElseThrow());
        }
        assertEquals(Optional.ofNullable(expected.get(probe)), index.get(probe));
    }

    @Test
    void emptyAndCollidingKeys() {
        assertEquals(Optional.empty(), StringIndex.of(List.<Entry>of(), Entry::key).get("x"));
        // "Aa" and "BB" share String.hashCode
        StringIndex<Entry> index = StringIndex.of(List.of(new Entry("Aa", 1), new Entry("BB", 2)), Entry::key);
        assertEquals(1, index.get("Aa").orElseThrow().value());
        assertEquals(2, index.get("BB").orElseThrow().value());
        assertEquals(Optional.empty(), index.get("C#"));
    }
}
