package org.haicap.core.io;

/**
 * An incremental UTF-8 well-formedness check (RFC 3629): rejects overlong forms, encoded
 * surrogates, code points above U+10FFFF and bytes that can never appear. Not thread-safe.
 */
final class Utf8Validator {
    /** The byte ended a character (or was ASCII). */
    static final int COMPLETE = 0;
    /** The byte started or continued a character that needs more bytes. */
    static final int PARTIAL = 1;
    /** The byte cannot appear here. */
    static final int INVALID = 2;

    private int need;
    private int lo = 0x80;
    private int hi = 0xBF;

    /** Feeds one byte (as an unsigned value 0..255). */
    int accept(int b) {
        if (need == 0) {
            if (b < 0x80) {
                return COMPLETE;
            }
            lo = 0x80;
            hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b == 0xE0) {
                need = 2;
                lo = 0xA0;
            } else if (b >= 0xE1 && b <= 0xEF) {
                need = 2;
                if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b == 0xF0) {
                need = 3;
                lo = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                need = 3;
            } else if (b == 0xF4) {
                need = 3;
                hi = 0x8F;
            } else {
                return INVALID;
            }
            return PARTIAL;
        }
        if (b < lo || b > hi) {
            need = 0;
            return INVALID;
        }
        need--;
        lo = 0x80;
        hi = 0xBF;
        return need == 0 ? COMPLETE : PARTIAL;
    }

    /** Whether a character is started but not finished. */
    boolean inSequence() {
        return need > 0;
    }

    /** Forgets any started character. */
    void reset() {
        need = 0;
    }

    /**
     * The index of the first byte of the first ill-formed sequence in {@code bytes[from, to)},
     * or -1 when all is well-formed. A sequence cut short by {@code to} is ill-formed.
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        Utf8Validator v = new Utf8Validator();
        int start = from;
        int i = from;
        while (i < to) {
            if (!v.inSequence()) {
                // Between sequences, skip ASCII eight bytes at a time.
                while (i + 8 <= to && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                    i += 8;
                }
                if (i >= to) {
                    break;
                }
                start = i;
            }
            if (v.accept(bytes[i] & 0xFF) == INVALID) {
                return start;
            }
            i++;
        }
        return v.inSequence() ? start : -1;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** The number of code points in the well-formed bytes {@code bytes[from, to)}. */
    static int codePoints(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** How a byte sequence is shown in a message, like {@code 0xC3 0x28}. */
    static String hex(byte[] bytes, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < Math.min(to, from + 4); i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return b.toString();
    }
}
