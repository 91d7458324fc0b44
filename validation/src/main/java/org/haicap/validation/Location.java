package org.haicap.validation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a {@link Finding} was found (vị trí): the source (a file name, a table, a request), and,
 * when known, the line, the key of the entity (its id) and the path inside it (a JSON path or a
 * Bean Validation property path such as {@code officials[3].citizenId}).
 *
 * <p>Locations order by source, line, key and path, absent parts first; this is the order of
 * the samples in a {@link ValidationResult}. Use the factories and {@code with…} methods; the
 * record components use {@code 0} and {@code ""} for "absent", the accessors
 * {@link #lineNumber()}, {@link #entityKey()} and {@link #propertyPath()} give
 * {@code Optional}s. Immutable and thread-safe.
 *
 * @param source the source name, not blank
 * @param line the 1-based line, or 0 when unknown
 * @param key the entity key, or "" when unknown
 * @param path the property or JSON path, or "" when none
 */
public record Location(String source, long line, String key, String path)
        implements Comparable<Location>, Serializable {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::source)
            .thenComparingLong(Location::line)
            .thenComparing(Location::key)
            .thenComparing(Location::path);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the source is blank or the line negative
     */
    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
        if (source.isBlank()) {
            throw new IllegalArgumentException("nguồn không được để trống / source must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("số dòng không được âm / line must not be negative: " + line);
        }
    }

    /** A location that is only a source, for example {@code "officials.csv"}. */
    public static Location of(String source) {
        return new Location(source, 0, "", "");
    }

    /** This location at a 1-based line. */
    public Location atLine(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("số dòng phải từ 1 / line must be at least 1: " + line);
        }
        return new Location(source, line, key, path);
    }

    /** This location for the entity with the given key (its id). */
    public Location withKey(String key) {
        return new Location(source, line, key, path);
    }

    /** This location with the given path, replacing any path it had. */
    public Location withPath(String path) {
        return new Location(source, line, key, path);
    }

    /**
     * This location with {@code sub} appended to its path: {@code officials[3]} and
     * {@code citizenId} give {@code officials[3].citizenId}.
     */
    public Location appendPath(String sub) {
        Objects.requireNonNull(sub, "sub");
        if (sub.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return withPath(sub);
        }
        return withPath(sub.startsWith("[") ? path + sub : path + "." + sub);
    }

    /** The line, when known. */
    public OptionalLong lineNumber() {
        return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
    }

    /** The entity key, when known. */
    public Optional<String> entityKey() {
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** The path inside the entity, when there is one. */
    public Optional<String> propertyPath() {
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code source:line [key] path}, leaving out what is absent. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
        }
        if (!key.isEmpty()) {
            b.append(" [").append(key).append(']');
        }
        if (!path.isEmpty()) {
            b.append(' ').append(path);
        }
        return b.toString();
    }
}
