package org.haicap.reporting.aggregate;

import java.util.function.IntFunction;

/**
 * Counts keyed by a small non-negative int (a unit code's number): open addressing over one
 * {@code int[]} of keys and one {@code long[]} of counts, so counting a row reads two array
 * elements and allocates nothing, and the memory follows the number of distinct keys. Exact long
 * arithmetic. Mutable, not thread-safe.
 */
final class IntCounts {
    private int[] keys = new int[64];
    private long[] counts = new long[64];
    private int size;

    /** Adds {@code n} to the count of {@code key} (0 or more). */
    void add(int key, long n) {
        int stored = key + 1;
        int mask = keys.length - 1;
        int i = (stored * 0x9E3779B9) >>> 7 & mask;
        while (keys[i] != 0) {
            if (keys[i] == stored) {
                counts[i] = Math.addExact(counts[i], n);
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = stored;
        counts[i] = n;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** The non-zero counts, sorted by key, as a new sorted map with keys made by {@code key}. */
    <K extends Comparable<K>> java.util.Map<K, Long> toMap(IntFunction<K> key) {
        java.util.TreeMap<K, Long> out = new java.util.TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && counts[i] != 0) {
                out.put(key.apply(keys[i] - 1), counts[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (oldKeys[j] * 0x9E3779B9) >>> 7 & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }
}
