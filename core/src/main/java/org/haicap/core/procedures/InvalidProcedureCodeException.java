package org.haicap.core.procedures;

import org.haicap.core.io.HaicapInputException;
import org.haicap.core.text.VietnameseText;

/** Thrown when text is not a procedure code {@code d.dddddd}; the message is bilingual. */
public final class InvalidProcedureCodeException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final String value;

    /**
     * Creates the exception.
     *
     * @param value the offending text
     */
    public InvalidProcedureCodeException(String value) {
        super("mã thủ tục hành chính phải có dạng d.dddddd (ví dụ 1.001193), nhận được \"" + shown(value)
                + "\"", "a procedure code has the form d.dddddd (e.g. 1.001193), got \"" + shown(value) + "\"");
        this.value = value;
    }

    /** The offending text, as given. */
    public String value() {
        return value;
    }

    private static String shown(String value) {
        return VietnameseText.excerpt(value, 40);
    }
}
