package org.haicap.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.StatusChange;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} over the sample's dataset and a dossier file with an illegal status step, an
 * online ACCEPTED → REFUSED and a completion before receipt: each row is judged by the rule that
 * owns it, with its line, and counted; no row is a read problem.
 */
class IllegalDossierFilesTest {

    private static List<Dossier> sampleDossiers(int n) throws IOException {
        List<Dossier> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(IllegalDossierFilesTest.class.getResourceAsStream(
                Inputs.RESOURCES + HanoiSampleGenerator.NAME + "/" + HanoiSampleGenerator.DOSSIERS_FILE))) {
            JsonLinesReader.of(Dossier.class).stream(in, "sample").limit(n).forEach(r -> out.add(
                    ((org.haicap.core.io.RowResult.Accepted<Dossier>) r).row()));
        }
        return out;
    }

    private static Dossier variant(Dossier d, int seq, Channel channel, DossierStatus status,
            Optional<LocalDateTime> completedAt, List<StatusChange> history, boolean full) {
        DossierCode code = DossierCode.parse(d.code().value().substring(0, d.code().value().lastIndexOf('-') + 1)
                + String.format("%04d", 9990 + seq));
        return new Dossier(code, d.procedure(), d.unit(), channel, d.receivedAt(), d.due(), d.revisedDue(), completedAt,
                status, history, full, d.applicant());
    }

    @Test
    void illegalHistoriesAreFindingsOfTheirRulesAndRowsOfTheTotals(@TempDir Path dir) throws IOException {
        List<Dossier> valid = sampleDossiers(3);
        Dossier d = valid.get(0);
        LocalDateTime t = d.receivedAt();
        List<Dossier> rows = new ArrayList<>(valid);
        rows.add(variant(d, 1, Channel.IN_PERSON, DossierStatus.PROCESSED, Optional.empty(),
                List.of(StatusChange.of(t.plusHours(1), DossierStatus.ACCEPTED, DossierStatus.PROCESSED)), true));
        rows.add(variant(d, 2, Channel.ONLINE, DossierStatus.REFUSED, Optional.of(t.plusHours(2)),
                List.of(StatusChange.of(t.plusHours(1), DossierStatus.NEW, DossierStatus.ACCEPTED),
                        StatusChange.of(t.plusHours(2), DossierStatus.ACCEPTED, DossierStatus.REFUSED)), true));
        rows.add(variant(d, 3, Channel.IN_PERSON, DossierStatus.RESULT_RETURNED, Optional.of(t.minusDays(1)),
                List.of(), false));
        Path dossiers = dir.resolve("dossiers.jsonl");
        try (OutputStream out = Files.newOutputStream(dossiers); JsonLinesWriter<Dossier> w = JsonLinesWriter.open(out)) {
            for (Dossier x : rows) {
                w.write(x);
            }
        }
        Path dataset = dir.resolve("dataset.json.gz");
        try (InputStream in = IllegalDossierFilesTest.class.getResourceAsStream(
                Inputs.RESOURCES + HanoiSampleGenerator.NAME + "/" + HanoiSampleGenerator.DATASET_FILE)) {
            Files.copy(in, dataset);
        }
        DatasetValidation.Outcome o = DatasetValidation.run(Inputs.ofFiles(List.of(dataset, dossiers)),
                LocalDate.of(2025, 7, 15), RuleParameters.defaults(), 5,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(new DatasetValidation.RowCount(6, 0), o.dossiers());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetValidation.writeJson(o, 5, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        JsonNode rowsJson = json.get("rows").get("dossiers");
        assertEquals(6, rowsJson.get("read").asLong(), json.toString());
        assertEquals(6, rowsJson.get("accepted").asLong());
        assertEquals(0, rowsJson.get("refused").asLong());
        JsonNode history = null;
        JsonNode completion = null;
        for (JsonNode r : json.get("rules")) {
            String id = r.get("rule").asText();
            assertTrue(!id.startsWith("vn.read.") || r.get("errors").asLong() == 0, r.toString());
            if (id.equals(Rules.DOSSIER_STATUS_HISTORY.id())) {
                history = r;
            } else if (id.equals(Rules.DOSSIER_COMPLETION.id())) {
                completion = r;
            }
        }
        assertEquals(2, history.get("errors").asLong(), history.toString());
        assertEquals(4, history.get("measure").get("passed").asLong());
        assertEquals(6, history.get("measure").get("total").asLong());
        assertEquals(4, history.get("samples").get(0).get("line").asLong());
        assertEquals("history[0].to", history.get("samples").get(0).get("path").asText());
        assertEquals(5, history.get("samples").get(1).get("line").asLong());
        assertEquals("history[1].to", history.get("samples").get(1).get("path").asText());
        assertTrue(history.get("samples").get(1).get("en").asText().contains("ACCEPTED to REFUSED"), history.toString());
        assertEquals(1, completion.get("errors").asLong(), completion.toString());
        assertEquals(6, completion.get("samples").get(0).get("line").asLong());
        assertEquals("completedAt", completion.get("samples").get(0).get("path").asText());
        assertEquals(completion.get("measure").get("total").asLong() - 1, completion.get("measure").get("passed").asLong());
    }
}
