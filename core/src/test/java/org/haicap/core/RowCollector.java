package org.haicap.core;

import java.util.ArrayList;
import java.util.List;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;

/** A row handler that keeps everything it is given, for tests. */
public final class RowCollector<T> implements RowHandler<T> {
    /** The accepted rows, in order. */
    public final List<T> accepted = new ArrayList<>();
    /** Where each accepted row was. */
    public final List<SourceLocation> acceptedAt = new ArrayList<>();
    /** The problems of the refused rows, in order. */
    public final List<ReadProblem> refused = new ArrayList<>();

    @Override
    public void accepted(T row, SourceLocation at) {
        accepted.add(row);
        acceptedAt.add(at);
    }

    @Override
    public void refused(ReadProblem problem) {
        refused.add(problem);
    }

    /** The one problem; fails when there is not exactly one. */
    public ReadProblem only() {
        if (refused.size() != 1) {
            throw new AssertionError("expected one problem, got " + refused);
        }
        return refused.get(0);
    }
}
