package org.haicap.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The byte window that the line and CSV readers scan: a 64 KiB buffer over a stream, the byte
 * offset of the stream read so far, and skipping of a leading UTF-8 byte order mark. The
 * readers work on the fields directly, because the scanning loops are the hot path.
 */
abstract class ByteInput {
    final InputStream in;
    final byte[] buf = new byte[64 * 1024];
    int pos;
    int limit;
    boolean eof;
    /** Bytes of the stream consumed before {@code buf[pos]}. */
    long offset;

    ByteInput(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** Refills the buffer from the stream; false at the end of the stream. */
    final boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Reads the first bytes and steps over a UTF-8 byte order mark if there is one. */
    final void skipBom() throws IOException {
        while (limit < 3 && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
            offset = 3;
        }
    }
}
