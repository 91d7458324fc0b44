package org.haicap.core.io;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives the rows of a streaming read one at a time (bộ xử lý dòng): each row is either
 * {@link #accepted accepted} as an object or {@link #refused refused} with a problem, in input
 * order. The reader holds only the current row; what the handler keeps is up to it.
 *
 * <p>An exception thrown by the handler stops the reading and propagates to the caller.
 *
 * @param <T> the row type
 */
public interface RowHandler<T> {

    /**
     * A row that became an object.
     *
     * @param row the object
     * @param at where the row starts (column 1)
     */
    void accepted(T row, SourceLocation at);

    /**
     * A row that was refused.
     *
     * @param problem where and why
     */
    void refused(ReadProblem problem);

    /**
     * A handler from two functions.
     *
     * @param <T> the row type
     * @param onAccepted called for each accepted row
     * @param onRefused called for each refused row
     * @return the handler
     */
    static <T> RowHandler<T> of(BiConsumer<? super T, SourceLocation> onAccepted,
            Consumer<? super ReadProblem> onRefused) {
        Objects.requireNonNull(onAccepted, "onAccepted");
        Objects.requireNonNull(onRefused, "onRefused");
        return new RowHandler<>() {
            @Override
            public void accepted(T row, SourceLocation at) {
                onAccepted.accept(row, at);
            }

            @Override
            public void refused(ReadProblem problem) {
                onRefused.accept(problem);
            }
        };
    }
}
