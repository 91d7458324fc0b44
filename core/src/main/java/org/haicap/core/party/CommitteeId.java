package org.haicap.core.party;

import java.io.Serializable;

/**
 * The stable identifier of a party committee (cấp ủy, ủy ban kiểm tra), as datasets write it to reference one another (for example
 * {@code DB-00004/BCH/2025}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. This is an immutable,
 * thread-safe value type.
 *
 * @param value the identifier text
 */
public record CommitteeId(String value) implements Comparable<CommitteeId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPartyDataException if {@code value} is null or not a well-formed identifier
     */
    public CommitteeId {
        PartyChecks.id("committeeId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPartyDataException if the text is not a well-formed identifier
     */
    public static CommitteeId of(String text) {
        return new CommitteeId(PartyChecks.present("committeeId", text).strip());
    }

    @Override
    public int compareTo(CommitteeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
