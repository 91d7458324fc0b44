package org.haicap.validation.pass;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.haicap.validation.ValidationResult;

/**
 * What pieces of a stream found (kết quả một đoạn): findings and measures, rows accepted and
 * refused, and each listener's result in the order the listeners were given. Pieces whose rows
 * were routed by {@link StreamPiece#duplicateKey} (so no key occurs in two of them) add up with
 * {@link #plus}, in any order and grouping. Immutable; serializable when the listeners' results
 * are.
 *
 * @param kind the kind of rows
 * @param result the findings and measures
 * @param accepted rows that became records
 * @param refused rows that could not
 * @param listenerResults each listener's result, in the listeners' order
 */
public record PieceSummary(StreamKind kind, ValidationResult result, long accepted, long refused,
        List<Object> listenerResults) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public PieceSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
        listenerResults = List.copyOf(listenerResults);
        if (accepted < 0 || refused < 0) {
            throw new IllegalArgumentException("số dòng âm / negative row count");
        }
    }

    /** Rows read: accepted + refused. */
    public long read() {
        return accepted + refused;
    }

    /**
     * Both summaries together; listener results combine with {@code listeners}.
     *
     * @param other a summary of the same kind and listeners
     * @param listeners the listeners of the pass, in order
     * @return the sum
     * @throws IllegalArgumentException if the kinds or the number of results differ
     */
    public PieceSummary plus(PieceSummary other, List<PassListener<?>> listeners) {
        Objects.requireNonNull(other, "other");
        if (other.kind != kind || other.listenerResults.size() != listenerResults.size()
                || listeners.size() != listenerResults.size()) {
            throw new IllegalArgumentException("cộng hai kết quả khác loại / adding summaries of different kinds");
        }
        List<Object> combined = new ArrayList<>(listenerResults.size());
        for (int i = 0; i < listenerResults.size(); i++) {
            combined.add(combine(listeners.get(i), listenerResults.get(i), other.listenerResults.get(i)));
        }
        return new PieceSummary(kind, result.merge(other.result), accepted + other.accepted, refused + other.refused,
                combined);
    }

    @SuppressWarnings("unchecked")
    private static <A> Object combine(PassListener<A> listener, Object earlier, Object later) {
        return listener.combine((A) earlier, (A) later);
    }
}
