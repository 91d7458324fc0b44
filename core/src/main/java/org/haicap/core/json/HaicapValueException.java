package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A value refused by one of haicap's deserializers, with the reason and the messages in both
 * languages, so that the reader's problem does not have to be guessed from Jackson's text.
 */
final class HaicapValueException extends InvalidFormatException implements Bilingual {
    private static final long serialVersionUID = 1L;

    private final transient ReadProblem.Reason reason;
    /** The message in both languages; Jackson's own exceptions are not meant to be serialised. */
    private final transient LocalizedText label;

    HaicapValueException(JsonParser p, ReadProblem.Reason reason, String vietnamese, String english, Object value,
            Class<?> targetType) {
        super(p, english, value, targetType);
        this.reason = reason;
        this.label = LocalizedText.of(vietnamese, english);
    }

    ReadProblem.Reason reason() {
        return reason;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
