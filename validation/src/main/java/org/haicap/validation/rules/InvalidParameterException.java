package org.haicap.validation.rules;

import org.haicap.core.io.HaicapInputException;

/**
 * A rule parameter out of range (tham số không hợp lệ). The message says which parameter and
 * why, in Vietnamese and English; {@link #parameter()} and {@link #value()} say which and what.
 */
public final class InvalidParameterException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;

    InvalidParameterException(String parameter, String value, String vietnamese, String english) {
        super("tham số " + parameter + " " + vietnamese + " / parameter " + parameter + " " + english + ": " + value,
                "tham số " + parameter + " " + vietnamese + ": " + value,
                "parameter " + parameter + " " + english + ": " + value, null);
        this.parameter = parameter;
        this.value = value;
    }

    /** The parameter's name. */
    public String parameter() {
        return parameter;
    }

    /** The offending value, as text. */
    public String value() {
        return value;
    }
}
