package org.haicap.core.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.haicap.core.text.VietnameseText;

/**
 * A {@link LineCursor} straight over a line's UTF-8 bytes (the fast path of
 * {@link JsonLinesReader}): a small JSON scanner that knows only what the binders need and gives
 * up ({@link LineCursor#GIVE_UP}) on everything else, so that Jackson decides.
 *
 * <p>It takes: objects and arrays (no deeper than the limits allow), field names spelled exactly
 * as expected (compared on the bytes, with no escape), strings without escapes or control
 * characters and no longer in bytes than the string limit (ASCII decoded directly, others by the
 * UTF-8 decoder: the line is well-formed UTF-8, {@code LineReader} has checked it), integers
 * {@code -?(0|[1-9][0-9]{0,17})} (so within {@code long}, no fraction, exponent or leading zero,
 * and not {@code -0}), {@code true}, {@code false}, {@code null}, and the four JSON white space
 * bytes. After a number or a literal only white space, {@code ,}, {@code ]}, {@code }} or the end
 * may follow. After the line's object only white space may follow ({@link #end()}).
 *
 * <p>Months and date-times of the common shapes are read from the bytes exactly as
 * {@link IsoTimes} reads them from characters; other shapes are decoded and parsed by the form.
 *
 * <p>One line, one thread; not reusable.
 */
final class ByteScanner extends LineCursor {
    private static final int MAX_DIGITS = 18;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * 0x20;

    private final byte[] b;
    private final int end;
    private final HaicapJson.Limits limits;
    private int pos;
    private int depth;
    /** Whether the object or array just entered has no member or element yet. */
    private boolean first;
    /** Where {@link #field} starts looking: the name after the last one found. */
    private int hint;
    /** Start and end of the last string's content, set by {@link #span()}. */
    private int from;
    private int to;
    private boolean ascii;

    ByteScanner(byte[] bytes, int offset, int length, HaicapJson.Limits limits) {
        if (length > limits.maxDocumentLength()) {
            throw GIVE_UP;
        }
        this.b = bytes;
        this.pos = offset;
        this.end = offset + length;
        this.limits = limits;
    }

    /** Gives up unless only white space is left. */
    void end() {
        skip();
        if (pos != end || depth != 0) {
            throw GIVE_UP;
        }
    }

