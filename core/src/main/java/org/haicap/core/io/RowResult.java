package org.haicap.core.io;

import java.util.Objects;

/**
 * The outcome of reading one row (kết quả đọc một dòng): {@link Accepted} with the object or
 * {@link Refused} with the problem. Used by the iterator and stream forms of the readers.
 *
 * <p>Implementations are immutable; they are thread-safe when the row object is.
 *
 * @param <T> the row type
 */
public sealed interface RowResult<T> permits RowResult.Accepted, RowResult.Refused {

    /**
     * Where the row starts, or where the problem is.
     *
     * @return the location
     */
    SourceLocation location();

    /**
     * A row that became an object.
     *
     * @param <T> the row type
     * @param row the object
     * @param location where the row starts
     */
    record Accepted<T>(T row, SourceLocation location) implements RowResult<T> {
        /** Checks that neither is null. */
        public Accepted {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A row that was refused.
     *
     * @param <T> the row type that was expected
     * @param problem where and why
     */
    record Refused<T>(ReadProblem problem) implements RowResult<T> {
        /** Checks that the problem is not null. */
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public SourceLocation location() {
            return problem.location();
        }
    }

    /**
     * Passes this outcome to a handler.
     *
     * @param handler the handler
     */
    default void sendTo(RowHandler<? super T> handler) {
        if (this instanceof Accepted<T> a) {
            handler.accepted(a.row(), a.location());
        } else {
            handler.refused(((Refused<T>) this).problem());
        }
    }
}
