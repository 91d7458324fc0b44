package org.haicap.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable map from text keys to values, for the look-ups a stream makes for every row (the
 * member and organisation of a party fee, among 100,000 people): open addressing over three flat
 * arrays (hash codes, keys, values already wrapped in {@link Optional}), so a look-up touches the
 * slot's hash, the key's characters on a match and nothing else, and allocates nothing. The first
 * value given for a key wins. Thread-safe once built. Not part of the public API.
 *
 * @param <V> the value type
 */
public final class StringIndex<V> {
    private final int[] hashes;
    private final String[] keys;
    private final Optional<V>[] values;
    private final int mask;
    private final int size;

    private StringIndex(int[] hashes, String[] keys, Optional<V>[] values, int size) {
        this.hashes = hashes;
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
        this.size = size;
    }

    /**
     * The index of {@code values} by the key each gives; the first value of a key wins.
     *
     * @param <V> the value type
     * @param values the values
     * @param key the key of a value, not null
     * @return the index
     */
    @SuppressWarnings("unchecked")
    public static <V> StringIndex<V> of(List<V> values, Function<? super V, String> key) {
        int capacity = Integer.highestOneBit(Math.max(4, values.size() * 2 - 1)) << 1;
        int[] hashes = new int[capacity];
        String[] keys = new String[capacity];
        Optional<V>[] wrapped = new Optional[capacity];
        int mask = capacity - 1;
        int size = 0;
        for (V v : values) {
            String k = Objects.requireNonNull(key.apply(v), "key");
            int h = spread(k.hashCode());
            int i = h & mask;
            boolean present = false;
            while (keys[i] != null) {
                if (hashes[i] == h && keys[i].equals(k)) {
                    present = true;
                    break;
                }
                i = (i + 1) & mask;
            }
            if (!present) {
                hashes[i] = h;
                keys[i] = k;
                wrapped[i] = Optional.of(v);
                size++;
            }
        }
        return new StringIndex<>(hashes, keys, wrapped, size);
    }

    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /**
     * The value of a key, empty when there is none.
     *
     * @param key the key
     * @return the value
     */
    public Optional<V> get(String key) {
        int h = spread(key.hashCode());
        int i = h & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.equals(key)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return Optional.empty();
    }

    /** How many distinct keys. */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "StringIndex[" + size + " keys]";
    }
}
