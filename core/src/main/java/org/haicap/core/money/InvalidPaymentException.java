package org.haicap.core.money;

import org.haicap.core.InvalidValueException;
import org.haicap.core.text.VietnameseText;

/**
 * Thrown when the values given for a payment or payment subject break one of its rules. {@link #field()} names the
 * component at fault, {@link #value()} shows the offending value, and the message says, in
 * Vietnamese and English, which rule was broken.
 */
public final class InvalidPaymentException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the name of the component at fault, such as {@code "name"}
     * @param value the offending value (shown as text, at most 80 characters, control characters escaped)
     * @param vietnamese the broken rule, in Vietnamese
     * @param english the broken rule, in English
     */
    public InvalidPaymentException(String field, Object value, String vietnamese, String english) {
        super(vietnamese, english, field, VietnameseText.excerpt(String.valueOf(value), 80), vietnamese, english);
    }
}
