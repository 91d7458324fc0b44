package org.haicap.core.procedures;

import java.time.LocalDateTime;
import org.haicap.core.calendar.TimeLimit;

/**
 * Computes when a dossier is due (ngày hẹn trả kết quả) from the moment its clock starts and the
 * procedure's time limit. The working-day calendar (weekends, public holidays, swapped days, the
 * same-day cut-off) lives in {@code org.haicap.core.calendar}; this interface keeps
 * {@link Dossier} independent of it. Adapt a calendar with a lambda or a method reference.
 *
 * <p>Implementations should be immutable and thread-safe, and must not read the clock.
 */
@FunctionalInterface
public interface DueDateCalculator {

    /**
     * The due moment.
     *
     * @param start when the clock starts (the dossier was accepted), Vietnam local time
     * @param limit the time limit that applies to the dossier
     * @return the due moment, Vietnam local time, not before {@code start}
     */
    LocalDateTime dueAt(LocalDateTime start, TimeLimit limit);
}
