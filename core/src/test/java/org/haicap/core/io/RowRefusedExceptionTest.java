package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RowRefusedExceptionTest {

    @Test
    void carriesTheProblem() {
        ReadProblem p = ReadProblem.of(SourceLocation.of("f.csv", 2, 3), ReadProblem.Reason.INVALID_VALUE, "sai", "wrong",
                "x");
        RowRefusedException e = new RowRefusedException(p);
        assertSame(p, e.problem());
        assertEquals(p.toString(), e.getMessage());
    }
}
