package org.haicap.core.people;

import org.haicap.core.InvalidValueException;

/**
 * Thrown when a value for a person, a post or an appointment is refused. The message names the
 * field and says why, in Vietnamese and English; personal values (full names, card numbers) are
 * masked in it, so the message is safe to log.
 */
public final class InvalidPeopleDataException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    InvalidPeopleDataException(String field, String shownValue, String vietnamese, String english) {
        super(field + ": " + vietnamese + ", nhận được \"" + shownValue + "\"",
                english + ", got \"" + shownValue + "\"", field, shownValue, vietnamese, english);
    }

    /** Why the value was refused, in Vietnamese: the same as {@link #vietnamese()}. */
    public String reasonVietnamese() {
        return vietnamese();
    }

    /** Why the value was refused, in English: the same as {@link #english()}. */
    public String reasonEnglish() {
        return english();
    }
}
