package org.haicap.core.people;

import java.io.Serializable;

/**
 * The stable identifier of an appointment (quyết định phân công, chỉ định, bầu), as datasets write it to reference one another (for example
 * {@code A-2025-0001}).
 *
 * <p>An identifier is 1–64 ASCII characters: letters, digits and {@code . _ : / -}, starting with
 * a letter or digit. It carries no meaning; the library only compares it. It is not personal
 * data. This is an immutable, thread-safe value type.
 *
 * @param value the identifier text
 */
public record AppointmentId(String value) implements Comparable<AppointmentId>, Serializable {

    /**
     * Checks the shape.
     *
     * @throws InvalidPeopleDataException if {@code value} is null or not a well-formed identifier
     */
    public AppointmentId {
        Checks.id("appointmentId", value);
    }

    /**
     * The identifier with the given text; surrounding white space is removed.
     *
     * @param text the identifier
     * @return the identifier
     * @throws InvalidPeopleDataException if the text is not a well-formed identifier
     */
    public static AppointmentId of(String text) {
        return new AppointmentId(Checks.present("appointmentId", text).strip());
    }

    @Override
    public int compareTo(AppointmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
