package org.haicap.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.haicap.validation.Measure;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetValidationTest {

    static DatasetValidation.Outcome outcome;
    static ValidationResult result;
    static String progress;

    @BeforeAll
    static void validateTheSample() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        outcome = DatasetValidation.run(Inputs.sample(HanoiSampleGenerator.NAME), LocalDate.of(2025, 7, 15),
                RuleParameters.defaults(), 5, new PrintStream(err, true, StandardCharsets.UTF_8));
        result = outcome.result();
        progress = err.toString(StandardCharsets.UTF_8);
    }

    static Map<String, Long> bySeverity(Severity s) {
        Map<String, Long> out = new TreeMap<>();
        result.rules().forEach((id, r) -> {
            if (r.count(s) > 0) {
                out.put(id, r.count(s));
            }
        });
        return out;
    }

    @Test
    void theErrorsAreExactlyTheGapsOfTheArticle() {
        assertEquals(Map.of(Rules.COMMUNE_SECRETARY.id(), 1L, Rules.COMMUNE_DEPUTY_SECRETARIES.id(), 1L,
                Rules.COMMUNE_COUNCIL_VICE_CHAIR.id(), 1L, Rules.COMMUNE_COMMITTEE_VICE_CHAIRS.id(), 12L),
                bySeverity(Severity.ERROR));
        assertEquals(new Measure(125, 126), result.measure(Rules.COMMUNE_SECRETARY.id()).orElseThrow());
        assertEquals(new Measure(125, 126), result.measure(Rules.COMMUNE_DEPUTY_SECRETARIES.id()).orElseThrow());
        assertEquals(new Measure(114, 126), result.measure(Rules.COMMUNE_COMMITTEE_VICE_CHAIRS.id()).orElseThrow());
    }

    @Test
    void vacantCommitteeSeatsAreNoSizeWarning() {
        // 1.047 members for 1.356 planned seats: the committees plan 10-11 seats, the rest are vacancies
        assertEquals(Map.of(), bySeverity(Severity.WARNING));
        assertEquals(Map.of(), bySeverity(Severity.INFO));
    }

    @Test
    void theShippedFeeBasesLetEveryPartyFeeBeChecked() {
        assertEquals(0, result.notChecked(Rules.PAYMENT_PARTY_FEE.id()).count());
        assertEquals(new Measure(42_317, 42_317), result.measure(Rules.PAYMENT_PARTY_FEE.id()).orElseThrow());
        // June is the only month judged (the bases start 2025-06): 4.183 members did not pay it, under 3 months
        assertEquals(new Measure(23_500, 23_500), result.measure(Rules.PARTY_FEE_UNPAID_MONTHS.id()).orElseThrow());
        assertEquals(new Measure(375, 375), result.measure(Rules.PARTY_SEAL_ENTITLEMENT.id()).orElseThrow());
    }

    @Test
    void everyRowWasRead() {
        assertEquals(new Measure(67_662, 67_662), result.measure(Rules.DOSSIER_UNIT.id()).orElseThrow());
        assertEquals(new Measure(42_817, 42_817), result.measure(Rules.PAYMENT_REFERENCES.id()).orElseThrow());
        assertEquals(1, progress.lines().count(), progress);
        assertEquals(new DatasetValidation.RowCount(67_662, 0), outcome.dossiers());
        assertEquals(new DatasetValidation.RowCount(42_817, 0), outcome.payments());
    }

    @Test
    void jsonSaysTheRowsReadAcceptedAndRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetValidation.writeJson(outcome, 2, out);
        JsonNode rows = new ObjectMapper().readTree(out.toByteArray()).get("rows");
        assertEquals(67_662, rows.get("dossiers").get("read").asLong());
        assertEquals(67_662, rows.get("dossiers").get("accepted").asLong());
        assertEquals(0, rows.get("dossiers").get("refused").asLong());
        assertEquals(42_817, rows.get("payments").get("read").asLong());
        assertEquals(0, rows.get("payments").get("refused").asLong());
    }

    @Test
    void jsonCarriesCountsMeasuresAndSamples() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetValidation.writeJson(result, 2, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(15, json.get("errors").asLong());
        assertEquals(0, json.get("warnings").asLong());
        JsonNode vice = null;
        for (JsonNode r : json.get("rules")) {
            if (r.get("rule").asText().equals(Rules.COMMUNE_COMMITTEE_VICE_CHAIRS.id())) {
                vice = r;
            }
        }
        assertEquals(114, vice.get("measure").get("passed").asLong());
        assertEquals(2, vice.get("samples").size());
        assertTrue(vice.get("samples").get(0).get("en").asText().contains("Vice-Chair"), vice.toString());
    }
}
