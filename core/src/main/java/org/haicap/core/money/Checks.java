package org.haicap.core.money;

import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.VietnameseText;

/** Argument checks with bilingual messages, shared by the types of this package. */
final class Checks {
    private Checks() {
    }

    /**
     * The text in NFC without surrounding white space.
     *
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    static String text(String value, String vi, String en) {
        Objects.requireNonNull(value, en);
        String v = VietnameseText.nfc(value).strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(vi + " không được để trống / " + en + " must not be blank");
        }
        return v;
    }

    /** Like {@link #text} for an optional value: an empty Optional stays empty, blank is refused. */
    static Optional<String> optionalText(Optional<String> value, String vi, String en) {
        Objects.requireNonNull(value, en);
        return value.map(v -> text(v, vi, en));
    }

    /** Like {@link #text} and at most {@code max} characters. */
    static String text(String value, int max, String vi, String en) {
        String v = text(value, vi, en);
        if (v.length() > max) {
            throw new IllegalArgumentException(vi + " dài quá " + max + " ký tự: \"" + VietnameseText.excerpt(v, 40)
                    + "\" / " + en + " is longer than " + max + " characters: \"" + VietnameseText.excerpt(v, 40) + "\"");
        }
        return v;
    }

    /** A bilingual IllegalArgumentException. */
    static IllegalArgumentException invalid(String vi, String en) {
        return new IllegalArgumentException(vi + " / " + en);
    }
}
