package org.haicap.validation.pass;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.RowResult;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.rules.PaymentCheck;

/**
 * The work of one piece of one row stream (một đoạn luồng), the same on one thread, on several
 * and on a cluster: every row goes to the stream's rule check ({@link DossierCheck} or
 * {@link PaymentCheck}), and every accepted row to the listeners' pieces. Pieces of one stream
 * merge in file order with {@link #merge(StreamPiece, long)}, which also finds the codes two
 * pieces share; a driver that routes rows with equal keys to one piece (a cluster partitioned by
 * {@link #duplicateKey}) can instead add up the pieces' {@link #summary()}s.
 *
 * <p>Mutable, not thread-safe: one per thread. Build with {@link ValidationPass#piece}.
 */
public final class StreamPiece implements RowHandler<Object> {
    private final StreamKind kind;
    private final DossierCheck dossiers;
    private final PaymentCheck payments;
    private final List<PassListener<?>> listeners;
    private final PassListener.Piece<?>[] states;
    private final Object[] later;
    private final RowSinks.Part sink;
    private String source = "";

    StreamPiece(PassContext context, StreamKind kind, List<PassListener<?>> listeners, RowSinks.Part sink) {
        this.kind = Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(context, "context");
        if (kind == StreamKind.DOSSIERS) {
            dossiers = DossierCheck.of(context.dataset(), context.parameters(), context.sampleSize());
            payments = null;
        } else {
            dossiers = null;
            payments = PaymentCheck.of(context.dataset(), context.parameters(), context.sampleSize());
        }
        this.listeners = List.copyOf(listeners);
        this.states = new PassListener.Piece<?>[this.listeners.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = Objects.requireNonNull(this.listeners.get(i).newPiece(context, kind), "listener piece");
        }
        this.later = new Object[states.length];
        this.sink = sink;
    }

    /** The kind of rows. */
    public StreamKind kind() {
        return kind;
    }

    /**
     * A row as a reader gives it: an accepted row is checked and shown to the listeners; a refused
     * one becomes a finding.
     *
     * @param row the row
     * @throws ClassCastException if an accepted row is not of the piece's kind
     */
    public void accept(RowResult<?> row) {
        Objects.requireNonNull(row, "row");
        if (row instanceof RowResult.Accepted<?> a) {
            accepted(a.row(), a.location());
        } else {
            refused(((RowResult.Refused<?>) row).problem());
        }
    }

    /**
     * An accepted row: a {@link Dossier} or a {@link Payment}, as the piece's kind.
     *
     * @throws ClassCastException if the row is not of the piece's kind
     */
    @Override
    public void accepted(Object row, SourceLocation at) {
        source = at.source();
        if (kind == StreamKind.DOSSIERS) {
            Dossier d = (Dossier) row;
            dossiers.accepted(d, at);
            for (PassListener.Piece<?> s : states) {
                s.dossier(d, at);
            }
        } else {
            Payment p = (Payment) row;
            payments.accepted(p, at);
            for (PassListener.Piece<?> s : states) {
                s.payment(p, at);
            }
        }
        if (sink != null) {
            sink.accepted(row);
        }
    }

    /** A refused row: one finding of the rule it maps to. */
    @Override
    public void refused(ReadProblem problem) {
        source = problem.location().source();
        if (kind == StreamKind.DOSSIERS) {
            dossiers.refused(problem);
        } else {
            payments.refused(problem);
        }
        if (sink != null) {
            sink.refused(kind.english(), problem, kind == StreamKind.DOSSIERS ? DossierCheck.ruleOfRefused(problem)
                    : PaymentCheck.ruleOfRefused(problem));
        }
    }

    /**
     * Adds a later piece of the same stream, in file order: findings, counts, duplicates across
     * the two, and the listeners' results. When both pieces are ranges of one file, each read from
     * its own first line, {@code linesBefore} is the number of lines of the file before
     * {@code other}'s first one (its findings are moved there); otherwise 0. {@code other} must
     * not be used afterwards.
     *
     * @param other the later piece, of the same kind and with the same listeners
     * @param linesBefore lines before {@code other} in its file, or 0
     * @return this
     * @throws IllegalArgumentException if the kinds or listeners differ
     */
    public StreamPiece merge(StreamPiece other, long linesBefore) {
        Objects.requireNonNull(other, "other");
        if (other.kind != kind || !other.listeners.equals(listeners)) {
            throw new IllegalArgumentException("ghép hai đoạn khác loại / merging pieces of different kinds or listeners");
        }
        if (kind == StreamKind.DOSSIERS) {
            dossiers.merge(other.dossiers, linesBefore);
        } else {
            payments.merge(other.payments, linesBefore);
        }
        Object[] theirs = other.listenerResults();
        for (int i = 0; i < later.length; i++) {
            later[i] = later[i] == null ? theirs[i] : combine(listeners.get(i), later[i], theirs[i]);
        }
        if (other.source.length() > 0) {
            source = other.source;
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <A> Object combine(PassListener<A> listener, Object earlier, Object later) {
        return listener.combine((A) earlier, (A) later);
    }

    private Object[] listenerResults() {
        Object[] out = new Object[states.length];
        for (int i = 0; i < states.length; i++) {
            Object own = states[i].result();
            out[i] = later[i] == null ? own : combine(listeners.get(i), own, later[i]);
        }
        return out;
    }

    /**
     * The piece's findings, row counts and listener results so far; the piece can go on.
     *
     * @return the summary
     */
    public PieceSummary summary() {
        if (kind == StreamKind.DOSSIERS) {
            return new PieceSummary(kind, dossiers.result(), dossiers.rowsAccepted(), dossiers.rowsRefused(),
                    List.of(listenerResults()));
        }
        return new PieceSummary(kind, payments.result(), payments.rowsAccepted(), payments.rowsRefused(),
                List.of(listenerResults()));
    }

    /** Rows accepted so far. */
    public long rowsAccepted() {
        return kind == StreamKind.DOSSIERS ? dossiers.rowsAccepted() : payments.rowsAccepted();
    }

    /** Rows refused so far. */
    public long rowsRefused() {
        return kind == StreamKind.DOSSIERS ? dossiers.rowsRefused() : payments.rowsRefused();
    }

    /** Bytes held by the duplicate-key set (0 for payments, whose set is not measured). */
    public long keyBytes() {
        return kind == StreamKind.DOSSIERS ? dossiers.keyBytes() : 0;
    }

    /**
     * The key the duplicate rules compare, for routing rows to pieces: a dossier's code, a
     * payment's reference (the rule keys on channel and reference; routing by the reference alone
     * only puts more rows together).
     *
     * @param row an accepted row
     * @return the key, or {@code null} when the row has none (a payment without reference)
     */
    public static String duplicateKey(Object row) {
        if (row instanceof Dossier d) {
            return d.code().value();
        }
        if (row instanceof Payment p) {
            return p.reference().orElse(null);
        }
        throw new IllegalArgumentException("không phải hồ sơ hay thanh toán / neither a dossier nor a payment: "
                + (row == null ? "null" : row.getClass().getName()));
    }

    /** The listeners, for {@link PieceSummary}. */
    List<PassListener<?>> listeners() {
        return new ArrayList<>(listeners);
    }
}
