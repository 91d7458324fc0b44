package org.haicap.core.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A head, then {@code size} filler bytes ('x' unless given) as one line, then a tail, generated on the fly. */
final class Generated extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final long size;
    private final byte fill;
    private long pos;

    Generated(String head, long size, String tail) {
        this(head, size, (byte) 'x', tail);
    }

    Generated(String head, long size, byte fill, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.tail = ("\n" + tail).getBytes(StandardCharsets.UTF_8);
        this.size = size;
        this.fill = fill;
    }

    /** How many bytes were read so far. */
    long served() {
        return pos;
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
        int i = 0;
        while (i < n) {
            if (pos < head.length) {
                b[off + i++] = head[(int) pos++];
            } else if (pos < head.length + size) {
                int run = (int) Math.min(n - i, head.length + size - pos);
                java.util.Arrays.fill(b, off + i, off + i + run, fill);
                i += run;
                pos += run;
            } else {
                b[off + i++] = tail[(int) (pos++ - head.length - size)];
            }
        }
        return n;
    }
}
