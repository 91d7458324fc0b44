package org.haicap.reporting.aggregate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers for keyed counts: exact long arithmetic, zero entries never stored. */
final class Counts {
    private Counts() {
    }

    /** The key-wise sum of two count maps, as a new unmodifiable map sorted by key (keys are comparable). */
    static <K> Map<K, Long> plus(Map<K, Long> a, Map<K, Long> b) {
        Map<K, Long> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Math::addExact));
        return Collections.unmodifiableMap(out);
    }

    /** An unmodifiable sorted copy of a mutable count map whose values are one-element arrays. */
    static <K> Map<K, Long> snapshot(Map<K, long[]> counts) {
        Map<K, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v[0] != 0) {
                out.put(k, v[0]);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Adds one to the counter of {@code key}. */
    static <K> void increment(Map<K, long[]> counts, K key) {
        long[] c = counts.get(key);
        if (c == null) {
            counts.put(key, new long[] {1});
        } else {
            c[0] = Math.addExact(c[0], 1);
        }
    }

    /** Adds every count of {@code from} to {@code into}. */
    static <K> void addAll(Map<K, long[]> into, Map<K, Long> from) {
        from.forEach((k, v) -> {
            long[] c = into.get(k);
            if (c == null) {
                into.put(k, new long[] {v});
            } else {
                c[0] = Math.addExact(c[0], v);
            }
        });
    }

    static long get(Map<?, Long> counts, Object key) {
        Long v = counts.get(key);
        return v == null ? 0 : v;
    }
}
