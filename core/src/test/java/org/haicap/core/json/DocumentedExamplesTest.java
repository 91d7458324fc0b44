package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.haicap.core.io.CsvReader;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.money.Payment;
import org.haicap.core.procedures.Dossier;
import org.junit.jupiter.api.Test;

/** The examples of docs/interchange-format.md section 7 are read as the document says. */
class DocumentedExamplesTest {
    private static final String DOC = read();

    private static String read() {
        try {
            return Files.readString(Path.of("..", "docs", "interchange-format.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String lineStarting(String prefix) {
        return DOC.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theJsonLinesExamplesAreAccepted() {
        assertTrue(JsonLinesReader.of(Dossier.class).readLine(lineStarting("{\"code\":\"H26"),
                org.haicap.core.io.SourceLocation.of("doc", 1, 1)) instanceof org.haicap.core.io.RowResult.Accepted);
        assertTrue(JsonLinesReader.of(Payment.class).readLine(lineStarting("{\"id\":\"TT-2\""),
                org.haicap.core.io.SourceLocation.of("doc", 1, 1)) instanceof org.haicap.core.io.RowResult.Accepted);
    }

    @Test
    void theFeeBasisExamplesAreAccepted() throws IOException {
        String lines = DOC.lines().filter(l -> l.startsWith("{\"member\":\"DV-"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        FeeBasisReader.Result r = FeeBasisReader.create().read(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "doc.jsonl");
        assertTrue(r.clean(), r.problems().toString());
        assertEquals(3, r.summary().accepted());
    }

    @Test
    void theCsvExampleIsAcceptedAndTheDatasetExampleToo() throws IOException {
        String csv = lineStarting("code,procedure") + "\n" + lineStarting("H26.UBND-250701-0000123,") + "\n";
        List<Dossier> rows = new ArrayList<>();
        ReadSummary s = CsvReader.withHeader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "doc.csv", DossierCsv.mapper(), RowHandler.of((d, at) -> rows.add(d), p -> { }));
        assertEquals(1, s.accepted(), s.toString());
        assertEquals(3, rows.get(0).history().size());

        int start = DOC.indexOf("```json\n{\n  \"format\"") + "```json\n".length();
        String json = DOC.substring(start, DOC.indexOf("```", start));
        DatasetReader.Result r = DatasetReader.create().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "doc.json");
        assertTrue(r.clean());
        assertEquals(3, r.total().accepted());
    }
}
