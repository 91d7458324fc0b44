package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLocationTest {

    @Test
    void printsLikeACompilerMessage() {
        assertEquals("dossiers.jsonl:12:5", SourceLocation.of("dossiers.jsonl", 12, 5).toString());
        assertEquals("dossiers.jsonl:12:5 ($.amount)",
                SourceLocation.of("dossiers.jsonl", 12, 5).withPath("$.amount").toString());
        assertEquals("dossiers.jsonl:12:1 [HS-001] ($.amount)",
                SourceLocation.of("dossiers.jsonl", 12, 5).withPath("$.amount").withRecordId("HS-001").atColumn(1)
                        .toString());
    }

    @Test
    void hostileIdsArePrintedSafely() {
        String shown = SourceLocation.of("x", 1, 1).withRecordId("a\nb\u202Ec").toString();
        assertEquals("x:1:1 [a\\nb\\u202ec]", shown);
    }

    @Test
    void checksItsValues() {
        assertThrows(IllegalArgumentException.class, () -> SourceLocation.of(" ", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SourceLocation.of("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> SourceLocation.of("x", 1, 0));
        assertThrows(NullPointerException.class, () -> new SourceLocation("x", 1, 1, null, Optional.empty()));
    }
}
