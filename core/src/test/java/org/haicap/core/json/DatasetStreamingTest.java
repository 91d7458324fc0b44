package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.haicap.core.io.ReadProblem.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset document is streamed: the inflated size is limited while reading, records are located. */
class DatasetStreamingTest {
    private static final String HEAD = "{\"format\": \"haicap-dataset\", \"version\": \"1.0\",\n"
            + "\"info\": {\"name\": \"t\", \"asOf\": \"2025-07-15\"},\n\"people\": [";
    private static final String PERSON = "{\"id\": \"P-%d\", \"fullName\": \"Nguyễn Văn %d\"}";

    private static HaicapJson.Limits documentLimit(long bytes) {
        HaicapJson.Limits d = HaicapJson.Limits.DEFAULT;
        return new HaicapJson.Limits(d.maxNestingDepth(), d.maxStringLength(), d.maxNumberLength(),
                d.maxNameLength(), bytes);
    }

    /** The head of a document, then {@code padding} spaces inside the people array, never held whole. */
    private static Generated padded(long padding) {
        return new Generated(HEAD, padding, (byte) ' ', "]}");
    }

    @Test
    void aSmallGzipThatInflatesPastTheLimitIsRefusedNamingFileAndLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 16];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) { // 5 MiB of padding
                out.write(spaces);
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) < 64 * 1024, "compressed size " + Files.size(file));
        long limit = 3L << 20;
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> DatasetReader.create().withLimits(documentLimit(limit)).read(file));
        assertEquals(Reason.DOCUMENT_TOO_LONG, e.problem().reason());
        assertEquals("bomb.json.gz", e.problem().location().source());
        assertTrue(e.problem().english().contains("longer than " + limit + " bytes"), e.problem().english());
        assertTrue(e.problem().english().contains("after decompression"), e.problem().english());
        assertTrue(e.problem().vietnamese().contains(String.valueOf(limit)), e.problem().vietnamese());
        assertTrue(e.getMessage().contains("bomb.json.gz"), e.getMessage());
    }

    @Test
    void theSameDocumentUnderTheLimitIsRead() throws IOException {
        DatasetReader.Result r = DatasetReader.create().withLimits(documentLimit(3L << 20))
                .read(padded(1L << 20), "padded.json");
        assertTrue(r.clean());
        assertEquals(0, r.dataset().people().size());
    }

    @Test
    void twoHundredMegabytesOfPaddingStopAtTheDefaultLimitWithoutBeingHeld() {
        Generated in = padded(200L << 20);
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> DatasetReader.create().read(in, "national.json"));
        assertEquals(Reason.DOCUMENT_TOO_LONG, e.problem().reason());
        assertEquals("national.json", e.problem().location().source());
        long limit = HaicapJson.Limits.DEFAULT.maxDocumentLength();
        assertTrue(e.problem().english().contains("longer than " + limit + " bytes"), e.problem().english());
        // Reading stopped at the limit: the rest of the stream was never asked for.
        assertTrue(in.served() > limit && in.served() <= limit + (64 << 10), "served " + in.served());
    }

    @Test
    void recordsFarIntoALongDocumentAreReadAndLocatedByLineAndColumn() throws IOException {
        StringBuilder doc = new StringBuilder(HEAD);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            doc.append(i == 0 ? "\n" : ",\n").append(String.format(PERSON, i, i));
        }
        // A bad record after ~1 MB of records: its line and column are those in the whole document.
        doc.append(",\n  {\"id\": \"P-bad\", \"fullName\": 7}");
        doc.append("\n]}");
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        DatasetReader.Result r = DatasetReader.create().read(new ByteArrayInputStream(bytes), "big.json");
        assertEquals(n, r.dataset().people().size());
        assertEquals(n, r.sections().get("people").accepted());
        assertEquals(1, r.problems().size());
        var at = r.problems().get(0).location();
        assertEquals(3 + n + 1, at.line());
        assertEquals(31, at.column()); // the 7, after two spaces and {"id": "P-bad", "fullName":
        assertEquals("P-bad", at.recordId().orElseThrow());
        assertEquals("$.people[" + n + "].fullName", at.path().orElseThrow());
    }

    @Test
    void aRecordOnAVeryLongLineIsLocatedInCodePoints() throws IOException {
        StringBuilder doc = new StringBuilder(HEAD);
        int n = 5_000; // one line of ~300 KB of records with Vietnamese text
        for (int i = 0; i < n; i++) {
            doc.append(String.format(PERSON, i, i)).append(", ");
        }
        int column = doc.codePointCount(doc.lastIndexOf("\n") + 1, doc.length()) + 1;
        doc.append("{\"id\": \"P-bad\", \"fullName\": \"A\", \"x\": 1}]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(doc.toString().getBytes(StandardCharsets.UTF_8));
        DatasetReader.Result r = DatasetReader.create().read(new ByteArrayInputStream(out.toByteArray()), "l.json");
        assertEquals(n, r.dataset().people().size());
        assertEquals(1, r.problems().size());
        assertEquals(Reason.UNKNOWN_FIELD, r.problems().get(0).reason());
        assertEquals(3, r.problems().get(0).location().line());
        // The same record alone at the start of a line: the problem lies as far into the record.
        String alone = HEAD + "\n{\"id\": \"P-bad\", \"fullName\": \"A\", \"x\": 1}]}";
        long inRecord = DatasetReader.create().read(new ByteArrayInputStream(alone.getBytes(StandardCharsets.UTF_8)),
                "s.json").problems().get(0).location().column() - 1;
        assertTrue(inRecord > 0, "column in the record " + inRecord);
        assertEquals(column + inRecord, r.problems().get(0).location().column());
    }
}
