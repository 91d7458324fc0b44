package org.haicap.validation.pass;

import java.util.List;
import java.util.Objects;
import org.haicap.validation.ValidationResult;

/**
 * What one {@link ValidationPass} found (kết quả một lượt): the findings and measures of every
 * rule over the dataset and every stream, the rows of each stream, and each listener's result.
 * Immutable and thread-safe.
 */
public final class PassResult {

    /**
     * The rows of one kind of stream: accepted (a record, judged by the rules even when it breaks
     * one) or refused (it could not become a record: a finding). Immutable.
     *
     * @param accepted rows that became records
     * @param refused rows that could not
     */
    public record Rows(long accepted, long refused) {
        /** Rows read: {@code accepted + refused}. */
        public long read() {
            return accepted + refused;
        }
    }

    private final PassContext context;
    private final ValidationResult result;
    private final Rows dossiers;
    private final Rows payments;
    private final long datasetRefused;
    private final List<PassListener<?>> listeners;
    private final List<Object> listenerResults;

    PassResult(PassContext context, ValidationResult result, Rows dossiers, Rows payments, long datasetRefused,
            List<PassListener<?>> listeners, List<Object> listenerResults) {
        this.context = context;
        this.result = result;
        this.dossiers = dossiers;
        this.payments = payments;
        this.datasetRefused = datasetRefused;
        this.listeners = List.copyOf(listeners);
        this.listenerResults = List.copyOf(listenerResults);
    }

    /** The dataset, parameters (with the catalogue amendments and fee bases of the inputs) and date. */
    public PassContext context() {
        return context;
    }

    /** The findings and measures of every rule. */
    public ValidationResult result() {
        return result;
    }

    /** The rows of a kind of stream. */
    public Rows rows(StreamKind kind) {
        return kind == StreamKind.DOSSIERS ? dossiers : payments;
    }

    /** Records of the dataset document and lines of the fee-basis streams that were refused. */
    public long referenceRecordsRefused() {
        return datasetRefused;
    }

    /** Rows and records refused over every input: streams, dataset and fee bases. */
    public long refused() {
        return dossiers.refused() + payments.refused() + datasetRefused;
    }

    /**
     * A listener's result over every accepted row.
     *
     * @param <A> its result type
     * @param listener a listener of the pass
     * @return its result
     * @throws IllegalArgumentException if the listener was not one of the pass
     */
    @SuppressWarnings("unchecked")
    public <A> A get(PassListener<A> listener) {
        Objects.requireNonNull(listener, "listener");
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i) == listener) {
                return (A) listenerResults.get(i);
            }
        }
        throw new IllegalArgumentException("bộ nghe không thuộc lượt này / the listener was not part of the pass");
    }
}
