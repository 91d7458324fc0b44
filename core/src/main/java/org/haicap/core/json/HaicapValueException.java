package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.haicap.core.io.ReadProblem;

/**
 * A value refused by one of haicap's deserializers, with the reason and the messages in both
 * languages, so that the reader's problem does not have to be guessed from Jackson's text.
 */
final class HaicapValueException extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    private final transient ReadProblem.Reason reason;
    private final String vietnamese;
    private final String english;

    HaicapValueException(JsonParser p, ReadProblem.Reason reason, String vietnamese, String english, Object value,
            Class<?> targetType) {
        super(p, english, value, targetType);
        this.reason = reason;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    ReadProblem.Reason reason() {
        return reason;
    }

    String vietnamese() {
        return vietnamese;
    }

    String english() {
        return english;
    }
}
