package org.haicap.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.SourceLocation;

/**
 * The text of a dataset document, decoded from a (possibly decompressed) byte stream as it is
 * read, for {@link DatasetReader}: strict UTF-8 (a leading byte-order mark skipped), the bytes
 * counted against the document limit while they arrive, and a window of the most recent text kept
 * so that a record can be re-read and located. While a record is read the window starts where the
 * reader asked ({@link #keepFrom(long)}); between records ({@link #release()}) only the last
 * {@value #TAIL} characters are kept, for excerpts. Memory stays at about one record plus Jackson's
 * read-ahead, not the whole document, however much whitespace or skipped content it has.
 *
 * <p>Char offsets are those of Jackson's reader-based parser: UTF-16 units from the first character
 * after the byte-order mark. One document, one thread.
 */
final class DocumentText extends Reader {
    private static final int CHUNK = 16 * 1024;
    /** The characters kept between records. */
    static final int TAIL = 64 * 1024;

    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] raw = new byte[CHUNK];
    private final ByteBuffer bytes = ByteBuffer.wrap(raw).limit(0);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK).limit(0);
    /** Bytes taken from {@code in} so far (after decompression). */
    private long bytesRead;
    private boolean endOfInput;
    private boolean started;
    /** The line and code-point column after the last decoded character. */
    private long line = 1;
    private long column = 1;

    /** The kept text: {@code window[0]} is at char offset {@code windowStart}. */
    private char[] window = new char[CHUNK * 2];
    private long windowStart;
    private int windowLength;
    /** While a record is read, the caller needs nothing before this offset; -1 between records. */
    private long keep = -1;

    DocumentText(InputStream in, String source, long maxBytes) {
        this.in = in;
        this.source = source;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        retain(cbuf, off, n);
        return n;
    }

    @Override
    public void close() {
        // The caller owns the stream.
    }

    /** The offset just after the last character handed to the parser. */
    long end() {
        return windowStart + windowLength;
    }

    /** The first offset still held. */
    long start() {
        return windowStart;
    }

    /**
     * Keeps the text from {@code offset} (or the first offset still held) until {@link #release()}.
     */
    void keepFrom(long offset) {
        keep = Math.max(windowStart, Math.min(offset, end()));
    }

    /** Keeps only the last {@value #TAIL} characters from now on. */
    void release() {
        keep = -1;
    }

    /** The character at {@code offset}, which is held. */
    char charAt(long offset) {
        return window[(int) (offset - windowStart)];
    }

    /** The text between two offsets, clamped to what is held. */
    String text(long from, long to) {
        long a = Math.max(windowStart, Math.min(from, end()));
        long b = Math.max(a, Math.min(to, end()));
        return new String(window, (int) (a - windowStart), (int) (b - a));
    }

    /** The number of code points between two held offsets. */
    int codePoints(long from, long to) {
        long a = Math.max(windowStart, from);
        long b = Math.max(a, Math.min(to, end()));
        return Character.codePointCount(window, (int) (a - windowStart), (int) (b - a));
    }

    private void retain(char[] cbuf, int off, int n) {
        if (windowLength + n > window.length) {
            long from = keep >= 0 ? keep : end() - TAIL;
            int drop = (int) Math.max(0, Math.min(windowLength, from - windowStart));
            if (drop > 0) {
                System.arraycopy(window, drop, window, 0, windowLength - drop);
                windowStart += drop;
                windowLength -= drop;
            }
            if (windowLength + n > window.length) {
                char[] bigger = new char[Math.max(window.length * 2, windowLength + n)];
                System.arraycopy(window, 0, bigger, 0, windowLength);
                window = bigger;
            }
        }
        System.arraycopy(cbuf, off, window, windowLength, n);
        windowLength += n;
    }

    /** Decodes the next characters into {@code chars}; false at the end of the document. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && !endOfInput) {
                    load();
                }
                CoderResult r = decoder.decode(bytes, chars, endOfInput);
                if (r.isError()) {
                    count(!started && chars.position() > 0 && chars.get(0) == '\uFEFF' ? 1 : 0, chars.position());
                    throw malformed(r);
                }
                if (r.isUnderflow() && endOfInput) {
                    r = decoder.flush(chars);
                    if (r.isError()) {
                        throw malformed(r);
                    }
                    break;
                }
                if (r.isUnderflow() && bytes.hasRemaining()) {
                    // Part of a sequence left: keep it and read more behind it.
                    load();
                }
            }
        } finally {
            chars.flip();
        }
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
        count(chars.position(), chars.limit());
        return chars.hasRemaining();
    }

    /** Reads more bytes behind those not yet decoded, counting them against the limit. */
    private void load() throws IOException {
        bytes.compact();
        int n = in.read(raw, bytes.position(), raw.length - bytes.position());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
            if (bytesRead > maxBytes) {
                throw new DatasetFormatException(ReadProblem.of(SourceLocation.of(source, 1, 1),
                        Reason.DOCUMENT_TOO_LONG,
                        "tài liệu dài hơn " + maxBytes
                                + " byte (giới hạn maxDocumentLength, tính sau khi giải nén)",
                        "the document is longer than " + maxBytes
                                + " bytes (the maxDocumentLength limit, counted after decompression)", ""));
            }
        }
        bytes.flip();
    }

    /** Moves the line and column over decoded characters. */
    private void count(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    private DatasetFormatException malformed(CoderResult r) {
        long offset = bytesRead - bytes.remaining();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.remaining(), Math.max(1, r.length())); i++) {
            hex.append(String.format("%02X ", bytes.get(bytes.position() + i) & 0xFF));
        }
        String shown = hex.toString().strip();
        return new DatasetFormatException(ReadProblem.of(SourceLocation.of(source, line, column),
                Reason.INVALID_UTF8, "chuỗi byte sai ở vị trí byte " + offset + ": " + shown,
                "ill-formed sequence at byte offset " + offset + ": " + shown, ""));
    }
}
