package org.haicap.core.people;

/**
 * Thrown when a value for a person, a post or an appointment is refused. The message names the
 * field and says why, in Vietnamese and English; personal values (full names, card numbers) are
 * masked in it, so the message is safe to log.
 */
public final class InvalidPeopleDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String vietnamese;
    private final String english;

    InvalidPeopleDataException(String field, String shownValue, String vietnamese, String english) {
        super(field + ": " + vietnamese + ", nhận được \"" + shownValue + "\" / "
                + english + ", got \"" + shownValue + "\"");
        this.field = field;
        this.value = shownValue;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The field that was refused, such as {@code "fullName"} or {@code "end"}. */
    public String field() {
        return field;
    }

    /** The offending value as it may be shown: masked when personal, shortened when long. */
    public String value() {
        return value;
    }

    /** Why the value was refused, in Vietnamese. */
    public String reasonVietnamese() {
        return vietnamese;
    }

    /** Why the value was refused, in English. */
    public String reasonEnglish() {
        return english;
    }
}
