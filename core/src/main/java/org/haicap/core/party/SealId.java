package org.haicap.core.party;

import java.io.Serializable;

/**
 * The stable identifier of a seal (con dấu), as datasets write it to reference one another (for example
 * {@code DB-00004/DAU-1}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. This is an immutable,
 * thread-safe value type.
 *
 * @param value the identifier text
 */
public record SealId(String value) implements Comparable<SealId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPartyDataException if {@code value} is null or not a well-formed identifier
     */
    public SealId {
        PartyChecks.id("sealId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPartyDataException if the text is not a well-formed identifier
     */
    public static SealId of(String text) {
        return new SealId(PartyChecks.present("sealId", text).strip());
    }

    @Override
    public int compareTo(SealId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
