package org.haicap.core.json;

import java.util.ArrayList;
import java.util.List;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;

/** A handler that keeps everything, for tests. */
final class Rows<T> implements RowHandler<T> {
    final List<T> accepted = new ArrayList<>();
    final List<SourceLocation> acceptedAt = new ArrayList<>();
    final List<ReadProblem> refused = new ArrayList<>();

    @Override
    public void accepted(T row, SourceLocation at) {
        accepted.add(row);
        acceptedAt.add(at);
    }

    @Override
    public void refused(ReadProblem problem) {
        refused.add(problem);
    }

    ReadProblem only() {
        if (refused.size() != 1) {
            throw new AssertionError("expected one problem, got " + refused);
        }
        return refused.get(0);
    }
}
