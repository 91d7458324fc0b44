package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowHandlerTest {

    @Test
    void ofCallsTheGivenFunctions() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        RowHandler<Integer> h = RowHandler.of((row, at) -> accepted.addAndGet(row), p -> refused.incrementAndGet());
        h.accepted(5, SourceLocation.of("f", 1, 1));
        h.refused(ReadProblem.of(SourceLocation.of("f", 2, 1), ReadProblem.Reason.INVALID_VALUE, "", "", ""));
        assertEquals(5, accepted.get());
        assertEquals(1, refused.get());
        assertThrows(NullPointerException.class, () -> RowHandler.of(null, p -> { }));
    }
}
