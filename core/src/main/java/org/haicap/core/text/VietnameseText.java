package org.haicap.core.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Vietnamese text at the library's boundary (văn bản tiếng Việt).
 *
 * <p>Text that enters haicap (names read from files, search queries, annotations on users'
 * beans) may arrive in NFD form, where {@code "ệ"} is {@code e} followed by two combining
 * marks, or in NFC form, where it is one code point. The two look the same and compare
 * unequal. haicap normalises to NFC at the boundary with {@link #nfc(String)}.
 *
 * <p>This class is immutable and thread-safe: it only has static methods.
 */
public final class VietnameseText {
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
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
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
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
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
        int[] count = {0};
        text.codePoints().limit(maxLength).forEach(cp -> {
            count[0]++;
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
}
