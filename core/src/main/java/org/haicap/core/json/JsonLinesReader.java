package org.haicap.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.haicap.core.io.LineReader;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.io.Sources;

/**
 * Reads JSON Lines (one JSON object per line) into objects of type {@code T}, in constant
 * memory, losing nothing (đọc tệp JSON Lines): each line becomes an accepted object or a
 * {@link ReadProblem} with the line, the column (in code points), the JSON path and a reason,
 * and the returned {@link ReadSummary} reconciles ({@code read == accepted + refused}).
 *
 * <p>Lines: UTF-8 with an optional byte order mark, LF or CRLF, the last line may lack its line
 * feed (see {@link LineReader}). A blank line (empty or only white space) is skipped and counted
 * in {@link ReadSummary#blankLines()}: it is not a row. A line longer than the line limit
 * ({@link LineReader#DEFAULT_MAX_LINE_BYTES}, 1 MiB, by default) is refused as
 * {@code LINE_TOO_LONG} without being held in memory, and reading goes on at the next line.
 *
 * <p>Each line must be exactly one JSON object ({@code NOT_AN_OBJECT} otherwise; a second value on
 * the line is {@code MALFORMED_JSON}); it is bound to {@code T} with a {@link HaicapJson} mapper
 * (limits, duplicate keys, unknown fields, NFC, dates, required record components). A record's
 * compact constructor runs for every line, so its checks become {@code INVALID_VALUE} problems.
 *
 * <p>Lines are bound from their UTF-8 bytes without a {@code String} per line; dossiers and
 * payments by hand-written binders (over the bytes themselves, or over a byte parser when that is
 * not certain), other types by databind on a byte parser. Whenever that does
 * not give a value for certain, the line is decoded and read by
 * {@link #readLine(String, SourceLocation)}, so the result of every line, accepted value or
 * problem, is exactly what {@code readLine} gives for its text.
 *
 * <p>Objects are built one at a time and handed to the {@link RowHandler}; the reader keeps none.
 * An I/O failure of the stream is not a row problem: it propagates as an {@link IOException}.
 *
 * <p>This class is immutable and thread-safe; configure it once and share it. Each reading has
 * its own state.
 *
 * @param <T> the row type, usually a record
 */
public final class JsonLinesReader<T> {
    private final Class<T> type;
    private final HaicapJson.Limits limits;
    private final UnknownFields unknownFields;
    private final int maxLineBytes;
    private final Optional<String> recordIdField;
    private final JsonFactory factory;
    private final ObjectReader reader;
    private final LineBinder<T> binder;

    private JsonLinesReader(Class<T> type, HaicapJson.Limits limits, UnknownFields unknownFields, int maxLineBytes,
            Optional<String> recordIdField) {
        this.type = type;
        this.limits = limits;
        this.unknownFields = unknownFields;
        this.maxLineBytes = maxLineBytes;
        this.recordIdField = recordIdField;
        JsonMapper mapper = HaicapJson.newMapper(limits, unknownFields);
        this.factory = mapper.getFactory();
        this.reader = mapper.readerFor(type);
        this.binder = LineBinder.forType(type);
    }

    /**
     * A reader for {@code type} with the default limits, a 1 MiB line limit, refusing unknown
     * fields.
     *
     * @param <T> the row type
     * @param type the class of each row
     * @return the reader
     */
    public static <T> JsonLinesReader<T> of(Class<T> type) {
        return new JsonLinesReader<>(Objects.requireNonNull(type, "type"), HaicapJson.Limits.DEFAULT,
                UnknownFields.REFUSE, LineReader.DEFAULT_MAX_LINE_BYTES, Optional.empty());
    }

    /**
     * The same reader with another line limit.
     *
     * @param bytes the longest accepted line in bytes, at least 1
     * @return a new reader
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public JsonLinesReader<T> withMaxLineBytes(int bytes) {
        if (bytes < 1 || bytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("độ dài dòng tối đa không hợp lệ / invalid line limit: " + bytes);
        }
        return new JsonLinesReader<>(type, limits, unknownFields, bytes, recordIdField);
    }

    /**
     * The same reader with another policy for unknown fields.
     *
     * @param policy refuse (the default) or ignore
     * @return a new reader
     */
    public JsonLinesReader<T> withUnknownFields(UnknownFields policy) {
        return new JsonLinesReader<>(type, limits, Objects.requireNonNull(policy, "policy"), maxLineBytes,
                recordIdField);
    }

