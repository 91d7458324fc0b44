package org.haicap.core.procedures;

import org.haicap.core.ids.DossierCode;
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
 * {@link #revisedDue()} is the new due moment promised by a Form 04 letter (Mẫu 04, "Văn bản xin
 * lỗi và đề nghị gia hạn thời gian giải quyết", TT 03/2025/TT-VPCP, Annex I; the older name under
 * TT 01/2018/TT-VPCP was "Phiếu xin lỗi và hẹn lại ngày trả kết quả") when the dossier could not
 * be resolved by {@link #due()}; {@link #due()} stays the original due moment of the receipt
 * (Form 01). Which of the two timeliness statistics count is a setting
 * ({@link DueDateBasis}, {@link #dueFor}).
 *
 * <p><b>History.</b> When {@link #fullHistory()} is true, the history records every change since
 * the dossier was received; when false the dossier was imported part-way (a snapshot of a
 * processing system's current status): the history starts at some status reached earlier by an
 * unknown path.
 *
 * <p><b>What the constructor checks, and what it does not.</b> The constructor checks only what
 * makes a value a dossier: no component is null and the applicant reference is not blank. The
 * domain rules that tie the values together (the history is legal, linked, in time order, starts
 * where the channel allows and ends at {@link #status()}; {@link #completedAt()} is present
 * exactly when the status is terminal, equals the last change and is not before receipt; the due
 * moments are not before receipt and a revised one is later than the original) are checked by
 * {@link DossierConsistency}, once: a reader keeps a dossier that breaks one as a row, and the
 * validation rule that owns it reports it with its location. The factories and operations of
 * this type ({@link #receive}, {@link #snapshot}, {@link #transition}, {@link #withDue},
 * {@link #withRevisedDue}) give consistent dossiers only: they throw
 * {@link IllegalTransitionException} for an illegal change and
 * {@link InvalidProcedureDataException} for another broken rule (see
 * {@link DossierConsistency#require}). The methods that read the history
 * ({@link #clockStart}, {@link #statusAt}) work on any dossier, in the order the changes are
 * recorded.
 *
 * <p>This is an immutable, thread-safe value type: {@link #transition} returns a new dossier.
 *
 * @param code the dossier code (mã hồ sơ)
 * @param procedure the code of the procedure applied for
 * @param unit the commune-level unit that received it
 * @param channel how it was filed
 * @param receivedAt when it was received, Vietnam local time
 * @param due when it is due, as given by the processing system, or empty
 * @param revisedDue the new due moment of a Form 04 letter (ngày hẹn trả mới), or empty
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
        Optional<LocalDateTime> revisedDue,
        Optional<LocalDateTime> completedAt,
        DossierStatus status,
        List<StatusChange> history,
        boolean fullHistory,
        Optional<String> applicant) implements Serializable {

    /**
     * Checks that no component is null and that the applicant reference is not blank; copies the
     * history. The domain rules are not checked here (see {@link DossierConsistency}).
     *
     * @throws InvalidProcedureDataException if the applicant reference is blank
     */
    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(revisedDue, "revisedDue");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        applicant = Checks.optionalText(applicant, "mã người nộp", "applicant reference");
    }

    /**
     * A dossier without a revised due moment: the components of the canonical constructor but
     * {@code revisedDue}, which is empty.
     */
    public Dossier(DossierCode code, ProcedureCode procedure, UnitCode unit, Channel channel, LocalDateTime receivedAt,
            Optional<LocalDateTime> due, Optional<LocalDateTime> completedAt, DossierStatus status,
            List<StatusChange> history, boolean fullHistory, Optional<String> applicant) {
        this(code, procedure, unit, channel, receivedAt, due, Optional.empty(), completedAt, status, history,
                fullHistory, applicant);
    }

    /**
     * A dossier just received, with no due moment yet: at {@link DossierStatus#NEW} if filed
     * electronically, else at {@link DossierStatus#ACCEPTED}; full (empty) history.
     */
    public static Dossier receive(DossierCode code, ProcedureCode procedure, UnitCode unit, Channel channel,
            LocalDateTime receivedAt) {
        return DossierConsistency.require(new Dossier(code, procedure, unit, channel, receivedAt, Optional.empty(),
                Optional.empty(), Optional.empty(), DossierStatus.initialFor(channel), List.of(), true, Optional.empty()));
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
        return DossierConsistency.require(new Dossier(code, procedure, unit, channel, receivedAt, due, Optional.empty(),
                completedAt, status, List.of(), false, Optional.empty()));
    }

    /**
     * This dossier moved to {@code to} at {@code at}.
     *
     * @param to the new status
     * @param at when, Vietnam local time; not before receipt or the last change
     * @return the new dossier, with the change appended to the history (and {@link #completedAt()}
     *     set if {@code to} is terminal)
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     * @throws InvalidProcedureDataException if {@code at} is before receipt or the last change, or
     *     the dossier breaks another rule of {@link DossierConsistency}
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
        List<StatusChange> h = new ArrayList<>(history.size() + 1);
        h.addAll(history);
        h.add(new StatusChange(at, status, to, note));
        return DossierConsistency.require(new Dossier(code, procedure, unit, channel, receivedAt, due, revisedDue,
                to.isTerminal() ? Optional.of(at) : Optional.empty(), to, h, fullHistory, applicant));
    }

    /**
     * This dossier with the due moment given by the processing system.
     *
     * @throws InvalidProcedureDataException if the dossier then breaks a rule of {@link DossierConsistency}
     */
    public Dossier withDue(LocalDateTime dueAt) {
        return DossierConsistency.require(new Dossier(code, procedure, unit, channel, receivedAt,
                Optional.of(Objects.requireNonNull(dueAt, "dueAt")), revisedDue, completedAt, status, history,
                fullHistory, applicant));
    }

    /**
     * This dossier with the new due moment of a Form 04 letter (ngày hẹn trả mới); the original
     * {@link #due()} is kept.
     *
     * @param newDue the revised due moment, later than {@link #due()}
     * @return the new dossier
     * @throws InvalidProcedureDataException if there is no original due moment, {@code newDue} is
     *     not later than it, or the dossier breaks another rule of {@link DossierConsistency}
     */
    public Dossier withRevisedDue(LocalDateTime newDue) {
        return DossierConsistency.require(new Dossier(code, procedure, unit, channel, receivedAt, due,
                Optional.of(Objects.requireNonNull(newDue, "newDue")), completedAt, status, history, fullHistory,
                applicant));
    }

    /** This dossier with an opaque applicant reference (not personal data). */
    public Dossier withApplicant(String reference) {
        return new Dossier(code, procedure, unit, channel, receivedAt, due, revisedDue, completedAt, status, history,
                fullHistory, Optional.of(reference));
    }

    /**
     * The due moment timeliness is judged against: {@link #due()} for
     * {@link DueDateBasis#ORIGINAL}; for {@link DueDateBasis#REVISED} the {@link #revisedDue()}
     * when there is one, else {@link #due()}.
     *
     * @param basis which date counts
     * @return the due moment, or empty when the dossier has none
     */
    public Optional<LocalDateTime> dueFor(DueDateBasis basis) {
        Objects.requireNonNull(basis, "basis");
        return basis == DueDateBasis.REVISED && revisedDue.isPresent() ? revisedDue : due;
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
