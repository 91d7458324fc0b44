package org.haicap.core.ids;

/**
 * Masks personal data for display and logs: every character but the last three becomes
 * {@code *}, and at most 3 characters are ever shown. Immutable, thread-safe.
 */
public final class Masking {
    private Masking() {
    }

    /**
     * The masked form of a personal value: {@code "012345678901"} becomes
     * {@code "*********901"}; values of three characters or fewer are fully masked; the
     * length shown is capped at 16 so that a hostile value cannot flood a message.
     *
     * @param value the personal value, may be null
     * @return the masked form, never null
     */
    public static String mask(String value) {
        if (value == null) {
            return "null";
        }
        int n = value.codePointCount(0, value.length());
        if (n <= 3) {
            return "*".repeat(n);
        }
        int keepFrom = value.offsetByCodePoints(0, n - 3);
        String tail = value.substring(keepFrom);
        StringBuilder b = new StringBuilder();
        tail.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return "*".repeat(Math.min(n - 3, 13)) + b;
    }
}
