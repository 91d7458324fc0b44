package org.haicap.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a UTF-8 byte stream into lines in constant memory (đọc từng dòng), the first stage of
 * the JSON Lines reader and usable for any line-based format.
 *
 * <p>Rules:
 * <ul>
 *   <li>a line ends at LF ({@code \n}); a CR immediately before it is dropped, so LF and CRLF
 *       files read the same; a lone CR elsewhere is part of the line;</li>
 *   <li>a UTF-8 byte order mark at the very start of the stream is skipped;</li>
 *   <li>the last line need not end with a line feed; an empty stream has no lines, and a final
 *       line feed does not start another line;</li>
 *   <li>a line longer than {@code maxLineBytes} bytes (not counting the line ending) is refused
 *       as {@link ReadProblem.Reason#LINE_TOO_LONG} without being held in memory: the reader
 *       keeps at most {@code maxLineBytes + 1} bytes and skips the rest up to the next line feed;</li>
 *   <li>a line that is not well-formed UTF-8 is refused as {@link ReadProblem.Reason#INVALID_UTF8}
 *       naming the column and the byte offset (in the whole stream, from 0, counting the BOM) of
 *       the first ill-formed sequence;</li>
 *   <li>blank lines are returned as accepted empty or white-space text; callers decide.</li>
 * </ul>
 *
 * <p>Not thread-safe: one reader per stream. Closing it closes the stream.
 */
public final class LineReader extends ByteInput implements Iterator<RowResult<String>>, Closeable {
    /** The default longest line: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private static final int EXCERPT_BYTES = 240;

    private final String source;
    private final int maxLineBytes;
    private boolean started;
    private byte[] line = new byte[4096];
    private int lineLen;
    private long lineTotal;
    private long lineNumber;
    private long lineStart;
    private RowResult<String> pending;

    /**
     * Creates a reader.
     *
     * @param in the stream, read from its current position
     * @param source the name used in locations, such as the file name
     * @param maxLineBytes the longest accepted line in bytes, at least 1
     * @throws IllegalArgumentException if {@code maxLineBytes} is below 1 or {@code source} is blank
     */
    public LineReader(InputStream in, String source, int maxLineBytes) {
        super(in);
        this.source = Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("tên nguồn trống / source name is blank");
        }
        if (maxLineBytes < 1 || maxLineBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("độ dài dòng tối đa không hợp lệ / invalid maxLineBytes: "
                    + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line, or empty at the end of the stream.
     *
     * @return the line as accepted text located at column 1, or a refused line
     * @throws IOException if the stream fails
     */
    public Optional<RowResult<String>> readLine() throws IOException {
        if (pending != null) {
            RowResult<String> r = pending;
            pending = null;
            return Optional.of(r);
        }
        return Optional.ofNullable(read());
    }

    /**
     * Whether there is another line.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public boolean hasNext() {
        if (pending == null) {
            try {
                pending = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pending != null;
    }

    /**
     * The next line.
     *
     * @throws NoSuchElementException at the end of the stream
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public RowResult<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RowResult<String> r = pending;
        pending = null;
        return r;
    }

    /**
     * Receives each line of {@link #readLine(LineSink)} as bytes, for readers that parse UTF-8
     * bytes themselves (such as the JSON Lines reader) and need no {@code String} per line.
     *
     * @param <R> what the sink makes of a line
     */
    public interface LineSink<R> {
        /**
         * A well-formed line (the same line {@link #readLine()} would return as accepted text).
         *
         * @param bytes a buffer holding the line's UTF-8 bytes, without BOM or line ending; it is
         *     reused for the next line, so it must not be kept after the call
         * @param offset where the line starts in {@code bytes}
         * @param length the line's length in bytes
         * @param at the line's location, column 1
         * @return the sink's result for this line, not null
         */
        R line(byte[] bytes, int offset, int length, SourceLocation at);

        /**
         * A refused line ({@code LINE_TOO_LONG} or {@code INVALID_UTF8}), with exactly the problem
         * {@link #readLine()} would return.
         *
         * @param problem the problem
         * @return the sink's result for this line, not null
         */
        R refused(ReadProblem problem);
    }

    /**
     * The next line handed to {@code sink} as bytes instead of text: the same lines, limits,
     * locations and problems as {@link #readLine()}, without decoding each line to a
     * {@code String}. The two ways of reading may be mixed.
     *
     * @param <R> what the sink makes of a line
     * @param sink receives the line
     * @return what the sink returned, or empty at the end of the stream
     * @throws IOException if the stream fails
     */
    public <R> Optional<R> readLine(LineSink<R> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        if (pending != null) {
            RowResult<String> r = pending;
            pending = null;
            if (r instanceof RowResult.Accepted<String> a) {
                byte[] b = a.row().getBytes(StandardCharsets.UTF_8);
                return Optional.of(sink.line(b, 0, b.length, a.location()));
            }
            return Optional.of(sink.refused(((RowResult.Refused<String>) r).problem()));
        }
        if (!advance()) {
            return Optional.empty();
        }
        SourceLocation at = SourceLocation.of(source, lineNumber, 1);
        ReadProblem problem = check(at);
        return Optional.of(problem == null ? sink.line(line, 0, lineLen, at) : sink.refused(problem));
    }

    /** The number of the last line returned (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** Closes the stream. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    private RowResult<String> read() throws IOException {
        if (!advance()) {
            return null;
        }
        SourceLocation at = SourceLocation.of(source, lineNumber, 1);
        ReadProblem problem = check(at);
        return problem == null ? new RowResult.Accepted<>(new String(line, 0, lineLen, StandardCharsets.UTF_8), at)
                : new RowResult.Refused<>(problem);
    }

    /** Reads the next line into {@code line[0, lineLen)}; false at the end of the stream. */
    private boolean advance() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        long startOffset = offset;
        lineLen = 0;
        lineTotal = 0;
        boolean ended = false;
        while (!ended) {
            if (pos == limit && !fill()) {
                if (lineTotal == 0) {
                    return false;
                }
                break;
            }
            int end = indexOfLineFeed(buf, pos, limit);
            append(pos, end);
            offset += end - pos;
            if (end < limit) {
                ended = true;
                end++;
                offset++;
            }
            pos = end;
            if (!ended && eof) {
                break;
            }
        }
        lineNumber++;
        lineStart = startOffset;
        return true;
    }

    /** Drops a final CR; the problem of the line just read, or null when it is well-formed. */
    private ReadProblem check(SourceLocation at) {
        long startOffset = lineStart;
        long contentBytes = lineTotal;
        if (lineTotal <= (long) maxLineBytes + 1 && lineLen > 0 && line[lineLen - 1] == '\r') {
            lineLen--;
            contentBytes--;
        }
        if (contentBytes > maxLineBytes) {
            String shown = new String(line, 0, Math.min(lineLen, EXCERPT_BYTES), StandardCharsets.UTF_8);
            return ReadProblem.of(at, ReadProblem.Reason.LINE_TOO_LONG,
                    "dòng dài " + contentBytes + " byte, tối đa " + maxLineBytes + " byte",
                    "the line has " + contentBytes + " bytes, the limit is " + maxLineBytes,
                    shown);
        }
        int bad = Utf8Validator.firstInvalid(line, 0, lineLen);
        if (bad >= 0) {
            long column = Utf8Validator.codePoints(line, 0, bad) + 1L;
            String before = new String(line, Math.max(0, bad - EXCERPT_BYTES / 4), bad - Math.max(0, bad - EXCERPT_BYTES / 4),
                    StandardCharsets.UTF_8);
            String bytes = Utf8Validator.hex(line, bad, lineLen);
            return ReadProblem.of(at.atColumn(column), ReadProblem.Reason.INVALID_UTF8,
                    "chuỗi byte " + bytes + " tại vị trí byte " + (startOffset + bad) + " của tệp",
                    "byte sequence " + bytes + " at byte offset " + (startOffset + bad) + " of the input",
                    before);
        }
        return null;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * The index of the first line feed in {@code b[from, to)}, or {@code to}: eight bytes at a time
     * (a byte equal to 0x0A becomes a zero byte after the exclusive or; the lowest zero byte of a
     * word is found exactly by the borrow trick), then byte by byte for the tail.
     */
    static int indexOfLineFeed(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long zero = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    private void append(int from, int to) {
        int n = to - from;
        lineTotal += n;
        int room = maxLineBytes + 1 - lineLen;
        int keep = Math.min(n, room);
        if (keep <= 0) {
            return;
        }
        if (lineLen + keep > line.length) {
            int size = (int) Math.min((long) maxLineBytes + 1, Math.max((long) line.length * 2, lineLen + keep));
            byte[] bigger = new byte[size];
            System.arraycopy(line, 0, bigger, 0, lineLen);
            line = bigger;
        }
        System.arraycopy(buf, from, line, lineLen, keep);
        lineLen += keep;
    }
}
