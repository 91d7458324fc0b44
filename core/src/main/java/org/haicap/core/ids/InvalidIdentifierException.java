package org.haicap.core.ids;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.text.VietnameseText;

/**
 * Thrown when text does not have the shape of a Vietnamese identifier. The message says, in
 * Vietnamese and English, which identifier was expected and why the text is not one; personal
 * identifiers are masked in it.
 */
public final class InvalidIdentifierException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Which identifier was expected. */
    public enum Kind implements Bilingual {
        /** A personal identification number: 12 digits. */
        CITIZEN_ID("số định danh cá nhân phải gồm đúng 12 chữ số",
                "a personal identification number is exactly 12 digits", true),
        /** A tax code: 10 digits, 10 digits + "-" + 3 digits, or 12 digits. */
        TAX_CODE("mã số thuế phải gồm 10 chữ số, 13 chữ số (dạng NNNNNNNNNN-NNN) hoặc 12 chữ số",
                "a tax code is 10 digits, 13 digits (as NNNNNNNNNN-NNN) or 12 digits", true),
        /** A Vietnamese mobile number. */
        MOBILE_NUMBER("số di động phải gồm 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84 và 9 chữ số)",
                "a mobile number is 10 digits starting 03, 05, 07, 08 or 09 (or +84 and 9 digits)", true),
        /** A document number (số, ký hiệu). */
        DOCUMENT_NUMBER("số, ký hiệu văn bản không đúng dạng số/năm/ký hiệu, số/ký hiệu hoặc số-loại/cơ quan",
                "a document number has the form number/year/symbol, number/symbol or number-type/issuer", false);

        private final LocalizedText label;
        private final boolean personal;

        Kind(String vi, String en, boolean personal) {
            this.label = LocalizedText.of(vi, en);
            this.personal = personal;
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }

        /** Whether values of this kind are personal data and are masked in messages. */
        public boolean personal() {
            return personal;
        }
    }

    private final Kind kind;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param kind which identifier was expected
     * @param value the offending text
     */
    public InvalidIdentifierException(Kind kind, String value) {
        super(kind.vietnamese() + ", nhận được \"" + shown(kind, value) + "\"",
                kind.english() + ", got \"" + shown(kind, value) + "\"");
        this.kind = kind;
        this.value = value;
    }

    /** The identifier that was expected. */
    public Kind kind() {
        return kind;
    }

    /** The offending text, as given (not masked: do not log it for personal kinds). */
    public String value() {
        return value;
    }

    /** The offending text as it may be shown: masked for personal kinds, escaped, truncated. */
    static String shown(Kind kind, String value) {
        if (value == null) {
            return "null";
        }
        if (kind.personal()) {
            return Masking.mask(value);
        }
        return VietnameseText.excerpt(value, 60);
    }
}
