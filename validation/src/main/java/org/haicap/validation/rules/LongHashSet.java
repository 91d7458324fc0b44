package org.haicap.validation.rules;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * A set of 64-bit keys for duplicate detection over streams of millions of rows: 1,024 segments
 * (chosen by the key's top 10 bits), each one {@code long[]} with open addressing and linear
 * probing. Many small segments rather than one table: a segment grows alone, and up to about 30
 * million keys no segment is large enough to be a "humongous" object for the G1 collector, which
 * would round it up to whole heap regions.
 *
 * <p><b>Memory:</b> a segment doubles when it is three quarters full, so the set holds between
 * 10.7 and 21.3 bytes per key (8 bytes per slot); since segments grow one at a time, growing
 * needs only 1/1024 of the set on top for a moment. 10 million keys take about 128 MB (a 2-way
 * split, 64 MB per piece, merges into the same 128 MB: {@link #drain} frees each segment of the
 * merged piece as it goes).
 *
 * <p><b>Collisions:</b> keys are {@link #hash(String)} values of the codes, so two different
 * codes share a key with probability about n²/2⁶⁵ for n rows: 3·10⁻⁶ for 10 million rows,
 * 3·10⁻⁴ for 100 million. The key 0 is stored as 1, which adds nothing measurable. Not
 * thread-safe.
 */
final class LongHashSet {
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int MAX_SEGMENT = 1 << 30;

    private final long[][] segments = new long[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private long size;

    LongHashSet() {
        for (int s = 0; s < SEGMENTS; s++) {
            segments[s] = new long[16];
        }
    }

    /** A 64-bit hash of a string's UTF-8 bytes: FNV-1a, then the MurmurHash3 finaliser. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return hashBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    private static long hashBytes(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Adds a key; true if it was not there. */
    boolean add(long key) {
        if (key == 0) {
            key = 1;
        }
        int s = (int) (key >>> (64 - SEGMENT_BITS));
        long[] table = segments[s];
        int mask = table.length - 1;
        int i = (int) (key ^ (key >>> 29)) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        if (++sizes[s] > table.length - (table.length >>> 2)) {
            grow(s);
        }
        return true;
    }

    /**
     * Reads the first slot of each of the first {@code n} keys, without changing anything, and
     * returns a value made of them (for the caller to keep, so the reads are not optimised away).
     * The reads do not depend on one another, so their cache misses overlap; the {@link #add}s
     * that follow find the slots in the cache.
     */
    long touch(long[] batch, int n) {
        long sum = 0;
        for (int j = 0; j < n; j++) {
            long key = batch[j] == 0 ? 1 : batch[j];
            long[] table = segments[(int) (key >>> (64 - SEGMENT_BITS))];
            sum += table[(int) (key ^ (key >>> 29)) & (table.length - 1)];
        }
        return sum;
    }

    /** Whether the key is there. */
    boolean contains(long key) {
        if (key == 0) {
            key = 1;
        }
        long[] table = segments[(int) (key >>> (64 - SEGMENT_BITS))];
        if (table == null) {
            return false;
        }
        int mask = table.length - 1;
        int i = (int) (key ^ (key >>> 29)) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** Bytes held by the tables. */
    long bytes() {
        long n = 0;
        for (long[] t : segments) {
            n += t == null ? 0 : 8L * t.length;
        }
        return n;
    }

    void forEach(LongConsumer action) {
        for (long[] table : segments) {
            if (table != null) {
                for (long k : table) {
                    if (k != 0) {
                        action.accept(k);
                    }
                }
            }
        }
    }

    /** Gives every key to {@code action}, freeing each segment after it; the set is unusable afterwards. */
    void drain(LongConsumer action) {
        for (int s = 0; s < SEGMENTS; s++) {
            long[] table = segments[s];
            segments[s] = null;
            if (table != null) {
                for (long k : table) {
                    if (k != 0) {
                        action.accept(k);
                    }
                }
            }
        }
        size = 0;
    }

    private void grow(int s) {
        long[] old = segments[s];
        if (old.length >= MAX_SEGMENT) {
            throw new IllegalStateException("quá nhiều khóa / too many keys: " + size);
        }
        long[] table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long k : old) {
            if (k != 0) {
                int i = (int) (k ^ (k >>> 29)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = k;
            }
        }
        segments[s] = table;
    }
}