    private void skip() {
        int i = pos;
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            i++;
        }
        pos = i;
    }

    /** The next byte after white space, not consumed; -1 at the end. */
    private int peek() {
        skip();
        return pos < end ? b[pos] : -1;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw GIVE_UP;
        }
        pos++;
    }

    private void enter(char c) {
        expect(c);
        if (++depth > limits.maxNestingDepth()) {
            throw GIVE_UP;
        }
        first = true;
    }

    @Override
    void openObject() {
        enter('{');
    }

    @Override
    void openArray() {
        enter('[');
    }

    @Override
    int field(Names names) {
        int c = peek();
        if (c == '}') {
            pos++;
            depth--;
            first = false;
            return -1;
        }
        if (!first) {
            if (c != ',') {
                throw GIVE_UP;
            }
            pos++;
        }
        first = false;
        expect('"');
        int i = match(names, hint);
        if (names.bytes[i].length > limits.maxNameLength()) {
            throw GIVE_UP;
        }
        hint = i + 1;
        expect(':');
        return i;
    }

    @Override
    boolean nextElement() {
        int c = peek();
        if (c == ']') {
            pos++;
            depth--;
            first = false;
            return false;
        }
        if (!first) {
            if (c != ',') {
                throw GIVE_UP;
            }
            pos++;
        }
        first = false;
        return true;
    }

    /**
     * Reads a string with no escape and no control character, no longer in bytes than the
     * string limit; sets {@link #from}, {@link #to} and {@link #ascii}.
     */
    private void span() {
        expect('"');
        int i = pos;
        long words = 0;
        // Eight bytes at a time while none of them is a quote, a backslash or a control character.
        while (i + 8 <= end) {
            long w = (long) LONG.get(b, i);
            if (special(w)) {
                break;
            }
            words |= w;
            i += 8;
        }
        int bits = (words & HIGH) != 0 ? -1 : 0;
        while (true) {
            if (i >= end) {
                throw GIVE_UP;
            }
            byte c = b[i];
            if (c == '"') {
                break;
            }
            if (c == '\\' || c >= 0 && c < 0x20) {
                throw GIVE_UP;
            }
            bits |= c;
            i++;
        }
        if (i - pos > limits.maxStringLength()) {
            throw GIVE_UP;
        }
        from = pos;
        to = i;
        ascii = bits >= 0;
        pos = i + 1;
    }

    /**
     * Whether a word of eight bytes may hold a quote, a backslash or a byte below 0x20 (exact for
     * "none": a false answer is always right, a true one is checked byte by byte).
     */
    private static boolean special(long w) {
        long q = w ^ QUOTES;
        long s = w ^ BACKSLASHES;
        return ((((q - ONES) & ~q) | ((s - ONES) & ~s) | ((w - SPACES) & ~w)) & HIGH) != 0;
    }

    private String decoded() {
        return new String(b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    @Override
    String string() {
        span();
        return decoded();
    }

    @Override
    int constant(Names names) {
        expect('"');
        int i = match(names, 0);
        if (names.bytes[i].length > limits.maxStringLength()) {
            throw GIVE_UP;
        }
        return i;
    }

    /**
     * The index of the name that the string starting at {@link #pos} (just after its opening
     * quote) is, trying the names from {@code start} on (the binders' fields come in the order
     * haicap writes them); gives up when it is none of them. A name has no quote, backslash or
     * control character, so its bytes followed by a quote are the whole string.
     */
    private int match(Names names, int start) {
        byte[][] all = names.bytes;
        int n = all.length;
        if (pos + 16 <= b.length) {
            // Names of up to 15 bytes: two word compares each (name and closing quote).
            long a = (long) LONG.get(b, pos);
            long c = (long) LONG.get(b, pos + 8);
            for (int k = 0, i = start; k < n; k++, i++) {
                if (i >= n) {
                    i = 0;
                }
                long m = names.lowMask[i];
                if (m != 0 && (a & m) == names.low[i] && (c & names.highMask[i]) == names.high[i]) {
                    int q = pos + all[i].length;
                    if (q < end) {
                        pos = q + 1;
                        return i;
                    }
                }
            }
        }
        for (int k = 0, i = start; k < n; k++, i++) {
            if (i >= n) {
                i = 0;
            }
            byte[] name = all[i];
            int q = pos + name.length;
            if (q < end && b[q] == '"' && Names.same(name, b, pos)) {
                pos = q + 1;
                return i;
            }
        }
        throw GIVE_UP;
    }

    /** Gives up unless the byte at {@link #pos} may follow a number or a literal. */
    private void delimited() {
        if (pos < end) {
            byte c = b[pos];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                throw GIVE_UP;
            }
        }
    }

    private boolean literal(String word) {
        int n = word.length();
        if (end - pos < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        pos += n;
        delimited();
        return true;
    }

    @Override
    boolean nullValue() {
        if (peek() != 'n') {
            return false;
        }
        if (!literal("null")) {
            throw GIVE_UP;
        }
        return true;
    }

    @Override
    boolean bool() {
        int c = peek();
        if (c == 't' && literal("true")) {
            return true;
        }
        if (c == 'f' && literal("false")) {
            return false;
        }
        throw GIVE_UP;
    }

    @Override
    long integer() {
        int c = peek();
        int start = pos;
        boolean negative = c == '-';
        int i = negative ? pos + 1 : pos;
        if (i >= end || b[i] < '0' || b[i] > '9') {
            throw GIVE_UP;
        }
        int digitsFrom = i;
        long n = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            n = n * 10 + (b[i] - '0');
            i++;
            if (i - digitsFrom > MAX_DIGITS) {
                throw GIVE_UP;
            }
        }
        int digits = i - digitsFrom;
        if (b[digitsFrom] == '0' && (digits > 1 || negative) || i - start > limits.maxNumberLength()) {
            throw GIVE_UP;
        }
        pos = i;
        delimited();
        return negative ? -n : n;
    }

    @Override
    LocalDateTime dateTime(StringForm<LocalDateTime> form) {
        span();
        LocalDateTime fast = IsoTimes.dateTime(b, from, to - from);
        return fast != null ? fast : form.parse().apply(VietnameseText.nfc(decoded()));
    }

    @Override
    YearMonth month(StringForm<YearMonth> form) {
        span();
        YearMonth fast = IsoTimes.yearMonth(b, from, to - from);
        return fast != null ? fast : form.parse().apply(VietnameseText.nfc(decoded()));
    }
}
