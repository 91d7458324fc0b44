package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(CsvWriter.Options options, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.open(out, options)) {
            for (List<String> row : rows) {
                w.writeRow(row);
            }
            assertEquals(rows.size(), w.rowsWritten());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quotesOnlyWhatNeedsIt() throws IOException {
        String csv = write(CsvWriter.Options.machine(), List.of(
                List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", "")));
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n", csv);
    }

    @Test
    void humanFacingStartsWithBomAndNeutralisesFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.open(out, CsvWriter.Options.humanFacing())) {
            w.writeRow("=1+2", "+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "-5", "+84912345678", "Hà Nội");
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("'=1+2,'+cmd,'-2+3+cmd|' /C calc'!A0,'@SUM(A1),'\tx,-5,+84912345678,Hà Nội\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void machineOutputKeepsCellsExactly() throws IOException {
        assertEquals("=1+2,<script>\r\n", write(CsvWriter.Options.machine(), List.of(List.of("=1+2", "<script>"))));
    }

    @Test
    void neutraliseCases() {
        assertEquals("'=A1", CsvWriter.neutralise("=A1"));
        assertEquals("'\uFF1DA1", CsvWriter.neutralise("\uFF1DA1"));
        assertEquals("'\rx", CsvWriter.neutralise("\rx"));
        assertEquals("'-", CsvWriter.neutralise("-"));
        assertEquals("'-1,", CsvWriter.neutralise("-1,"));
        assertEquals("-1,5", CsvWriter.neutralise("-1,5"));
        assertEquals("-1.5", CsvWriter.neutralise("-1.5"));
        assertEquals("a=b", CsvWriter.neutralise("a=b"));
        assertEquals("", CsvWriter.neutralise(""));
    }

    @Test
    void writesNfcAndSemicolons() throws IOException {
        String nfd = Normalizer.normalize("Phường", Normalizer.Form.NFD);
        assertEquals("Phường;\"a;b\"\r\n",
                write(CsvWriter.Options.machine().withDelimiter(';'), List.of(List.of(nfd, "a;b"))));
    }

    @Test
    void aLoneBlankCellIsQuotedSoItIsNotABlankLine() throws IOException {
        assertEquals("\"\"\r\n\" \"\r\n", write(CsvWriter.Options.machine(), List.of(List.of(""), List.of(" "))));
    }

    @Test
    void badArguments() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new CsvWriter.Options('\n', false, false));
        try (CsvWriter w = CsvWriter.open(new ByteArrayOutputStream(), CsvWriter.Options.machine())) {
            assertThrows(IllegalArgumentException.class, () -> w.writeRow(List.of()));
        }
    }
}
