package org.haicap.reporting.standard;

import org.haicap.core.io.HaicapInputException;

/**
 * Thrown for a reported figure or report input that cannot be used: a blank or unknown key, a
 * negative value, a figure given twice. Carries the offending {@link #value()}; the message is
 * in Vietnamese and English.
 */
public final class InvalidFigureException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final String value;

    /**
     * Creates the exception.
     *
     * @param value the offending value
     * @param vi why, in Vietnamese
     * @param en why, in English
     */
    public InvalidFigureException(String value, String vi, String en) {
        super(vi + ": '" + value + "'", en + ": '" + value + "'");
        this.value = value;
    }

    /** The offending value. */
    public String value() {
        return value;
    }
}
