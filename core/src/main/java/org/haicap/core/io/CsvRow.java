package org.haicap.core.io;

import java.time.DateTimeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One CSV record as read (một dòng CSV): its fields as NFC text, the header when the file has
 * one, and the location of the record and of each field, with helpers for a
 * {@link CsvRowMapper} to turn it into an object or refuse it with a precise problem.
 *
 * <p>Fields are kept exactly as data: no trimming, no formula neutralising (that is the
 * writer's job), only NFC normalisation. This class is immutable and thread-safe.
 */
public final class CsvRow {
    private final SourceLocation location;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final List<String> fields;
    private final long[] lines;
    private final long[] columns;

    CsvRow(SourceLocation location, List<String> header, Map<String, Integer> index, List<String> fields,
            long[] lines, long[] columns) {
        this.location = location;
        this.header = header;
        this.index = index;
        this.fields = fields;
        this.lines = lines;
        this.columns = columns;
    }

    /** Where the record starts (line of its first field, column 1). */
    public SourceLocation location() {
        return location;
    }

    /** The column names from the header, in order; empty when the file has no header. */
    public List<String> header() {
        return header;
    }

    /** The fields, in order. */
    public List<String> fields() {
        return fields;
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /**
     * One field by position.
     *
     * @param i the 0-based position
     * @return the text
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public String get(int i) {
        return fields.get(i);
    }

    /**
     * One field by column name.
     *
     * @param column a header name
     * @return the text, or empty when the header has no such column
     */
    public Optional<String> get(String column) {
        Integer i = index.get(column);
        return i == null ? Optional.empty() : Optional.of(fields.get(i));
    }

    /** The fields by column name, in header order; empty when the file has no header. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), fields.get(i));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Where a field starts (its opening quote if quoted).
     *
     * @param i the 0-based position
     * @return the location, with the column name as path when there is a header
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public SourceLocation locationOf(int i) {
        Objects.checkIndex(i, fields.size());
        SourceLocation at = new SourceLocation(location.source(), lines[i], columns[i], location.recordId(),
                Optional.empty());
        return i < header.size() ? at.withPath(header.get(i)) : at.withPath("#" + (i + 1));
    }

    /**
     * Where a column's field starts, or the record's location naming the column when the header
     * has no such column.
     *
     * @param column a header name
     * @return the location
     */
    public SourceLocation locationOf(String column) {
        Integer i = index.get(column);
        return i == null ? location.withPath(column) : locationOf(i);
    }

    /**
     * The text of a column that must be present and not blank.
     *
     * @param column a header name
     * @return the text
     * @throws RowRefusedException with {@link ReadProblem.Reason#MISSING_FIELD} if the header has
     *     no such column or the field is blank
     */
    public String require(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw refuse(column, ReadProblem.Reason.MISSING_FIELD, "dòng tiêu đề không có cột \"" + column + "\"",
                    "the header has no column \"" + column + "\"", "");
        }
        String value = fields.get(i);
        if (value.isBlank()) {
            throw refuse(column, ReadProblem.Reason.MISSING_FIELD, "cột \"" + column + "\" để trống",
                    "column \"" + column + "\" is blank", value);
        }
        return value;
    }

    /**
     * A required column parsed by {@code parser}; a parser failure becomes a precise problem.
     *
     * @param <V> the parsed type
     * @param column a header name
     * @param parser such as {@code UnitCode::of} or {@code LocalDate::parse}; may throw
     *     {@link IllegalArgumentException} or {@link DateTimeException}
     * @return the parsed value
     * @throws RowRefusedException with {@link ReadProblem.Reason#MISSING_FIELD} or
     *     {@link ReadProblem.Reason#INVALID_VALUE} at the field's location
     */
    public <V> V require(String column, Function<String, ? extends V> parser) {
        String value = require(column);
        return parse(column, value, parser);
    }

    /**
     * An optional column parsed by {@code parser}: empty when the column is absent or blank.
     *
     * @param <V> the parsed type
     * @param column a header name
     * @param parser the parser
     * @return the parsed value, or empty
     * @throws RowRefusedException with {@link ReadProblem.Reason#INVALID_VALUE} if the parser fails
     */
    public <V> Optional<V> optional(String column, Function<String, ? extends V> parser) {
        Optional<String> value = get(column).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(column, value.get(), parser));
    }

    /**
     * A refusal for one column, to throw from a mapper.
     *
     * @param column the column concerned
     * @param reason why
     * @param vietnamese specifics in Vietnamese
     * @param english specifics in English
     * @param offendingText the offending text, or empty
     * @return the exception (to throw)
     */
    public RowRefusedException refuse(String column, ReadProblem.Reason reason, String vietnamese, String english,
            String offendingText) {
        return new RowRefusedException(ReadProblem.of(locationOf(column), reason, vietnamese, english, offendingText));
    }

    private <V> V parse(String column, String value, Function<String, ? extends V> parser) {
        V parsed;
        try {
            parsed = parser.apply(value);
        } catch (RowRefusedException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeException e) {
            String why = String.valueOf(e.getMessage());
            throw refuse(column, ReadProblem.Reason.INVALID_VALUE, "cột \"" + column + "\": " + why,
                    "column \"" + column + "\": " + why, value);
        }
        return Objects.requireNonNull(parsed, "parser returned null");
    }

    /** Like {@code units.csv:3:1 [00004, Phường Ba Đình]}. */
    @Override
    public String toString() {
        return location + " " + ReadProblem.safeExcerpt(fields.toString(), 200);
    }
}
