package org.haicap.core.io;

import java.util.Objects;

/**
 * Thrown by a row mapper to refuse a row with a precise problem (dòng bị từ chối); the reader
 * catches it and passes {@link #problem()} to the handler. The message is the problem's English
 * message; the Vietnamese one is in the problem.
 */
public final class RowRefusedException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    /** Problems are values, not meant to be serialised with the exception. */
    private final transient ReadProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem where and why the row is refused
     */
    public RowRefusedException(ReadProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString(), problem.vietnamese(), problem.english(),
                problem.location());
        this.problem = problem;
    }

    /** Where and why the row is refused; carries the offending value as its excerpt. */
    public ReadProblem problem() {
        return problem;
    }
}
