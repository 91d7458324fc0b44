package org.haicap.core.procedures;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.units.UnitCode;
import org.haicap.core.internal.RecordSerialForm;

/**
 * A dossier (hồ sơ): one application for one procedure, received by one commune-level unit
 * through one channel, with its status and the history of its status changes.
 *
 * <p><b>Times</b> are {@link LocalDateTime}s in Vietnam local time (UTC+7, no daylight saving),
 * as printed on receipts; convert with {@code ZoneOffset.ofHours(7)} when needed.
 * {@link #receivedAt()} is when the dossier arrived (filed online, handed in, or the letter
 * received). {@link #due()} is the due moment as given by the processing system (ngày hẹn trả);
 * it is empty until known (a dossier not yet accepted has none). It is stored as given, because
 * the working-day calendar that computes it lives elsewhere; {@link #computeDue} and
 * {@link #isDueConsistentWith} compare it with a {@link DueDateCalculator}.
 * {@link #completedAt()} is when the dossier reached a terminal status.
 *
 * <p><b>History.</b> When {@link #fullHistory()} is true, the history records every change since
 * the dossier was received, and its first status is one a dossier may start at for its channel
 * ({@link DossierStatus#isInitialFor}). When false the dossier was imported part-way (a snapshot
 * of a processing system's current status): the history starts at some status reached earlier by
 * an unknown path. Either way every recorded change must be legal and the changes must be linked
 * (each starts where the previous ended) and in time order.
 *
 * <p>Rules checked on construction: the history is as above and ends at {@link #status()};
 * no change is before {@link #receivedAt()}; {@link #completedAt()} is present exactly when the
 * status is terminal, and then equals the time of the last change if there is one; the due moment
 * is not before receipt; the applicant reference is not blank. An illegal change throws
 * {@link IllegalTransitionException}; other broken rules throw
 * {@link InvalidProcedureDataException}. Both are {@link IllegalArgumentException}s.
 *
 * <p>This is an immutable, thread-safe value type: {@link #transition} returns a new dossier.
 *
 * @param code the dossier code (mã hồ sơ)
 * @param procedure the code of the procedure applied for
 * @param unit the commune-level unit that received it
 * @param channel how it was filed
 * @param receivedAt when it was received, Vietnam local time
 * @param due when it is due, as given by the processing system, or empty
 * @param completedAt when it reached a terminal status, or empty while open
 * @param status the current status
 * @param history the status changes, oldest first
 * @param fullHistory whether the history goes back to receipt
 * @param applicant an opaque reference to the applicant (not personal data), or empty
 */
