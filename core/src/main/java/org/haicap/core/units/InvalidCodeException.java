package org.haicap.core.units;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.text.VietnameseText;

/**
 * Thrown when text does not have the shape of an administrative-unit code. The message says,
 * in Vietnamese and English, which kind of code was expected and what was given.
 *
 * <p>An unknown but well-formed code is not an error: lookups return an empty
 * {@code Optional} for it.
 */
public final class InvalidCodeException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Which kind of code was expected. */
    public enum Kind implements Bilingual {
        /** A 2-digit province code. */
        PROVINCE("mã tỉnh phải gồm đúng 2 chữ số", "a province code is exactly 2 digits"),
        /** A 5-digit commune-level unit code. */
        UNIT("mã đơn vị hành chính cấp xã phải gồm đúng 5 chữ số", "a commune-level unit code is exactly 5 digits");

        private final LocalizedText label;

        Kind(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    private final Kind kind;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param kind which code was expected
     * @param value the offending text
     */
    public InvalidCodeException(Kind kind, String value) {
        super(kind.vietnamese() + ", nhận được \"" + printable(value) + "\"",
                kind.english() + ", got \"" + printable(value) + "\"");
        this.kind = kind;
        this.value = value;
    }

    /** The kind of code that was expected. */
    public Kind kind() {
        return kind;
    }

    /** The offending text, as given. */
    public String value() {
        return value;
    }

    private static String printable(String value) {
        return VietnameseText.excerpt(value, 40);
    }
}
