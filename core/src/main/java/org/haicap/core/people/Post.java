package org.haicap.core.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.units.UnitCode;
import org.haicap.core.internal.RecordSerialForm;

/**
 * A post (chức danh, vị trí) in a commune-level unit, modelled on the Popolo Post: it exists
 * whether or not anyone holds it, and a person holds it only through an {@link Appointment}. A
 * post with no active appointment is vacant; a planned post is simply a post that no one holds
 * yet.
 *
 * <p>{@link #seats()} is the Open Civic Data {@code maximum_memberships}: how many people may
 * hold the post at once. Distinct roles are distinct posts (the two Phó Bí thư are a
 * {@link PostRole#STANDING_DEPUTY_SECRETARY} post and a
 * {@link PostRole#DEPUTY_SECRETARY_COMMITTEE_CHAIR} post); homogeneous seats are one post with
 * many seats (one "Ủy viên Ban Chấp hành" post with 33 seats) or several posts, as the data
 * has them: counts add up the same way.
 *
 * <p>The post exists from {@link #validFrom()} (inclusive, open if empty) until
 * {@link #validUntil()} (exclusive: the first day the post no longer exists, open if empty).
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param unit the commune-level unit
 * @param role the role
 * @param label a label that overrides the role's, NFC; required for {@link PostRole#OTHER}
 * @param bodyName the name of the body within the unit, NFC (e.g. "Ban Pháp chế"); required for
 *     the roles of HĐND committees
 * @param seats how many people may hold the post at once, 1 to {@value #MAX_SEATS}
 * @param validFrom the first day the post exists, if known
 * @param validUntil the first day the post no longer exists (abolished), if it was
 */
public record Post(PostId id, UnitCode unit, PostRole role, Optional<String> label, Optional<String> bodyName,
        int seats, Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) implements Serializable {

    /** The most seats one post may have. */
    public static final int MAX_SEATS = 1000;
    /** Longest label or body name, in characters. */
    public static final int MAX_LABEL_LENGTH = 200;

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidPeopleDataException if a value is missing, the seats are out of range, the
     *     post ends before it starts, a label or body name required by the role is missing, or a
     *     label is blank or too long
     */
    public Post {
        Checks.present("id", id);
        Checks.present("unit", unit);
        Checks.present("role", role);
        label = Checks.optionalText("label", label, MAX_LABEL_LENGTH, false);
        bodyName = Checks.optionalText("bodyName", bodyName, MAX_LABEL_LENGTH, false);
        Checks.present("validFrom", validFrom);
        Checks.present("validUntil", validUntil);
        if (seats < 1 || seats > MAX_SEATS) {
            throw new InvalidPeopleDataException("seats", Integer.toString(seats),
                    "số chỗ phải từ 1 đến " + MAX_SEATS, "seats must be 1 to " + MAX_SEATS);
        }
        if (validFrom.isPresent()) {
            Checks.after("validUntil", validFrom.get(), validUntil);
        }
        if (role.needsLabel() && label.isEmpty()) {
            throw new InvalidPeopleDataException("label", "-", "chức danh khác phải có tên",
                    "a post with role OTHER needs a label");
        }
        if (role.needsBodyName() && bodyName.isEmpty()) {
            throw new InvalidPeopleDataException("bodyName", "-", "chức danh của ban HĐND phải có tên ban",
                    "a post of a People's Council committee needs the committee's name");
        }
    }

    /** A single-seat post that always existed, with the role's label. */
    public static Post of(PostId id, UnitCode unit, PostRole role) {
        return new Post(id, unit, role, Optional.empty(), Optional.empty(), 1, Optional.empty(), Optional.empty());
    }

    /** A post with {@code seats} seats that always existed, with the role's label. */
    public static Post of(PostId id, UnitCode unit, PostRole role, int seats) {
        return new Post(id, unit, role, Optional.empty(), Optional.empty(), seats, Optional.empty(), Optional.empty());
    }

    /** This post with the given seats. */
    public Post withSeats(int value) {
        return new Post(id, unit, role, label, bodyName, value, validFrom, validUntil);
    }

    /** This post with the given label. */
    public Post withLabel(String value) {
        return new Post(id, unit, role, Optional.of(value), bodyName, seats, validFrom, validUntil);
    }

    /** This post with the given body name. */
    public Post withBodyName(String value) {
        return new Post(id, unit, role, label, Optional.of(value), seats, validFrom, validUntil);
    }

    /** This post existing from {@code from} (inclusive) until {@code until} (exclusive, empty = open). */
    public Post withValidity(LocalDate from, Optional<LocalDate> until) {
        return new Post(id, unit, role, label, bodyName, seats, Optional.of(from), until);
    }

    /** Whether the post exists on {@code date}: {@code validFrom ≤ date < validUntil}. */
    public boolean existsOn(LocalDate date) {
        return validFrom.map(f -> !f.isAfter(date)).orElse(true)
                && validUntil.map(u -> u.isAfter(date)).orElse(true);
    }

    /** The label to show in Vietnamese: the override, else the role's label with the body name. */
    public String displayLabel() {
        return label.orElseGet(() -> role.vietnamese() + bodyName.map(b -> " – " + b).orElse(""));
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
