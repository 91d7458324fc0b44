package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Row> read(String text) throws IOException {
        CsvReader r = new CsvReader(new StringReader(text), "t.csv");
        List<CsvReader.Row> rows = new ArrayList<>();
        CsvReader.Row row;
        while ((row = r.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void plainAndQuotedFields() throws IOException {
        List<CsvReader.Row> rows = read("a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n,,\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("1", "x, y", "he said \"hi\""), rows.get(1).fields());
        assertEquals(List.of("", "", ""), rows.get(2).fields());
        assertEquals(3, rows.get(2).line());
    }

    @Test
    void lineBreaksInsideQuotesAdvanceTheLineCount() throws IOException {
        List<CsvReader.Row> rows = read("\"a\nb\",c\nd,e");
        assertEquals(List.of("a\nb", "c"), rows.get(0).fields());
        assertEquals(3, rows.get(1).line());
        assertEquals(List.of("d", "e"), rows.get(1).fields());
    }

    @Test
    void emptyInput() throws IOException {
        assertNull(new CsvReader(new StringReader(""), "t.csv").next());
    }

    @Test
    void malformedInputNamesTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("a,b\n\"open,c\n"));
        assertTrue(e.getMessage().startsWith("t.csv, dòng/line 2:"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> read("a\n\"x\"y\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> read("a\nb\nx\"y\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> read("a\rb"));
    }

    @Property(tries = 300)
    void writtenFieldsReadBack(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.constraints.StringLength(max = 8) String> fields)
            throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        b.append('\n');
        List<CsvReader.Row> rows = read(b.toString());
        assertEquals(1, rows.size());
        assertEquals(fields, rows.get(0).fields());
    }
}
