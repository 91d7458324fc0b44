package org.haicap.core.procedures;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;

/**
 * One change of a dossier's status, as kept in its history (lịch sử xử lý): when, from which
 * status, to which, and an optional note (such as the reason for a supplement request). Whether
 * the change is legal is checked by {@link Dossier}, which holds the history.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param at when the change happened, Vietnam local time (UTC+7)
 * @param from the status before
 * @param to the status after
 * @param note a note in NFC, or empty; must not be blank when present
 */
public record StatusChange(LocalDateTime at, DossierStatus from, DossierStatus to, Optional<String> note)
        implements Serializable {

    /**
     * Checks the values and normalises the note to NFC.
     *
     * @throws InvalidProcedureDataException if the note is present and blank
     */
    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        note = Checks.optionalText(note, "ghi chú", "note");
    }

    /** A change without a note. */
    public static StatusChange of(LocalDateTime at, DossierStatus from, DossierStatus to) {
        return new StatusChange(at, from, to, Optional.empty());
    }

    /** Whether the lifecycle allows this change (see {@link DossierStatus}). */
    public boolean isLegal() {
        return from.canTransitionTo(to);
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
