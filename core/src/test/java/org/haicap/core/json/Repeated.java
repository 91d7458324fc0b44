package org.haicap.core.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One line repeated {@code times} times, generated on the fly. */
final class Repeated extends InputStream {
    private final byte[] line;
    private final long total;
    private long pos;

    Repeated(String line, long times) {
        this.line = line.getBytes(StandardCharsets.UTF_8);
        this.total = this.line.length * times;
    }

    long position() {
        return pos;
    }

    @Override
    public int read() {
        return pos < total ? line[(int) (pos++ % line.length)] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos >= total) {
            return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++) {
            b[off + i] = line[(int) (pos++ % line.length)];
        }
        return n;
    }
}
