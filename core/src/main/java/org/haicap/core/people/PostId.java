package org.haicap.core.people;

import java.io.Serializable;

/**
 * The stable identifier of a post (chức danh, vị trí), as datasets write it to reference one another (for example
 * {@code 00004/BT}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. It is not personal
 * data. This is an immutable, thread-safe value type.
 *
 * @param value the identifier text
 */
public record PostId(String value) implements Comparable<PostId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPeopleDataException if {@code value} is null or not a well-formed identifier
     */
    public PostId {
        Checks.id("postId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPeopleDataException if the text is not a well-formed identifier
     */
    public static PostId of(String text) {
        return new PostId(Checks.present("postId", text).strip());
    }

    @Override
    public int compareTo(PostId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