    /**
     * The same reader with other JSON limits.
     *
     * @param newLimits the limits
     * @return a new reader
     */
    public JsonLinesReader<T> withLimits(HaicapJson.Limits newLimits) {
        return new JsonLinesReader<>(type, Objects.requireNonNull(newLimits, "newLimits"), unknownFields,
                maxLineBytes, recordIdField);
    }

    /**
     * The same reader naming, in each refused line's location, the value of a top-level field
     * (such as {@code "code"} for a dossier) when it can still be read.
     *
     * @param field a top-level field name
     * @return a new reader
     */
    public JsonLinesReader<T> withRecordIdField(String field) {
        return new JsonLinesReader<>(type, limits, unknownFields, maxLineBytes,
                Optional.of(Objects.requireNonNull(field, "field")));
    }

    /**
     * Reads a file, gzip-compressed or not; the source name in locations is the file name.
     *
     * @param file the file
     * @param handler receives each row or problem, in order
     * @return the counts
     * @throws IOException if the file cannot be read
     */
    public ReadSummary read(Path file, RowHandler<? super T> handler) throws IOException {
        try (InputStream in = Sources.open(file)) {
            return read(in, Sources.nameOf(file), handler);
        }
    }

    /**
     * Reads a stream to its end (and does not close it).
     *
     * @param in the stream
     * @param source the name used in locations, such as {@code "stdin"}
     * @param handler receives each row or problem, in order
     * @return the counts
     * @throws IOException if the stream fails
     */
    public ReadSummary read(InputStream in, String source, RowHandler<? super T> handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        LineReader lines = new LineReader(in, source, maxLineBytes);
        ReadSummary.Counter counter = ReadSummary.counter();
        Lines sink = new Lines();
        for (Optional<RowResult<T>> next = lines.readLine(sink); next.isPresent(); next = lines.readLine(sink)) {
            RowResult<T> result = next.get();
            if (result == sink.blank) {
                counter.blankLine();
                continue;
            }
            if (result instanceof RowResult.Refused<T> refused) {
                counter.refused(refused.problem().reason());
            } else {
                counter.accepted();
            }
            result.sendTo(handler);
        }
        return counter.summary();
    }

