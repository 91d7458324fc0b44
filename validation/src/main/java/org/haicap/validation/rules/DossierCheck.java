package org.haicap.validation.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.haicap.core.calendar.WorkingDayCalendar;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.DossierConsistency;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;

/**
 * Checks a stream of dossiers (hồ sơ) against the reference data of a {@link Dataset}: the
 * procedure exists, is carried out at commune level and accepts the channel; the unit exists on
 * the receipt date; the stored due moment equals the one the working-day calendar gives (a
 * mismatch is at most a warning when a year of the span has no announced holiday schedule), is
 * not before receipt, and a Form 04 revised one is later; completion is recorded exactly when the
 * status is terminal, at the last change and not before receipt; the status history is legal;
 * no two dossiers share a code.
 * Use it as the {@link RowHandler} of a reader, then ask {@link #result()}.
 *
 * <p>A dossier that breaks a domain rule is a row like any other (the reader keeps it, see
 * {@link DossierConsistency}) and is judged by the rule that owns it, located by file, line,
 * dossier code and the path of the component at fault ({@code history[1].to},
 * {@code completedAt}, {@code due}): the status history for {@code vn.dossier.status-history},
 * the completion moment for {@code vn.dossier.completion}, the due moments (before receipt; a
 * Form 04 revised date without or not after the original) for {@code vn.dossier.due-date}; it
 * counts in those rules' measures as a failure. Only a row that cannot become a dossier is
 * refused: it is one finding of {@code vn.read.<reason>} ({@link Rules#read}), so rows read =
 * {@link #rowsAccepted()} + {@link #rowsRefused()}.
 *
 * <p><b>Memory.</b> Only the duplicate-code set grows: a 64-bit hash per distinct code, 11–22
 * bytes per row in 1,024 segments that grow one at a time ({@code LongHashSet}), so 10 million
 * dossiers need about 128 MB and 1 million about 16 MB; two different codes share a hash with probability about n²/2⁶⁵. A repeated hash is
 * reported as a duplicate at the row where it repeats.
 *
 * <p><b>Parallel pieces.</b> Check pieces of a file with separate instances and
 * {@link #merge(DossierCheck)} them in file order: counts are the same as checking the whole,
 * and codes seen by both pieces are reported as duplicates (located by the later piece's source
 * and the hash, since the row is no longer known). Merging costs one probe per code of the
 * merged piece.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class DossierCheck extends StreamCheck implements RowHandler<Dossier> {

    private final Dataset dataset;
    private final long[] pass = new long[5];
    private final long[] total = new long[5];
    private static final RuleInfo[] MEASURED = {Rules.DOSSIER_PROCEDURE, Rules.DOSSIER_UNIT, Rules.DOSSIER_DUE_DATE,
        Rules.DOSSIER_COMPLETION, Rules.DOSSIER_STATUS_HISTORY};

    private DossierCheck(Dataset dataset, RuleParameters params, int sampleSize) {
        super(params, sampleSize);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** A check against the procedures of {@code dataset}, with these parameters. */
    public static DossierCheck of(Dataset dataset, RuleParameters params) {
        return new DossierCheck(dataset, params, ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /** A check keeping {@code sampleSize} sample findings per rule. */
    public static DossierCheck of(Dataset dataset, RuleParameters params, int sampleSize) {
        return new DossierCheck(dataset, params, sampleSize);
    }

    /** Checks one dossier read at {@code at}. */
    @Override
    public void accepted(Dossier d, SourceLocation at) {
        accept(d, location(at, d.code().value()));
        lastSource = at.source();
    }

    /** Checks one dossier at a location of the caller's choice. */
    public void accept(Dossier d, Location at) {
        Objects.requireNonNull(d, "dossier");
        Objects.requireNonNull(at, "at");
        accepted++;
        Emitter e = emitter;
        total[0]++;
        Optional<Procedure> proc = dataset.procedure(d.procedure());
        boolean usable = false;
        if (proc.isEmpty()) {
            e.emit(Rules.DOSSIER_PROCEDURE, e.base(Rules.DOSSIER_PROCEDURE), at.appendPath("procedure"), "missing",
                    d.code().value(), d.procedure().value());
        } else if (!proc.get().isCarriedOutAt(AdministrativeLevel.COMMUNE)) {
            e.emit(Rules.DOSSIER_PROCEDURE, e.base(Rules.DOSSIER_PROCEDURE), at.appendPath("procedure"), "level",
                    d.code().value(), d.procedure().value());
        } else if (!proc.get().accepts(d.channel())) {
            e.emit(Rules.DOSSIER_PROCEDURE, e.base(Rules.DOSSIER_PROCEDURE), at.appendPath("channel"), "channel",
                    d.code().value(), d.procedure().value(), d.channel().vietnamese(), d.channel().english());
        } else {
            pass[0]++;
            usable = true;
        }
        total[1]++;
        if (params.catalog().unit(d.unit()).isPresent() && !d.receivedOn().isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            pass[1]++;
        } else {
            e.emit(Rules.DOSSIER_UNIT, e.base(Rules.DOSSIER_UNIT), at.appendPath("unit"), "message", d.code().value(),
                    d.unit().value(), d.receivedOn());
        }
        List<DossierConsistency.Violation> broken = DossierConsistency.check(d);
        DossierConsistency.Violation dueBroken = ConsistencyFindings.of(broken, DossierConsistency.Aspect.DUE);
        if (dueBroken != null) {
            total[2]++;
            ConsistencyFindings.emit(e, Rules.DOSSIER_DUE_DATE, at, dueBroken);
        } else if (usable && d.due().isPresent()) {
            Optional<LocalDateTime> computed = d.computeDue(proc.get(), params.calendar()::dueDate);
            if (computed.isPresent()) {
                total[2]++;
                if (computed.equals(d.due())) {
                    pass[2]++;
                } else {
                    dueDateMismatch(d, computed.get(), at);
                }
            }
        }
        if (d.completedAt().isPresent() || d.status().isTerminal()) {
            total[3]++;
            DossierConsistency.Violation completion = ConsistencyFindings.of(broken,
                    DossierConsistency.Aspect.COMPLETION);
            if (completion == null) {
                pass[3]++;
            } else {
                ConsistencyFindings.emit(e, Rules.DOSSIER_COMPLETION, at, completion);
            }
        }
        total[4]++;
        DossierConsistency.Violation history = ConsistencyFindings.of(broken, DossierConsistency.Aspect.HISTORY);
        if (history == null) {
            pass[4]++;
        } else {
            ConsistencyFindings.emit(e, Rules.DOSSIER_STATUS_HISTORY, at, history);
        }
        firstKey(d.code().value(), Rules.DOSSIER_DUPLICATE_CODE, at, "code", d.code().value());
    }

    /**
     * A stored due moment that differs from the computed one. An ERROR (the rule's configured
     * severity) when every year from the clock start to the later of the two moments has an
     * announced schedule; at most a WARNING naming the year when one of them is computed by the
     * statutory formula, or naming the day when the span includes a pending holiday (24/11 from
     * 2026), since the calendar is then uncertain. Only mismatches pay for this, and the calendar
     * answers from a per-year table.
     */
    private void dueDateMismatch(Dossier d, LocalDateTime computed, Location at) {
        Emitter e = emitter;
        LocalDateTime due = d.due().get();
        WorkingDayCalendar calendar = params.calendar();
        LocalDate start = d.clockStart().orElse(d.receivedAt()).toLocalDate();
        LocalDate end = due.isAfter(computed) ? due.toLocalDate() : computed.toLocalDate();
        LocalDate first = start;
        if (due.toLocalDate().isBefore(first)) {
            first = due.toLocalDate();
        }
        if (computed.toLocalDate().isBefore(first)) {
            first = computed.toLocalDate();
        }
        Severity base = e.base(Rules.DOSSIER_DUE_DATE);
        Severity uncertain = base == Severity.ERROR ? Severity.WARNING : base;
        OptionalInt formulaYear = calendar.firstFormulaYear(first, end);
        if (formulaYear.isPresent()) {
            e.emit(Rules.DOSSIER_DUE_DATE, uncertain, at.appendPath("due"), "formula", d.code().value(), due, computed,
                    Integer.toString(formulaYear.getAsInt()));
            return;
        }
        Optional<LocalDate> pending = calendar.firstPendingHoliday(first, end);
        if (pending.isPresent()) {
            e.emit(Rules.DOSSIER_DUE_DATE, uncertain, at.appendPath("due"), "pending", d.code().value(), due, computed,
                    pending.get());
            return;
        }
        e.emit(Rules.DOSSIER_DUE_DATE, base, at.appendPath("due"), "message", d.code().value(), due, computed);
    }

    /** Checks a row as a reader's stream gives it: accepted rows are checked, refused ones become findings. */
    public void accept(RowResult<Dossier> row) {
        if (row instanceof RowResult.Accepted<Dossier> a) {
            accepted(a.row(), a.location());
        } else if (row instanceof RowResult.Refused<Dossier> r) {
            refused(r.problem());
        } else {
            throw new NullPointerException("row");
        }
    }

    /** Records an unreadable row as a finding. */
    @Override
    public void refused(ReadProblem problem) {
        refusedRow(problem);
    }

    /** A refused row could not become a dossier: a read problem, whatever its path. */
    @Override
    RuleInfo ruleOf(ReadProblem p) {
        return ruleOfRefused(p);
    }

    /**
     * The rule a refused dossier row is a finding of: {@code vn.read.<reason>}, whatever its path.
     *
     * @param problem why the row was refused
     * @return the rule
     */
    public static RuleInfo ruleOfRefused(ReadProblem problem) {
        return Rules.read(problem.reason());
    }

    /**
     * Adds a later piece of the same stream: its findings and counters, and duplicates of codes
     * both pieces saw. {@code other} must not be used afterwards.
     *
     * @return this
     */
    public DossierCheck merge(DossierCheck other) {
        return merge(other, 0);
    }

    /**
     * Adds a later piece of the same file that was read from its own first line: as
     * {@link #merge(DossierCheck)}, with the line numbers of {@code other}'s findings moved down by
     * the {@code linesBefore} lines of the file before that piece
     * ({@link org.haicap.validation.ValidationResult#withLinesShifted}), so that every finding
     * names its line in the whole file. {@code other} must not be used afterwards.
     *
     * @param other the later piece
     * @param linesBefore the lines of the file before {@code other}'s first line, at least 0
     * @return this
     */
    public DossierCheck merge(DossierCheck other, long linesBefore) {
        mergeKeys(other, Rules.DOSSIER_DUPLICATE_CODE, linesBefore);
        for (int i = 0; i < pass.length; i++) {
            pass[i] += other.pass[i];
            total[i] += other.total[i];
        }
        return this;
    }

    /** Dossiers accepted so far. */
    public long rowsAccepted() {
        return accepted;
    }

    /** Rows refused so far (each is one finding). */
    public long rowsRefused() {
        return refused;
    }

    /** Bytes held by the duplicate-code set. */
    public long keyBytes() {
        flushKeys();
        return keys.bytes();
    }

    /** The findings and measures so far; the check can go on. */
    public ValidationResult result() {
        flushKeys();
        ValidationResult built = findings.build();
        ValidationResult.Builder b = ValidationResult.builder(built.sampleSize()).addAll(built);
        for (int i = 0; i < MEASURED.length; i++) {
            b.measure(MEASURED[i].id(), pass[i], total[i]);
        }
        b.measure(Rules.DOSSIER_DUPLICATE_CODE.id(), accepted - duplicates, accepted);
        return b.build();
    }
}
