package org.haicap.validation.pass;

import org.haicap.core.io.HaicapInputException;

/**
 * An input of a pass is not what the caller named it as (đầu vào không đúng loại): a dataset
 * that is not a JSON document, a stream that is, an extension that names no format, two
 * fee-basis files giving one member a basis from the same month. The message names the input
 * and why, in Vietnamese and English.
 */
public final class PassInputException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final String source;

    PassInputException(String source, String vietnamese, String english) {
        super(source + ": " + vietnamese + " / " + english, vietnamese, english, null);
        this.source = source;
    }

    /** The input's name. */
    public String source() {
        return source;
    }
}
