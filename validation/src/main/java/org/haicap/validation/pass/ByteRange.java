package org.haicap.validation.pass;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A byte range {@code [start, end)} of a file that starts and ends at line boundaries (một đoạn
 * tệp), so that pieces of a JSON Lines file can be read by separate threads or machines and their
 * results merged in file order ({@code index}). {@link ValidationPass} splits uncompressed JSON
 * Lines files this way when it runs on more than one thread; the benchmarks and other drivers
 * use the same code. A piece is read from its own first line: line numbers are moved to the
 * whole file's when pieces are merged ({@link org.haicap.validation.rules.DossierCheck#merge(
 * org.haicap.validation.rules.DossierCheck, long)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file
 * @param index the place of the range in file order, from 0
 * @param start the first byte
 * @param end one past the last byte
 */
public record ByteRange(Path file, int index, long start, long end) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the range is negative or empty
     */
    public ByteRange {
        Objects.requireNonNull(file, "file");
        if (index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("đoạn tệp không hợp lệ / bad range " + index + " [" + start + ", " + end
                    + ") of " + file);
        }
    }

    /** The number of bytes. */
    public long length() {
        return end - start;
    }

    /**
     * A stream of the range's bytes, read with positional reads.
     *
     * @return the stream; the caller closes it
     * @throws IOException if the file cannot be opened
     */
    public InputStream open() throws IOException {
        return new RangeStream(FileChannel.open(file, StandardOpenOption.READ), start, end);
    }

    /**
     * Splits a file into at most {@code n} ranges of about equal size, each starting just after a
     * newline (or at 0); empty ranges are dropped, so a small file may give fewer. An empty file
     * gives none.
     *
     * @param file the file
     * @param n how many ranges, at least 1
     * @return the ranges in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static List<ByteRange> split(Path file, int n) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("số đoạn phải ít nhất 1 / at least one range: " + n);
        }
        List<ByteRange> out = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long start = 0;
            ByteBuffer buf = ByteBuffer.allocate(4096);
            for (int i = 1; i <= n; i++) {
                long end = i == n ? size : Math.max(start, size * i / n);
                if (i < n) {
                    end = nextLineStart(ch, end, size, buf);
                }
                if (end > start) {
                    out.add(new ByteRange(file, out.size(), start, end));
                }
                start = end;
            }
        }
        return List.copyOf(out);
    }

    private static long nextLineStart(FileChannel ch, long from, long size, ByteBuffer buf) throws IOException {
        if (from == 0) {
            return 0;
        }
        long pos = from - 1;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    /** Positional reads of one range of a channel. */
    private static final class RangeStream extends InputStream {
        private final FileChannel ch;
        private long pos;
        private final long end;

        RangeStream(FileChannel ch, long start, long end) {
            this.ch = ch;
            this.pos = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= end) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
            if (n > 0) {
                pos += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
