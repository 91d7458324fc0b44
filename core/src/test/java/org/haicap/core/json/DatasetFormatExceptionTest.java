package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.SourceLocation;
import org.junit.jupiter.api.Test;

class DatasetFormatExceptionTest {
    @Test
    void carriesTheProblemAndShowsItAsItsMessage() {
        ReadProblem p = ReadProblem.of(SourceLocation.of("d.json", 3, 12).withPath("$.version"),
                ReadProblem.Reason.INVALID_VALUE, "phiên bản", "version", "\"2.0\"");
        DatasetFormatException e = new DatasetFormatException(p);
        assertEquals(p, e.problem());
        assertTrue(e.getMessage().startsWith("d.json:3:12 ($.version) INVALID_VALUE"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
        assertThrows(NullPointerException.class, () -> new DatasetFormatException(null));
    }
}
