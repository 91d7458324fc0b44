package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.haicap.core.io.ReadProblem.Reason;
import org.junit.jupiter.api.Test;
import org.haicap.core.RowCollector;

class CsvRowTest {

    private static CsvRow row(String text) throws IOException {
        RowCollector<CsvRow> c = new RowCollector<>();
        CsvReader.withHeader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.csv", c);
        return c.accepted.get(0);
    }

    @Test
    void requireAndOptional() throws IOException {
        CsvRow r = row("date,note,n\n2025-07-14,, 7\n");
        assertEquals(LocalDate.of(2025, 7, 14), r.require("date", LocalDate::parse));
        assertEquals(Optional.empty(), r.optional("note", String::valueOf));
        assertEquals(Optional.empty(), r.optional("absent", String::valueOf));
        RowRefusedException blank = assertThrows(RowRefusedException.class, () -> r.require("note"));
        assertEquals(Reason.MISSING_FIELD, blank.problem().reason());
        assertEquals("r.csv:2:12 (note)", blank.problem().location().toString());
        RowRefusedException bad = assertThrows(RowRefusedException.class, () -> r.require("n", Integer::parseInt));
        assertEquals(Reason.INVALID_VALUE, bad.problem().reason());
        assertEquals(" 7", bad.problem().excerpt());
        assertEquals(13, bad.problem().location().column());
    }

    @Test
    void locationsAndShape() throws IOException {
        CsvRow r = row("a,b\n1,2\n");
        assertEquals(2, r.size());
        assertEquals("2", r.get(1));
        assertEquals(Optional.of("b"), r.locationOf(1).path());
        assertEquals(Optional.of("zz"), r.locationOf("zz").path());
        assertThrows(IndexOutOfBoundsException.class, () -> r.locationOf(2));
        assertTrue(r.toString().startsWith("r.csv:2:1"));
        RowRefusedException e = r.refuse("a", Reason.INVALID_VALUE, "sai", "wrong", "1");
        assertEquals("r.csv:2:1 (a)", e.problem().location().toString());
    }
}