    /**
     * The rows of a stream, lazily, one at a time; blank lines are skipped. Closing the returned
     * stream closes {@code in}.
     *
     * @param in the stream
     * @param source the name used in locations
     * @return the rows and problems in input order
     * @throws UncheckedIOException from the stream's operations if reading fails
     */
    public Stream<RowResult<T>> stream(InputStream in, String source) {
        LineReader lines = new LineReader(in, source, maxLineBytes);
        Lines sink = new Lines();
        Spliterator<RowResult<T>> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super RowResult<T>> action) {
                try {
                    for (Optional<RowResult<T>> next = lines.readLine(sink); next.isPresent();
                            next = lines.readLine(sink)) {
                        if (next.get() != sink.blank) {
                            action.accept(next.get());
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(rows, false)
                .onClose(() -> {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Binds one line of text, for callers that have the lines already (a message queue, a
     * database column).
     *
     * @param text one line, without its line ending
     * @param at where the line starts (column 1)
     * @return the object, or the problem
     */
    public RowResult<T> readLine(String text, SourceLocation at) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (text.length() > limits.maxDocumentLength()) {
            // Jackson refuses such a text when the parser is created, before any token.
            return refused(ReadProblem.of(at, ReadProblem.Reason.DOCUMENT_TOO_LONG,
                    "dòng dài " + text.length() + " ký tự, quá giới hạn " + limits.maxDocumentLength(),
                    "the line is " + text.length() + " characters long, over the limit of "
                            + limits.maxDocumentLength(), text), text);
        }
        try (JsonParser p = factory.createParser(text)) {
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    return refused(ReadProblem.of(at, ReadProblem.Reason.NOT_AN_OBJECT,
                            "dòng là " + kindVi(first) + ", cần một đối tượng {...}",
                            "the line is " + kindEn(first) + ", expected an object {...}", text), text);
                }
                T value = reader.readValue(p);
                JsonToken after = p.nextToken();
                if (after != null) {
                    // Normally caught by FAIL_ON_TRAILING_TOKENS inside readValue; kept as a safety net.
                    int index = (int) Math.min(text.length(), Math.max(0, p.currentTokenLocation().getCharOffset()));
                    return refused(ReadProblem.of(at.atColumn(text.codePointCount(0, index) + 1L),
                            ReadProblem.Reason.MALFORMED_JSON, "có thêm dữ liệu sau đối tượng JSON",
                            "more content after the JSON object", text.substring(index)), text);
                }
                if (value == null) {
                    return refused(ReadProblem.of(at, ReadProblem.Reason.NOT_AN_OBJECT, "", "", text), text);
                }
                return new RowResult.Accepted<>(value, at);
            } catch (JacksonException e) {
                return refused(JsonProblems.of(e, p, text, at), text);
            }
        } catch (IOException e) {
            // Parsing a String does no I/O; closing the parser cannot fail either.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binds one line from its UTF-8 bytes: through the type's {@link LineBinder} when it has one,
     * first over the bytes themselves ({@link ByteScanner}), then over a Jackson byte parser; else
     * through databind on a byte parser; when that does not give a value for certain, the line
     * is decoded and read by {@link #readLine(String, SourceLocation)}, which makes the problem.
     * The result is always the one {@code readLine} gives for the decoded line.
     */
    RowResult<T> readLine(byte[] bytes, int offset, int length, SourceLocation at) {
        T value = binder != null ? binder.scan(bytes, offset, length, limits) : null;
        if (value == null && byteSafe(bytes, offset, length)) {
            value = bindBytes(bytes, offset, length);
        }
        if (value != null) {
            return new RowResult.Accepted<>(value, at);
        }
        return readLine(new String(bytes, offset, length, StandardCharsets.UTF_8), at);
    }

    private T bindBytes(byte[] bytes, int offset, int length) {
        try (JsonParser p = factory.createParser(bytes, offset, length)) {
            if (binder != null) {
                // The binder notices repeated fields itself (see LineBinder).
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            T value = binder != null ? binder.bindObject(p) : reader.readValue(p);
            return value != null && p.nextToken() == null ? value : null;
        } catch (IOException | RuntimeException e) {
            // Not certain: the text path reads the line again and reports the problem.
            return null;
        }
    }

    /**
     * Whether the byte parser is sure to read these bytes as UTF-8, as the text parser reads the
     * decoded line: Jackson guesses the encoding of a byte array from its first four bytes, taking
     * a zero byte for UTF-16 or UTF-32 and EF BB BF for a byte order mark to skip.
     */
    private static boolean byteSafe(byte[] b, int offset, int length) {
        return length >= 4 && b[offset] != 0 && b[offset + 1] != 0 && b[offset + 2] != 0 && b[offset + 3] != 0
                && b[offset] != (byte) 0xEF;
    }

    /**
     * Whether a line is blank as {@link String#isBlank()} says of its text: only ASCII white space
     * is decided on the bytes; a line whose first other byte starts a multi-byte character is
     * decoded (Unicode spaces).
     */
    private static boolean isBlank(byte[] b, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F) {
                continue;
            }
            return c >= 0x80 && new String(b, offset, length, StandardCharsets.UTF_8).isBlank();
        }
        return true;
    }

    /** Turns the lines of a {@link LineReader} into rows; {@link #blank} marks a blank line. */
    private final class Lines implements LineReader.LineSink<RowResult<T>> {
        final RowResult<T> blank = new RowResult.Refused<>(ReadProblem.of(SourceLocation.of("-", 1, 1),
                ReadProblem.Reason.MALFORMED_JSON, "", "", ""));

        @Override
        public RowResult<T> line(byte[] bytes, int offset, int length, SourceLocation at) {
            return isBlank(bytes, offset, length) ? blank : readLine(bytes, offset, length, at);
        }

        @Override
        public RowResult<T> refused(ReadProblem problem) {
            return new RowResult.Refused<>(problem);
        }
    }

    private RowResult<T> refused(ReadProblem problem, String text) {
        if (recordIdField.isPresent() && problem.location().recordId().isEmpty()) {
            Optional<String> id = JsonProblems.recordId(factory, text, recordIdField.get());
            if (id.isPresent()) {
                SourceLocation l = problem.location().withRecordId(id.get());
                problem = new ReadProblem(l, problem.reason(), problem.vietnamese(), problem.english(),
                        problem.excerpt());
            }
        }
        return new RowResult.Refused<>(problem);
    }

    private static String kindVi(JsonToken t) {
        if (t == null) {
            return "trống";
        }
        switch (t) {
            case START_ARRAY:
                return "một mảng [...]";
            case VALUE_STRING:
                return "một chuỗi";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "một số";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "một giá trị true/false";
            case VALUE_NULL:
                return "null";
            default:
                return "không phải đối tượng";
        }
    }

    private static String kindEn(JsonToken t) {
        if (t == null) {
            return "empty";
        }
        switch (t) {
            case START_ARRAY:
                return "an array [...]";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return "not an object";
        }
    }
}
