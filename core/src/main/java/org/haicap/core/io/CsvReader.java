package org.haicap.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads CSV (RFC 4180) in constant memory and loses nothing (đọc tệp CSV): every record
 * becomes a row or a {@link ReadProblem}, and the returned {@link ReadSummary} reconciles.
 *
 * <p>The format accepted:
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; ill-formed UTF-8 refuses the record and names
 *       the line, column and byte offset of the first bad sequence;</li>
 *   <li>records end at LF or CRLF, the last one may lack its line ending; a lone CR is data;</li>
 *   <li>fields are separated by the delimiter (comma by default; semicolon is common in
 *       spreadsheets saved with a Vietnamese locale); a field containing the delimiter, a quote
 *       or a line break is enclosed in double quotes and its quotes are doubled; a quote inside
 *       an unquoted field or text after a closing quote refuses the record
 *       ({@link ReadProblem.Reason#CSV_STRAY_QUOTE}); a quote still open at the end of the input
 *       refuses the last record ({@link ReadProblem.Reason#CSV_UNTERMINATED_QUOTE}, at the
 *       opening quote);</li>
 *   <li>line numbers count physical lines, so a record with a line break inside quotes spans
 *       several lines and is located at its first;</li>
 *   <li>a blank line (nothing, or only spaces and tabs, outside quotes) is skipped and counted in
 *       {@link ReadSummary#blankLines()}; it is not a row;</li>
 *   <li>with a header (the default) the first non-blank record names the columns; names are
 *       stripped and NFC-normalised and must be non-empty and distinct. Every later record must
 *       have as many fields as the header ({@link ReadProblem.Reason#CSV_FIELD_COUNT}). If the
 *       header itself is invalid, every record is refused with
 *       {@link ReadProblem.Reason#CSV_HEADER} so the counts still reconcile;</li>
 *   <li>limits: a record longer than {@link #DEFAULT_MAX_RECORD_BYTES} bytes or with more than
 *       {@link #DEFAULT_MAX_FIELDS} fields is refused as {@link ReadProblem.Reason#LINE_TOO_LONG},
 *       a field longer than {@link #DEFAULT_MAX_FIELD_BYTES} bytes as
 *       {@link ReadProblem.Reason#STRING_TOO_LONG}; only the first bytes are held;</li>
 *   <li>a NUL character refuses the record ({@link ReadProblem.Reason#CONTROL_CHARACTER});</li>
 *   <li>field text is NFC-normalised and otherwise kept exactly, as data: a leading {@code =} or
 *       {@code <script>} is not interpreted or altered on reading.</li>
 * </ul>
 *
 * <p>An I/O failure of the stream is not a row problem: it propagates as {@link IOException}.
 * This class is immutable and thread-safe; each {@code read} call has its own state.
 */
public final class CsvReader {
    /** The default longest record: 1 MiB. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;
    /** The default longest field: 256 KiB. */
    public static final int DEFAULT_MAX_FIELD_BYTES = 256 * 1024;
    /** The default largest number of fields in a record. */
    public static final int DEFAULT_MAX_FIELDS = 1024;

    private final boolean header;
    private final char delimiter;
    private final int maxRecordBytes;
    private final int maxFieldBytes;
    private final int maxFields;

    private CsvReader(boolean header, char delimiter, int maxRecordBytes, int maxFieldBytes, int maxFields) {
        this.header = header;
        this.delimiter = delimiter;
        this.maxRecordBytes = maxRecordBytes;
        this.maxFieldBytes = maxFieldBytes;
        this.maxFields = maxFields;
    }

    /** A reader whose first record is the header, comma-separated, with the default limits. */
    public static CsvReader withHeader() {
        return new CsvReader(true, ',', DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_FIELDS);
    }

    /** A reader for files without a header, comma-separated, with the default limits. */
    public static CsvReader withoutHeader() {
        return new CsvReader(false, ',', DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_FIELDS);
    }

    /**
     * The same reader with another delimiter.
     *
     * @param newDelimiter an ASCII character other than quote, CR and LF, such as {@code ';'}
     * @return a new reader
     * @throws IllegalArgumentException for any other character
     */
    public CsvReader delimiter(char newDelimiter) {
        if (newDelimiter == '"' || newDelimiter == '\r' || newDelimiter == '\n' || newDelimiter == 0
                || newDelimiter > 0x7F) {
            throw new IllegalArgumentException("dấu phân cách không hợp lệ / invalid delimiter: U+"
                    + String.format("%04X", (int) newDelimiter));
        }
        return new CsvReader(header, newDelimiter, maxRecordBytes, maxFieldBytes, maxFields);
    }

    /**
     * The same reader with other limits.
     *
     * @param recordBytes the longest record in bytes, at least 1
     * @param fieldBytes the longest field in bytes, at least 1
     * @param fields the largest number of fields, at least 1
     * @return a new reader
     * @throws IllegalArgumentException if a limit is below 1
     */
    public CsvReader limits(int recordBytes, int fieldBytes, int fields) {
        if (recordBytes < 1 || fieldBytes < 1 || fields < 1) {
            throw new IllegalArgumentException("giới hạn phải dương / limits must be positive");
        }
        return new CsvReader(header, delimiter, recordBytes, fieldBytes, fields);
    }

    /**
     * Reads a file (gzip-compressed or not) record by record; the source name is the file name.
     *
     * @param file the file
     * @param handler receives each row or problem, in order
     * @return the counts
     * @throws IOException if the file cannot be read
     */
    public ReadSummary read(Path file, RowHandler<? super CsvRow> handler) throws IOException {
        try (InputStream in = Sources.open(file)) {
            return read(in, Sources.nameOf(file), handler);
        }
    }

    /**
     * Reads a file and maps each record with {@code mapper}.
     *
     * @param <T> the row type
     * @param file the file
     * @param mapper turns a record into an object or refuses it
     * @param handler receives each object or problem, in order
     * @return the counts
     * @throws IOException if the file cannot be read
     */
    public <T> ReadSummary read(Path file, CsvRowMapper<? extends T> mapper, RowHandler<? super T> handler)
            throws IOException {
        try (InputStream in = Sources.open(file)) {
            return read(in, Sources.nameOf(file), mapper, handler);
        }
    }

    /**
     * Reads a stream record by record. The stream is read to its end and not closed.
     *
     * @param in the stream
     * @param source the name used in locations
     * @param handler receives each row or problem, in order
     * @return the counts
     * @throws IOException if the stream fails
     */
    public ReadSummary read(InputStream in, String source, RowHandler<? super CsvRow> handler) throws IOException {
        return read(in, source, row -> row, handler);
    }

    /**
     * Reads a stream and maps each record with {@code mapper}. The stream is read to its end and
     * not closed.
     *
     * @param <T> the row type
     * @param in the stream
     * @param source the name used in locations
     * @param mapper turns a record into an object or refuses it
     * @param handler receives each object or problem, in order
     * @return the counts
     * @throws IOException if the stream fails
     */
    public <T> ReadSummary read(InputStream in, String source, CsvRowMapper<? extends T> mapper,
            RowHandler<? super T> handler) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(handler, "handler");
        SourceLocation.of(source, 1, 1); // checks the source name before reading
        CsvParser parser = new CsvParser(in, delimiter, maxRecordBytes, maxFieldBytes, maxFields);
        ReadSummary.Counter counter = ReadSummary.counter();
        List<String> names = List.of();
        Map<String, Integer> index = Map.of();
        ReadProblem headerProblem = null;
        boolean needHeader = header;
        for (CsvParser.Raw raw = parser.next(); raw != null; raw = parser.next()) {
            if (raw.blank) {
                counter.blankLine();
                continue;
            }
            SourceLocation at = SourceLocation.of(source, raw.line, 1);
            if (needHeader) {
                needHeader = false;
                headerProblem = checkHeader(raw, source);
                if (headerProblem == null) {
                    names = raw.fields.stream().map(String::strip).toList();
                    Map<String, Integer> m = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        m.put(names.get(i), i);
                    }
                    index = Map.copyOf(m);
                }
                continue;
            }
            ReadProblem problem;
            if (headerProblem != null) {
                problem = ReadProblem.of(at, ReadProblem.Reason.CSV_HEADER,
                        "không đọc được dòng vì tiêu đề ở dòng " + headerProblem.location().line() + " không hợp lệ: "
                                + headerProblem.vietnamese(),
                        "row not read because the header at line " + headerProblem.location().line()
                                + " is invalid: " + headerProblem.english(),
                        raw.excerpt);
            } else if (raw.errorReason != null) {
                problem = ReadProblem.of(SourceLocation.of(source, raw.errorLine, raw.errorColumn), raw.errorReason,
                        raw.errorVi, raw.errorEn, raw.excerpt);
            } else if (header && raw.fields.size() != names.size()) {
                problem = ReadProblem.of(at, ReadProblem.Reason.CSV_FIELD_COUNT,
                        "cần " + names.size() + " trường như dòng tiêu đề, có " + raw.fields.size(),
                        "expected " + names.size() + " fields as in the header, got " + raw.fields.size(),
                        raw.excerpt);
            } else {
                problem = null;
            }
            if (problem != null) {
                counter.refused(problem.reason());
                handler.refused(problem);
                continue;
            }
            CsvRow row = new CsvRow(at, names, index, raw.fields, raw.fieldLines, raw.fieldColumns);
            T value;
            try {
                value = Objects.requireNonNull(mapper.map(row), "mapper returned null");
            } catch (RowRefusedException e) {
                counter.refused(e.problem().reason());
                handler.refused(e.problem());
                continue;
            } catch (IllegalArgumentException | DateTimeException e) {
                String why = String.valueOf(e.getMessage());
                ReadProblem p = ReadProblem.of(at, ReadProblem.Reason.INVALID_VALUE, why, why, raw.excerpt);
                counter.refused(p.reason());
                handler.refused(p);
                continue;
            }
            counter.accepted();
            handler.accepted(value, at);
        }
        return counter.summary();
    }

    private static ReadProblem checkHeader(CsvParser.Raw raw, String source) {
        if (raw.errorReason != null) {
            return ReadProblem.of(SourceLocation.of(source, raw.errorLine, raw.errorColumn), raw.errorReason,
                    raw.errorVi, raw.errorEn, raw.excerpt);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.fields.size(); i++) {
            String name = raw.fields.get(i).strip();
            SourceLocation at = SourceLocation.of(source, raw.fieldLines[i], raw.fieldColumns[i]);
            if (name.isEmpty()) {
                return ReadProblem.of(at, ReadProblem.Reason.CSV_HEADER, "cột thứ " + (i + 1) + " không có tên",
                        "column " + (i + 1) + " has no name", raw.excerpt);
            }
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                return ReadProblem.of(at, ReadProblem.Reason.CSV_HEADER,
                        "tên cột \"" + name + "\" bị lặp (cột " + (before + 1) + " và " + (i + 1) + ")",
                        "column name \"" + name + "\" is repeated (columns " + (before + 1) + " and " + (i + 1) + ")",
                        name);
            }
        }
        return null;
    }
}
