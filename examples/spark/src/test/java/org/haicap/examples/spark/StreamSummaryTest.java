package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.haicap.core.json.DatasetReader;
import org.haicap.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSummaryTest {

    @Test
    void piecesMergeToTheWholeAndSurviveSerialisation(@TempDir Path dir) throws Exception {
        DemoData.write(dir, 3_000);
        ReportInputs inputs = ReportInputs.of(DatasetReader.create().read(dir.resolve("dataset.json")).dataset(),
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 1));
        StreamSummary whole = LocalReportJob.check(inputs, StreamKind.DOSSIERS, dir.resolve("dossiers.jsonl"));
        StreamSummary empty = StreamSummary.empty(inputs.dossierParameters(), ValidationResult.DEFAULT_SAMPLE_SIZE);
        assertEquals(whole, empty.merge(whole));
        assertEquals(whole, whole.merge(empty));
        assertEquals(3_000, whole.rowsAccepted() + whole.rowsRefused());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(whole);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(whole, in.readObject());
        }
        assertThrows(IllegalArgumentException.class, () -> new StreamSummary(whole.findings(), whole.dossiers(),
                whole.payments(), -1, 0));
    }
}
