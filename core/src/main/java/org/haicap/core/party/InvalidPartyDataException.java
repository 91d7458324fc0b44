package org.haicap.core.party;

import org.haicap.core.InvalidValueException;

/**
 * Thrown when a value for a party organisation, committee, congress, seal or party-fee
 * calculation is refused, or when a party-fee case is not supported. The message names the
 * field and says why, in Vietnamese and English; it holds no personal data.
 */
public final class InvalidPartyDataException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    InvalidPartyDataException(String field, String shownValue, String vietnamese, String english) {
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
