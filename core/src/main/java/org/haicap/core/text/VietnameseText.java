package org.haicap.core.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Vietnamese text at the library's boundary (văn bản tiếng Việt).
 *
 * <p>Text that enters haicap (names read from files, search queries, annotations on users'
 * beans) may arrive in NFD form, where {@code "ệ"} is {@code e} followed by two combining
 * marks, or in NFC form, where it is one code point. The two look the same and compare
 * unequal. haicap normalises to NFC at the boundary with {@link #nfc(String)}.
 *
 * <p>For matching names the way people type them, {@link #fold(String)} removes everything
 * that users write inconsistently (diacritics, tone-mark placement, {@code đ}/{@code d},
 * apostrophe style, case, punctuation); {@link #spellingKey(String)} keeps the diacritics but
 * ignores tone-mark placement ({@code Hoà}/{@code Hòa}). Names sort with
 * {@link #collator()}.
 *
 * <p>This class is immutable and thread-safe: it only has static methods.
 */
public final class VietnameseText {

    /** The locale of Vietnamese as used in Vietnam ({@code vi-VN}). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Collator COLLATOR;

    static {
        Collator c = Collator.getInstance(VIETNAMESE);
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        COLLATOR = c;
    }

    private VietnameseText() {
    }

    /**
     * The NFC (composed) form of {@code text}.
     *
     * @param text any text, not null
     * @return the same text in Unicode Normalization Form C; the same instance when it already is
     * @throws NullPointerException if {@code text} is null
     */
    public static String nfc(String text) {
        Objects.requireNonNull(text, "text");
        return isQuicklyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code text} is already in NFC form.
     *
     * @param text any text, not null
     * @return true when normalising would not change it
     */
    public static boolean isNfc(String text) {
        Objects.requireNonNull(text, "text");
        return isQuicklyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * A sufficient test for NFC without the normaliser: every character is below U+0300 (before
     * the combining diacritical marks) or in Latin Extended Additional (U+1E00 to U+1EFF, the
     * precomposed Vietnamese letters with tone marks). Such characters are NFC by themselves, have
     * combining class 0 and never compose with the character before them, so any string of them
     * is NFC ({@code VietnameseTextTest} checks every character and every pair against
     * {@link Normalizer}). False means only "not known": the caller asks {@link Normalizer}.
     */
    static boolean isQuicklyNfc(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short form of untrusted text that is safe to put into a message or a log line: control
     * characters are escaped as {@code \\uXXXX}, and text longer than {@code maxLength} code
     * points is cut and ends with {@code …}.
     *
     * @param text any text; null gives {@code "null"}
     * @param maxLength the most code points kept, at least 1
     * @return the excerpt, never null
     */
    public static String excerpt(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength < 1: " + maxLength);
        }
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), maxLength) + 8);
        text.codePoints().limit(maxLength).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > maxLength) {
            b.append('…');
        }
        return b.toString();
    }

    /**
     * The search form of {@code text} (dạng so khớp không dấu): what is left when everything
     * people type inconsistently is removed.
     *
     * <ol>
     *   <li>decompose (NFD) and drop every combining mark, so diacritics and tone marks go and
     *       {@code Hoà}, {@code Hòa}, {@code hoa} fold alike;</li>
     *   <li>{@code đ}/{@code Đ} (and the look-alike {@code Ð}) become {@code d};</li>
     *   <li>lower-case with {@link Locale#ROOT};</li>
     *   <li>apostrophes of every style ({@code ’ ‘ ʼ ` '} and the prime {@code ′}) are
     *       removed, so {@code Ea H’Leo}, {@code Ea H'Leo} and {@code Ea HLeo} fold alike;</li>
     *   <li>every other character that is not a letter or digit (hyphens, dots, commas…)
     *       becomes a space; runs of spaces collapse to one; leading and trailing spaces go.</li>
     * </ol>
     *
     * <p>Examples: {@code "Phường Văn Miếu - Quốc Tử Giám"} → {@code "phuong van mieu quoc tu giam"},
     * {@code "P. Hoà Bình"} → {@code "p hoa binh"}. The result is ASCII for Vietnamese input.
     *
     * @param text any text, not null
     * @return the folded text, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        // Fast path: one pass with a per-character table for Latin letters with diacritics.
        StringBuilder b = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base;
            if (c < 0x80) {
                base = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c >= 0x0300 && c <= 0x036F) {
                continue;
            } else if (c >= FOLD_TABLE_START && c < FOLD_TABLE_START + FOLD_TABLE.length && FOLD_TABLE[c - FOLD_TABLE_START] != 0) {
                base = FOLD_TABLE[c - FOLD_TABLE_START];
            } else if (isApostrophe(c)) {
                continue;
            } else {
                return foldSlow(text);
            }
            if (c < 0x80 && isApostrophe(c)) {
                continue;
            }
            if ((base >= 'a' && base <= 'z') || (base >= '0' && base <= '9')) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(base);
            } else {
                pendingSpace = true;
            }
        }
        return b.toString();
    }

    private static final char FOLD_TABLE_START = 0x00C0;
    /** For U+00C0..U+1EFF: the ASCII letter a Latin letter folds to, or 0 where the slow path decides. */
    private static final char[] FOLD_TABLE = foldTable();

    private static char[] foldTable() {
        char[] table = new char[0x1F00 - FOLD_TABLE_START];
        for (int c = FOLD_TABLE_START; c < 0x1F00; c++) {
            if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') {
                table[c - FOLD_TABLE_START] = 'd';
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char first = d.charAt(0);
            boolean restAreMarks = true;
            for (int i = 1; i < d.length(); i++) {
                restAreMarks &= Character.getType(d.charAt(i)) == Character.NON_SPACING_MARK;
            }
            if (restAreMarks && first < 0x80 && Character.isLetter(first)) {
                table[c - FOLD_TABLE_START] = Character.toLowerCase(first);
            }
        }
        return table;
    }

    /** The reference implementation of {@link #fold(String)}, for any input. */
    static String foldSlow(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int kind = Character.getType(cp);
            if (kind == Character.NON_SPACING_MARK || kind == Character.ENCLOSING_MARK
                    || kind == Character.COMBINING_SPACING_MARK || isApostrophe(cp)) {
                continue;
            }
            if (cp == 'đ' || cp == 'Đ' || cp == 'Ð' || cp == 'ð') {
                cp = 'd';
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                appendLower(b, cp);
            } else {
                pendingSpace = true;
            }
        }
        return b.toString();
    }

    /**
     * A comparison key that keeps the diacritics but ignores tone-mark placement, case,
     * apostrophe style, Unicode normal form and punctuation (khóa chính tả). {@code "Hoà"} and
     * {@code "Hòa"}, {@code "Thuỵ"} and {@code "Thụy"} get equal keys; {@code "Hòa"} and
     * {@code "Hóa"}, or {@code "Tân Thành"} and {@code "Tân Thạnh"}, do not.
     *
     * <p>The key moves the tone mark (huyền, sắc, hỏi, ngã, nặng) of each word to the end of
     * the word. It is for equality tests only, not for display.
     *
     * @param text any text, not null
     * @return the key, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static String spellingKey(String text) {
        Objects.requireNonNull(text, "text");
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length() + 4);
        StringBuilder tones = new StringBuilder(2);
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue;
            }
            if (isToneMark(cp)) {
                tones.appendCodePoint(cp);
                continue;
            }
            int kind = Character.getType(cp);
            if (kind == Character.NON_SPACING_MARK || kind == Character.COMBINING_SPACING_MARK
                    || kind == Character.ENCLOSING_MARK) {
                b.appendCodePoint(cp);
                continue;
            }
            if (cp == 'Ð') {
                cp = 'Đ';
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && b.length() > 0) {
                    b.append(tones).append(' ');
                    tones.setLength(0);
                }
                pendingSpace = false;
                appendLower(b, cp);
            } else {
                pendingSpace = true;
            }
        }
        b.append(tones);
        return b.toString();
    }

    /**
     * A Vietnamese collator for sorting names (bộ so sánh theo thứ tự chữ cái tiếng Việt):
     * {@code a ă â b c d đ e ê …}, so {@code Dương} sorts before {@code Đông}.
     *
     * <p>Each call returns a new instance, which the caller may use freely on one thread (a
     * {@link Collator} is mutable). The collation data for {@code vi} comes from the JDK module
     * {@code jdk.localedata}: it is present on the class path of a standard JDK; an
     * application packaged with {@code jlink} must add that module, or names sort in the
     * root (English-like) order.
     *
     * @return a fresh tertiary-strength collator for {@code vi-VN} that decomposes its input
     */
    public static Collator collator() {
        return (Collator) COLLATOR.clone();
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == 'ʼ' || cp == '`' || cp == '′'
                || cp == 'ʻ' || cp == '´';
    }

    private static boolean isToneMark(int cp) {
        // grave (huyền), acute (sắc), hook above (hỏi), tilde (ngã), dot below (nặng)
        return cp == 0x0300 || cp == 0x0301 || cp == 0x0309 || cp == 0x0303 || cp == 0x0323;
    }

    private static void appendLower(StringBuilder b, int cp) {
        if (cp < 0x80) {
            b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else {
            b.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
        }
    }
}
