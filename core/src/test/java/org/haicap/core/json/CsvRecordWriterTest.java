package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRecordWriterTest {
    @Test
    void writesTheHeaderThenOneRowPerRecordWithoutNeutralising() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRecordWriter<String> w = new CsvRecordWriter<>(out, java.util.List.of("a", "b"),
                s -> new String[] {s, "=" + s})) {
            w.write("x,y");
            assertEquals(1, w.rowsWritten());
        }
        assertEquals("a,b\r\n\"x,y\",=x,y\r\n".replace("=x,y\r", "\"=x,y\"\r"), out.toString(StandardCharsets.UTF_8));
    }
}
