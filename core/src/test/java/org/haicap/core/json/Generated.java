package org.haicap.core.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A head, then {@code size} bytes of 'x' as one line, then a tail, generated on the fly. */
final class Generated extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final long size;
    private long pos;

    Generated(String head, long size, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.tail = ("\n" + tail).getBytes(StandardCharsets.UTF_8);
        this.size = size;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        long total = head.length + size + tail.length;
        if (pos >= total) {
            return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++, pos++) {
            b[off + i] = pos < head.length ? head[(int) pos]
                    : pos < head.length + size ? (byte) 'x'
                    : tail[(int) (pos - head.length - size)];
        }
        return n;
    }
}
