package org.haicap.validation.rules;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * A set of 64-bit keys in one {@code long[]} with open addressing and linear probing, for
 * duplicate detection over streams of millions of rows.
 *
 * <p><b>Memory:</b> the table doubles when it is half full, so it holds between 16 and 32 bytes
 * per key (8 bytes per slot), and 48 bytes per key for a moment while it grows. 10 million
 * keys take 256 MB at most, 100 million 2 GB.
 *
 * <p><b>Collisions:</b> keys are {@link #hash(String)} values of the codes, so two different
 * codes share a key with probability about n²/2⁶⁵ for n rows: 3·10⁻⁶ for 10 million rows,
 * 3·10⁻⁴ for 100 million. The key 0 is stored as 1, which adds nothing measurable. Not
 * thread-safe.
 */
final class LongHashSet {
    private long[] table = new long[16];
    private int size;
    private boolean hasZero;

    /** A 64-bit hash of a string's UTF-8 bytes: FNV-1a, then the MurmurHash3 finaliser. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
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
        int mask = table.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        if (size * 2 > table.length) {
            grow();
        }
        return true;
    }

    /** Whether the key is there. */
    boolean contains(long key) {
        if (key == 0) {
            key = 1;
        }
        int mask = table.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** Bytes held by the table. */
    long bytes() {
        return 8L * table.length;
    }

    void forEach(LongConsumer action) {
        for (long k : table) {
            if (k != 0) {
                action.accept(k);
            }
        }
    }

    private void grow() {
        long[] old = table;
        if (old.length >= 1 << 30) {
            throw new IllegalStateException("quá nhiều khóa / too many keys: " + size);
        }
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }
}
