package org.haicap.core.json;

import java.util.Objects;
import org.haicap.core.io.HaicapInputException;
import org.haicap.core.io.ReadProblem;

/**
 * A document that cannot be read as a haicap dataset at all (tài liệu không phải bộ dữ liệu
 * haicap): another format or major version, not well-formed UTF-8 or JSON, no {@code info}, an
 * unknown section under {@link UnknownFields#REFUSE}. Records that merely fail their own checks
 * do not throw: they become problems of {@link DatasetReader.Result}.
 *
 * <p>Carries the {@link ReadProblem} with the location (file, line, column, path) and the
 * messages in Vietnamese and English. Immutable.
 */
public final class DatasetFormatException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final transient ReadProblem problem;

    /**
     * An exception for {@code problem}.
     *
     * @param problem where and why
     */
    public DatasetFormatException(ReadProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString(), problem.vietnamese(), problem.english(),
                problem.location());
        this.problem = problem;
    }

    /** Where and why the document was refused. */
    public ReadProblem problem() {
        return problem;
    }
}