public record Dossier(
        DossierCode code,
        ProcedureCode procedure,
        UnitCode unit,
        Channel channel,
        LocalDateTime receivedAt,
        Optional<LocalDateTime> due,
        Optional<LocalDateTime> completedAt,
        DossierStatus status,
        List<StatusChange> history,
        boolean fullHistory,
        Optional<String> applicant) implements Serializable {

    /**
     * Checks the rules listed on the type.
     *
     * @throws IllegalTransitionException if the history holds a change the lifecycle does not allow
     * @throws InvalidProcedureDataException if another rule is broken (a full history that does not
     *     start at a status the channel allows, a break in the history, time going backwards, ...)
     */
    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        applicant = Checks.optionalText(applicant, "mã người nộp", "applicant reference");
        String vi = "hồ sơ " + code;
        String en = "dossier " + code;

        DossierStatus first = history.isEmpty() ? status : history.get(0).from();
        if (fullHistory && !first.isInitialFor(channel)) {
            throw Checks.invalid("history", first, vi + ": hồ sơ nộp qua hình thức " + channel.vietnamese() + " không thể bắt đầu ở «"
                            + first.vietnamese() + "» mà phải ở «" + DossierStatus.initialFor(channel).vietnamese() + "»",
                    en + ": a dossier filed " + channel + " cannot start at " + first + "; it starts at "
                            + DossierStatus.initialFor(channel));
        }
        DossierStatus current = first;
        LocalDateTime last = receivedAt;
        for (int i = 0; i < history.size(); i++) {
            StatusChange c = history.get(i);
            if (c.from() != current) {
                throw Checks.invalid("history", c, vi + ": lịch sử bị đứt ở bước " + (i + 1) + ": hồ sơ đang ở «" + current.vietnamese()
                                + "» nhưng bước ghi từ «" + c.from().vietnamese() + "»",
                        en + ": the history breaks at change " + (i + 1) + ": the dossier was at " + current
                                + " but the change starts from " + c.from());
            }
            if (!c.isLegal()) {
                throw new IllegalTransitionException(vi + ", bước/change " + (i + 1), c.from(), c.to());
            }
            if (c.at().isBefore(last)) {
                throw Checks.invalid("history", c, vi + ": bước " + (i + 1) + " (" + c.at() + ") trước thời điểm " + last,
                        en + ": change " + (i + 1) + " (" + c.at() + ") is before " + last
                                + (i == 0 ? " (receipt)" : " (the previous change)"));
            }
            current = c.to();
            last = c.at();
        }
        if (current != status) {
            throw Checks.invalid("status", status, vi + ": lịch sử kết thúc ở «" + current.vietnamese() + "» nhưng trạng thái là «"
                            + status.vietnamese() + "»",
                    en + ": the history ends at " + current + " but the status is " + status);
        }
        if (status.isTerminal() != completedAt.isPresent()) {
            throw Checks.invalid("completedAt", completedAt, vi + ": thời điểm kết thúc " + (status.isTerminal() ? "bắt buộc" : "không được có")
                            + " với trạng thái «" + status.vietnamese() + "»",
                    en + ": completedAt is " + (status.isTerminal() ? "required" : "not allowed") + " at status " + status);
        }
        if (completedAt.isPresent()) {
            LocalDateTime done = completedAt.get();
            if (!history.isEmpty() && !done.equals(last)) {
                throw Checks.invalid("completedAt", done, vi + ": thời điểm kết thúc " + done + " khác thời điểm của bước cuối " + last,
                        en + ": completedAt " + done + " differs from the time of the last change " + last);
            }
            if (done.isBefore(receivedAt)) {
                throw Checks.invalid("completedAt", done, vi + ": thời điểm kết thúc " + done + " trước thời điểm tiếp nhận " + receivedAt,
                        en + ": completedAt " + done + " is before receipt " + receivedAt);
            }
        }
        if (due.isPresent() && due.get().isBefore(receivedAt)) {
            throw Checks.invalid("due", due.get(), vi + ": hạn trả " + due.get() + " trước thời điểm tiếp nhận " + receivedAt,
                    en + ": due " + due.get() + " is before receipt " + receivedAt);
        }
    }

    /**
     * A dossier just received, with no due moment yet: at {@link DossierStatus#NEW} if filed
     * electronically, else at {@link DossierStatus#ACCEPTED}; full (empty) history.
     */
    public static Dossier receive(DossierCode code, ProcedureCode procedure, UnitCode unit, Channel channel,
            LocalDateTime receivedAt) {
        return new Dossier(code, procedure, unit, channel, receivedAt, Optional.empty(), Optional.empty(),
                DossierStatus.initialFor(channel), List.of(), true, Optional.empty());
    }

    /**
     * A dossier imported part-way, known only by its current status (no history). For a terminal
     * status {@code completedAt} is required.
     *
     * @throws InvalidProcedureDataException if a rule of {@link Dossier} is broken
     */
    public static Dossier snapshot(DossierCode code, ProcedureCode procedure, UnitCode unit, Channel channel,
            LocalDateTime receivedAt, DossierStatus status, Optional<LocalDateTime> due,
            Optional<LocalDateTime> completedAt) {
        return new Dossier(code, procedure, unit, channel, receivedAt, due, completedAt, status, List.of(), false,
                Optional.empty());
    }

    /**
     * This dossier moved to {@code to} at {@code at}.
     *
     * @param to the new status
     * @param at when, Vietnam local time; not before receipt or the last change
     * @return the new dossier, with the change appended to the history (and {@link #completedAt()}
     *     set if {@code to} is terminal)
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     * @throws InvalidProcedureDataException if {@code at} is before receipt or the last change
     */
    public Dossier transition(DossierStatus to, LocalDateTime at) {
        return transition(to, at, Optional.empty());
    }

    /**
     * This dossier moved to {@code to} at {@code at}, with a note.
     *
     * @see #transition(DossierStatus, LocalDateTime)
     */
    public Dossier transition(DossierStatus to, LocalDateTime at, String note) {
        return transition(to, at, Optional.of(Objects.requireNonNull(note, "note")));
    }

    private Dossier transition(DossierStatus to, LocalDateTime at, Optional<String> note) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (!status.canTransitionTo(to)) {
            throw new IllegalTransitionException("hồ sơ " + code + " / dossier " + code, status, to);
        }
        List<StatusChange> h = new ArrayList<>(history.size() + 1);
        h.addAll(history);
        h.add(new StatusChange(at, status, to, note));
        return new Dossier(code, procedure, unit, channel, receivedAt, due,
                to.isTerminal() ? Optional.of(at) : Optional.empty(), to, h, fullHistory, applicant);
    }

    /** This dossier with the due moment given by the processing system. */
    public Dossier withDue(LocalDateTime dueAt) {
        return new Dossier(code, procedure, unit, channel, receivedAt, Optional.of(dueAt), completedAt, status, history,
                fullHistory, applicant);
    }

    /** This dossier with an opaque applicant reference (not personal data). */
    public Dossier withApplicant(String reference) {
        return new Dossier(code, procedure, unit, channel, receivedAt, due, completedAt, status, history, fullHistory,
                Optional.of(reference));
    }

    /** Whether the dossier is still open (its status is not terminal). */
    public boolean isOpen() {
        return !status.isTerminal();
    }

    /** The intake date: the date of {@link #receivedAt()}. */
    public LocalDate receivedOn() {
        return receivedAt.toLocalDate();
    }

    /** The earliest status known: the first change's starting status, or the status itself. */
    public DossierStatus firstKnownStatus() {
        return history.isEmpty() ? status : history.get(0).from();
    }

    /**
     * When the time limit starts to run: the time of the change to {@link DossierStatus#ACCEPTED}
     * if the history has one; else {@link #receivedAt()} if the dossier is known to be past intake
     * (it was first known at a status other than NEW); else empty (never accepted).
     */
    public Optional<LocalDateTime> clockStart() {
        for (StatusChange c : history) {
            if (c.to() == DossierStatus.ACCEPTED) {
                return Optional.of(c.at());
            }
        }
        return firstKnownStatus() == DossierStatus.NEW ? Optional.empty() : Optional.of(receivedAt);
    }

    /**
     * The status at {@code moment}, from the history: empty before receipt, and, for a dossier
     * without {@link #fullHistory()}, empty before its first recorded change (always empty for a
     * bare snapshot).
     */
    public Optional<DossierStatus> statusAt(LocalDateTime moment) {
        Objects.requireNonNull(moment, "moment");
        if (moment.isBefore(receivedAt)) {
            return Optional.empty();
        }
        DossierStatus s = firstKnownStatus();
        boolean known = fullHistory;
        for (StatusChange c : history) {
            if (c.at().isAfter(moment)) {
                break;
            }
            s = c.to();
            known = true;
        }
        return known ? Optional.of(s) : Optional.empty();
    }

    /**
     * The due moment by the procedure's time limit for this dossier's channel, counted from
     * {@link #clockStart()}.
     *
     * @param procedureRecord the procedure; its code must be {@link #procedure()}
     * @param calculator the working-day calendar
     * @return the due moment, or empty if the dossier was never accepted
     * @throws InvalidProcedureDataException if the procedure has another code or does not accept the channel
     */
    public Optional<LocalDateTime> computeDue(Procedure procedureRecord, DueDateCalculator calculator) {
        Objects.requireNonNull(procedureRecord, "procedureRecord");
        Objects.requireNonNull(calculator, "calculator");
        if (!procedureRecord.code().equals(procedure)) {
            throw Checks.invalid("procedure", procedureRecord.code(), "hồ sơ " + code + " thuộc thủ tục " + procedure + ", không phải " + procedureRecord.code(),
                    "dossier " + code + " is for procedure " + procedure + ", not " + procedureRecord.code());
        }
        return clockStart().map(start -> calculator.dueAt(start, procedureRecord.timeLimitFor(channel)));
    }

    /**
     * This dossier with {@link #due()} set by {@link #computeDue}; unchanged if it was never accepted.
     *
     * @throws InvalidProcedureDataException as {@link #computeDue}
     */
    public Dossier withComputedDue(Procedure procedureRecord, DueDateCalculator calculator) {
        return computeDue(procedureRecord, calculator).map(this::withDue).orElse(this);
    }

    /**
     * Whether the stored due moment equals the computed one. False when either is missing.
     *
     * @throws InvalidProcedureDataException as {@link #computeDue}
     */
    public boolean isDueConsistentWith(Procedure procedureRecord, DueDateCalculator calculator) {
        Optional<LocalDateTime> computed = computeDue(procedureRecord, calculator);
        return due.isPresent() && computed.equals(due);
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
