package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowResultTest {
    private static final SourceLocation AT = SourceLocation.of("f", 2, 1);

    @Test
    void sendsEachOutcomeToTheRightCallback() {
        List<String> seen = new ArrayList<>();
        RowHandler<String> h = RowHandler.of((row, at) -> seen.add(row + "@" + at), p -> seen.add(p.reason().name()));
        new RowResult.Accepted<>("x", AT).sendTo(h);
        RowResult<String> refused = new RowResult.Refused<>(
                ReadProblem.of(AT, ReadProblem.Reason.INVALID_VALUE, "", "", ""));
        refused.sendTo(h);
        assertEquals(List.of("x@f:2:1", "INVALID_VALUE"), seen);
        assertEquals(AT, refused.location());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> new RowResult.Accepted<>(null, AT));
        assertThrows(NullPointerException.class, () -> new RowResult.Refused<String>(null));
    }
}
