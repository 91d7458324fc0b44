package org.haicap.core.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.haicap.core.text.VietnameseText;

/**
 * What a {@link LineBinder} reads a line through: the values of one JSON object, taken in order,
 * each exactly as the haicap mapper's deserializers take it. Two kinds exist: {@link ByteScanner}
 * over the line's bytes, and {@link ParserCursor} over a Jackson parser.
 *
 * <p>Every method either gives a value that databind would give for certain, or throws
 * {@link #GIVE_UP} (or a parse function's or Jackson's exception); the caller then reads the line
 * another way. A cursor never makes problems.
 *
 * <p>A cursor belongs to one line and one thread.
 */
abstract class LineCursor {
    /** Thrown when a cursor or a binder is not certain; has no stack trace and is shared. */
    static final GiveUp GIVE_UP = new GiveUp();

    /** Not certain: the line is read another way. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private GiveUp() {
            super("not certain", null, false, false);
        }
    }

    /**
     * A closed set of field names or enum constant names, as {@code String}s and as their UTF-8
     * bytes; immutable.
     */
    static final class Names {
        final String[] strings;
        final byte[][] bytes;
        /**
         * Each name's bytes followed by a quote, little-endian in two words, with the masks of the
         * bytes that count ({@code 0} masks when the name is longer than 15 bytes).
         */
        final long[] low;
        final long[] high;
        final long[] lowMask;
        final long[] highMask;

        Names(String... names) {
            this.strings = names.clone();
            int n = names.length;
            this.bytes = new byte[n][];
            this.low = new long[n];
            this.high = new long[n];
            this.lowMask = new long[n];
            this.highMask = new long[n];
            for (int i = 0; i < n; i++) {
                byte[] b = names[i].getBytes(StandardCharsets.UTF_8);
                bytes[i] = b;
                if (b.length < 16) {
                    for (int k = 0; k <= b.length; k++) {
                        long v = (k == b.length ? '"' : b[k]) & 0xFFL;
                        if (k < 8) {
                            low[i] |= v << (8 * k);
                            lowMask[i] |= 0xFFL << (8 * k);
                        } else {
                            high[i] |= v << (8 * (k - 8));
                            highMask[i] |= 0xFFL << (8 * (k - 8));
                        }
                    }
                }
            }
        }

        static Names of(Enum<?>[] values) {
            String[] s = new String[values.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = values[i].name();
            }
            return new Names(s);
        }

        /** The index of {@code name}, or -1. */
        int indexOf(String name) {
            for (int i = 0; i < strings.length; i++) {
                if (strings[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the name whose characters are {@code c[off, off + len)}, or -1. */
        int indexOf(char[] c, int off, int len) {
            for (int i = 0; i < strings.length; i++) {
                String s = strings[i];
                if (s.length() == len && same(s, c, off)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean same(String s, char[] c, int off) {
            for (int i = 0, n = s.length(); i < n; i++) {
                if (s.charAt(i) != c[off + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code b} holds the bytes of {@code n} at {@code off}. */
        static boolean same(byte[] n, byte[] b, int off) {
            for (int i = 0; i < n.length; i++) {
                if (n[i] != b[off + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Enters the object that is the next value (or, at the start, the line's object). */
    abstract void openObject();

    /**
     * The index in {@code names} of the next field of the current object, leaving the cursor at
     * its value; -1 at the end of the object (which is then left). Gives up on any other name.
     */
    abstract int field(Names names);

    /** Enters the array that is the next value. */
    abstract void openArray();

    /** Whether the current array has another element (not yet read); false leaves the array. */
    abstract boolean nextElement();

    /** Reads the next value if it is {@code null}; otherwise leaves it and returns false. */
    abstract boolean nullValue();

    /** The next value, a JSON string, as it is (not normalised). */
    abstract String string();

    /** The index in {@code names} of the next value, a string spelled exactly as one of them. */
    abstract int constant(Names names);

    /** The next value, a JSON integer within {@code long}. */
    abstract long integer();

    /** The next value, {@code true} or {@code false}. */
    abstract boolean bool();

    /** The next value as a {@code LocalDateTime} read by the module ({@link IsoTimes}). */
    abstract LocalDateTime dateTime(StringForm<LocalDateTime> form);

    /** The next value as a {@code YearMonth} read by the module ({@link IsoTimes}). */
    abstract YearMonth month(StringForm<YearMonth> form);

    /** A {@code String} as {@link NfcText.Deserializer} reads it: no NUL, in NFC. */
    final String text() {
        String s = string();
        if (s.indexOf('\u0000') >= 0) {
            throw GIVE_UP;
        }
        return VietnameseText.nfc(s);
    }

    /** An {@code Optional<String>} as {@link OptionalSupport} reads it: null is empty. */
    final Optional<String> optionalText() {
        return nullValue() ? Optional.empty() : Optional.of(text());
    }

    /** A value type as {@link StringForm.Deserializer} reads it: a string, in NFC, parsed. */
    final <V> V value(StringForm<V> form) {
        V v = form.parse().apply(VietnameseText.nfc(string()));
        if (v == null) {
            throw GIVE_UP;
        }
        return v;
    }

    /** An {@code Optional<LocalDateTime>}: null is empty. */
    final Optional<LocalDateTime> optionalDateTime(StringForm<LocalDateTime> form) {
        return nullValue() ? Optional.empty() : Optional.of(dateTime(form));
    }

    /** Gives up unless {@code seen} has every bit of {@code required}. */
    static void require(int seen, int required) {
        if ((seen & required) != required) {
            throw GIVE_UP;
        }
    }

    /** Marks {@code bit} in {@code seen}, giving up when it was marked already (a repeated field). */
    static int mark(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw GIVE_UP;
        }
        return seen | bit;
    }
}
