package org.haicap.core.party;

import java.io.Serializable;

/**
 * The stable identifier of a party organisation (tổ chức đảng), as datasets write it to reference one another (for example
 * {@code DB-00004}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. This is an immutable,
 * thread-safe value type.
 *
 * @param value the identifier text
 */
public record PartyOrganisationId(String value) implements Comparable<PartyOrganisationId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPartyDataException if {@code value} is null or not a well-formed identifier
     */
    public PartyOrganisationId {
        PartyChecks.id("organisationId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPartyDataException if the text is not a well-formed identifier
     */
    public static PartyOrganisationId of(String text) {
        return new PartyOrganisationId(PartyChecks.present("organisationId", text).strip());
    }

    @Override
    public int compareTo(PartyOrganisationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
