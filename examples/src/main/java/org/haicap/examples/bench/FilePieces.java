package org.haicap.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a JSON Lines file into byte ranges that start and end at line boundaries, so that each
 * range can be read by its own thread, and opens a range as an input stream. Package-private.
 */
final class FilePieces {

    private FilePieces() {
    }

    /** A byte range {@code [start, end)} of a file; {@code index} is its place in file order. */
    record Piece(Path file, int index, long start, long end) {
        long length() {
            return end - start;
        }

        /** A stream of the range's bytes; close it after use. */
        InputStream open() throws IOException {
            return new RangeStream(FileChannel.open(file, StandardOpenOption.READ), start, end);
        }

        String source() {
            return file.getFileName() + "#" + index;
        }
    }

    /** {@code n} pieces, each starting just after a newline (or at 0); empty pieces are dropped. */
    static List<Piece> split(Path file, int n) throws IOException {
        List<Piece> out = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long start = 0;
            ByteBuffer one = ByteBuffer.allocate(4096);
            for (int i = 1; i <= n; i++) {
                long end = i == n ? size : Math.max(start, size * i / n);
                if (i < n) {
                    end = nextLineStart(ch, end, size, one);
                }
                if (end > start) {
                    out.add(new Piece(file, out.size(), start, end));
                }
                start = end;
            }
        }
        return out;
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
