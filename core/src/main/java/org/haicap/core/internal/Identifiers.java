package org.haicap.core.internal;

/**
 * The shape of the opaque identifiers that datasets use to reference one another (people,
 * posts, party organisations): 1–64 ASCII characters, letters, digits and {@code . _ : / -},
 * starting with a letter or digit. Checked by a scan instead of a regular expression, since
 * every streamed payment names two of them. Not part of the public API.
 */
public final class Identifiers {
    /** The longest identifier, in characters. */
    public static final int MAX_LENGTH = 64;

    private Identifiers() {
    }

    /**
     * Whether {@code value} has the shape; null gives false.
     *
     * @param value the text
     * @return true for a well-formed identifier
     */
    public static boolean isWellFormed(String value) {
        if (value == null) {
            return false;
        }
        int n = value.length();
        if (n == 0 || n > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
