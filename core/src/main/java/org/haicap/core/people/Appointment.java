package org.haicap.core.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;

/**
 * A person holding a post (bầu, bổ nhiệm, chỉ định, phân công), modelled on the Popolo
 * Membership with a {@code post_id}.
 *
 * <p><b>Dates:</b> the appointment is active on a day {@code d} when
 * {@code start ≤ d < end}: {@link #start()} is the first day in the post, and {@link #end()},
 * if present, is <em>exclusive</em>, the first day the person no longer holds it (as in
 * "thôi giữ chức từ ngày …"). An ongoing appointment has no end.
 *
 * <p>{@link #concurrent()} marks a post held concurrently with another (kiêm nhiệm), as the
 * Chủ tịch HĐND is held by the Bí thư or the Phó Bí thư Thường trực.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param person who holds the post
 * @param post the post held
 * @param start the first day in the post
 * @param end the first day no longer in the post (exclusive), if the appointment has ended
 * @param decision the document that made the appointment
 * @param concurrent whether the post is held concurrently (kiêm nhiệm)
 */
public record Appointment(AppointmentId id, PersonId person, PostId post, LocalDate start, Optional<LocalDate> end,
        Decision decision, boolean concurrent) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws InvalidPeopleDataException if a value is missing or the end is not after the start
     */
    public Appointment {
        Checks.present("id", id);
        Checks.present("person", person);
        Checks.present("post", post);
        Checks.present("start", start);
        Checks.present("decision", decision);
        Checks.after("end", start, end);
    }

    /** An ongoing, not concurrent appointment. */
    public static Appointment of(AppointmentId id, PersonId person, PostId post, LocalDate start, Decision decision) {
        return new Appointment(id, person, post, start, Optional.empty(), decision, false);
    }

    /**
     * This appointment ended: {@code end} is the first day no longer in the post.
     *
     * @throws InvalidPeopleDataException if {@code end} is not after the start
     */
    public Appointment endingOn(LocalDate end) {
        return new Appointment(id, person, post, start, Optional.of(end), decision, concurrent);
    }

    /** This appointment, marked as held concurrently (kiêm nhiệm). */
    public Appointment asConcurrent() {
        return new Appointment(id, person, post, start, end, decision, true);
    }

    /** Whether the appointment is active on {@code date}: {@code start ≤ date < end}. */
    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && end.map(e -> e.isAfter(date)).orElse(true);
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
