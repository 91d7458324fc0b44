package org.haicap.core.party;

/**
 * Thrown when a value for a party organisation, committee, congress, seal or party-fee
 * calculation is refused, or when a party-fee case is not supported. The message names the
 * field and says why, in Vietnamese and English; it holds no personal data.
 */
public final class InvalidPartyDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String vietnamese;
    private final String english;

    InvalidPartyDataException(String field, String shownValue, String vietnamese, String english) {
        super(field + ": " + vietnamese + ", nhận được \"" + shownValue + "\" / "
                + english + ", got \"" + shownValue + "\"");
        this.field = field;
        this.value = shownValue;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The field that was refused, such as {@code "fullMembers"}. */
    public String field() {
        return field;
    }

    /** The offending value as it may be shown, shortened when long. */
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
