package org.haicap.core.party;

import java.io.Serializable;

/**
 * The stable identifier of a party congress (đại hội), as datasets write it to reference one another (for example
 * {@code DB-00004/DH-I}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. This is an immutable,
 * thread-safe value type.
 *
 * @param value the identifier text
 */
public record CongressId(String value) implements Comparable<CongressId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPartyDataException if {@code value} is null or not a well-formed identifier
     */
    public CongressId {
        PartyChecks.id("congressId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPartyDataException if the text is not a well-formed identifier
     */
    public static CongressId of(String text) {
        return new CongressId(PartyChecks.present("congressId", text).strip());
    }

    @Override
    public int compareTo(CongressId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
