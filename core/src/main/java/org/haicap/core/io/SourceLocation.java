package org.haicap.core.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a row or a problem was found in an input (vị trí trong tệp nguồn): the source name,
 * the line and column, and when known the record id and the path of the field.
 *
 * <p>Conventions, the same for every reader of haicap:
 * <ul>
 *   <li>{@code source} is the file name (without directories), {@code "stdin"}, or the name a
 *       caller gave to a stream;</li>
 *   <li>{@code line} is 1-based and counts line feeds ({@code \n}) in the physical file, so a
 *       CSV record with a line break inside quotes spans several lines and is located at the
 *       line where it starts;</li>
 *   <li>{@code column} is 1-based and counts Unicode code points (characters as a person sees
 *       them in an editor, not bytes) from the start of that line; a problem that concerns the
 *       whole line is at column 1. A UTF-8 byte order mark is not counted. Byte offsets, when
 *       useful (invalid UTF-8), are given in the problem's message;</li>
 *   <li>{@code path} is a JSON path such as {@code $.amount} or {@code $.items[2].code} for
 *       JSON input, or the column name from the header for CSV input.</li>
 * </ul>
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param source the file or stream name, not blank
 * @param line the 1-based line number
 * @param column the 1-based column, in code points
 * @param recordId the id of the record when it could be read, such as a dossier code
 * @param path the JSON path or CSV column of the field concerned
 */
public record SourceLocation(String source, long line, long column, Optional<String> recordId,
        Optional<String> path) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code source} is blank or line or column is below 1
     * @throws NullPointerException if any argument is null
     */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(path, "path");
        if (source.isBlank()) {
            throw new IllegalArgumentException("tên nguồn trống / source name is blank");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("dòng và cột bắt đầu từ 1 / line and column start at 1, got "
                    + line + ":" + column);
        }
    }

    /**
     * A location without record id and path.
     *
     * @param source the file or stream name
     * @param line the 1-based line
     * @param column the 1-based column in code points
     * @return the location
     */
    public static SourceLocation of(String source, long line, long column) {
        return new SourceLocation(source, line, column, Optional.empty(), Optional.empty());
    }

    /**
     * The same location at another column.
     *
     * @param newColumn the 1-based column
     * @return a new location
     */
    public SourceLocation atColumn(long newColumn) {
        return new SourceLocation(source, line, newColumn, recordId, path);
    }

    /**
     * The same location naming a record id.
     *
     * @param id the record id, not null
     * @return a new location
     */
    public SourceLocation withRecordId(String id) {
        return new SourceLocation(source, line, column, Optional.of(id), path);
    }

    /**
     * The same location naming a field.
     *
     * @param fieldPath a JSON path such as {@code $.amount} or a CSV column name
     * @return a new location
     */
    public SourceLocation withPath(String fieldPath) {
        return new SourceLocation(source, line, column, recordId, Optional.of(fieldPath));
    }

    /** Like {@code dossiers.jsonl:12:5 [HS-001] ($.amount)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source).append(':').append(line).append(':').append(column);
        recordId.ifPresent(id -> b.append(" [").append(ReadProblem.safeExcerpt(id, 40)).append(']'));
        path.ifPresent(p -> b.append(" (").append(ReadProblem.safeExcerpt(p, 80)).append(')'));
        return b.toString();
    }
}
