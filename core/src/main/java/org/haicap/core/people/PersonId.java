package org.haicap.core.people;

import java.io.Serializable;

/**
 * The stable identifier of a person (người), as datasets write it to reference one another (for example
 * {@code P-00004-0001}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. It is not personal
 * data. This is an immutable, thread-safe value type.
 *
 * @param value the identifier text
 */
public record PersonId(String value) implements Comparable<PersonId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPeopleDataException if {@code value} is null or not a well-formed identifier
     */
    public PersonId {
        Checks.id("personId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPeopleDataException if the text is not a well-formed identifier
     */
    public static PersonId of(String text) {
        return new PersonId(Checks.present("personId", text).strip());
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
