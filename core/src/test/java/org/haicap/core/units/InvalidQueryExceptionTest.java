package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidQueryExceptionTest {

    @Test
    void carriesReasonQueryAndBilingualMessage() {
        InvalidQueryException e = new InvalidQueryException(InvalidQueryException.Reason.BLANK, " ");
        assertEquals(InvalidQueryException.Reason.BLANK, e.reason());
        assertEquals(" ", e.query());
        assertTrue(e.getMessage().contains("truy vấn trống"));
        assertTrue(e.getMessage().contains("the query is blank"));
    }

    @Test
    void longQueriesAreShortenedInTheMessageOnly() {
        String q = "x".repeat(500);
        InvalidQueryException e = new InvalidQueryException(InvalidQueryException.Reason.TOO_LONG, q);
        assertEquals(q, e.query());
        assertTrue(e.getMessage().length() < 300);
        assertTrue(e.getMessage().contains("200"));
    }

    @Test
    void everyReasonHasBothLanguages() {
        for (InvalidQueryException.Reason r : InvalidQueryException.Reason.values()) {
            assertTrue(!r.vietnamese().isBlank() && !r.english().isBlank(), r.name());
        }
    }
}
