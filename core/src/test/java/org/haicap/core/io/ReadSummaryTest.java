package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.haicap.core.io.ReadProblem.Reason;
import org.junit.jupiter.api.Test;

class ReadSummaryTest {

    @Test
    void counterReconciles() {
        ReadSummary.Counter c = ReadSummary.counter();
        c.accepted();
        c.accepted();
        c.refused(Reason.INVALID_UTF8);
        c.blankLine();
        ReadSummary s = c.summary();
        assertEquals(new ReadSummary(3, 2, 1, Map.of(Reason.INVALID_UTF8, 1L), 1), s);
        assertEquals(1, s.refused(Reason.INVALID_UTF8));
        assertEquals(0, s.refused(Reason.LINE_TOO_LONG));
        assertEquals(Map.of(Reason.INVALID_UTF8, 1L), s.refusedByReason());
    }

    @Test
    void theInvariantIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ReadSummary(3, 2, 0, Map.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new ReadSummary(3, 2, 1, Map.of(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReadSummary(3, 2, 1, Map.of(Reason.INVALID_UTF8, 2L), 0));
        assertThrows(IllegalArgumentException.class, () -> new ReadSummary(-1, -1, 0, Map.of(), 0));
    }

    @Test
    void zeroReasonsAreDroppedSoEqualSummariesAreEqual() {
        assertEquals(ReadSummary.EMPTY, new ReadSummary(0, 0, 0, Map.of(Reason.CSV_HEADER, 0L), 0));
    }

    @Test
    void plusAdds() {
        ReadSummary a = new ReadSummary(3, 2, 1, Map.of(Reason.INVALID_UTF8, 1L), 1);
        ReadSummary b = new ReadSummary(2, 0, 2, Map.of(Reason.INVALID_UTF8, 1L, Reason.CSV_HEADER, 1L), 0);
        assertEquals(new ReadSummary(5, 2, 3, Map.of(Reason.INVALID_UTF8, 2L, Reason.CSV_HEADER, 1L), 1), a.plus(b));
        assertEquals(a, a.plus(ReadSummary.EMPTY));
    }
}
