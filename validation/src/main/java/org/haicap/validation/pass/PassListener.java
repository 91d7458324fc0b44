package org.haicap.validation.pass;

import org.haicap.core.io.SourceLocation;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;

/**
 * Sees the accepted rows of a {@link ValidationPass} (nghe các dòng được chấp nhận) — the report's
 * aggregates are such listeners, so one pass gives findings and figures together. A pass reads
 * its inputs in pieces, possibly on several threads or machines: the listener makes one
 * {@link Piece} per piece (used by one thread), and combines the pieces' results in file order.
 * Rows the readers refused never reach a listener; rows that break a rule do (they are records).
 *
 * <p>Implementations are immutable and thread-safe; their results should be immutable values,
 * and {@link java.io.Serializable} to be shipped between machines.
 *
 * @param <A> the result
 */
public interface PassListener<A> {

    /**
     * The state of one piece of one stream.
     *
     * @param context what the pass judges against
     * @param kind the kind of rows the piece holds
     * @return a new state, used by one thread
     */
    Piece<A> newPiece(PassContext context, StreamKind kind);

    /**
     * The result of two pieces.
     *
     * @param earlier the result of the earlier rows
     * @param later the result of the later rows
     * @return both together
     */
    A combine(A earlier, A later);

    /**
     * The state of one piece. Mutable, not thread-safe.
     *
     * @param <A> the result
     */
    interface Piece<A> {
        /**
         * An accepted dossier.
         *
         * @param dossier the row
         * @param at where it was read
         */
        default void dossier(Dossier dossier, SourceLocation at) {
        }

        /**
         * An accepted payment.
         *
         * @param payment the row
         * @param at where it was read
         */
        default void payment(Payment payment, SourceLocation at) {
        }

        /**
         * The result of the rows so far.
         *
         * @return the result
         */
        A result();
    }
}
