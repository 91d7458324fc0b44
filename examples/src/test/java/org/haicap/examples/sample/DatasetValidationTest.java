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
    void vacantCommitteeSeatsAreWarningsWithTheArticlesSeatMeasures() {
        // the size rules judge planned seats (27-33, 10-11): no size warning; the seats and the
        // appointed members are judged by their own rules, warnings with the article's measures
        assertEquals(Map.of(Rules.COMMUNE_EXECUTIVE_SEATS.id(), 126L, Rules.COMMUNE_STANDING_SEATS.id(), 126L,
                Rules.COMMUNE_EXECUTIVE_APPOINTED.id(), 126L, Rules.COMMUNE_STANDING_APPOINTED.id(), 87L),
                bySeverity(Severity.WARNING));
        assertEquals(new Measure(2_552, 4_076), result.measure(Rules.COMMUNE_EXECUTIVE_SEATS.id()).orElseThrow());
        assertEquals(new Measure(1_047, 1_356), result.measure(Rules.COMMUNE_STANDING_SEATS.id()).orElseThrow());
        // 39 units have 9 Ban Thường vụ members, 87 have 8
        assertEquals(new Measure(39, 126), result.measure(Rules.COMMUNE_STANDING_APPOINTED.id()).orElseThrow());
        assertEquals(new Measure(0, 126), result.measure(Rules.COMMUNE_EXECUTIVE_APPOINTED.id()).orElseThrow());
        assertEquals(new Measure(126, 126), result.measure(Rules.COMMUNE_STANDING_COMMITTEE.id()).orElseThrow());
        // the unit without its Phó Bí thư kiêm Chủ tịch UBND has no Chủ tịch UBND either: one vacancy,
        // the error is the Phó Bí thư's, the chair's rule says so at INFO and counts the unit as failed
        assertEquals(Map.of(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id(), 1L), bySeverity(Severity.INFO));
        assertEquals(new Measure(125, 126), result.measure(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id()).orElseThrow());
        assertEquals(new Measure(126, 126), result.measure(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id()).orElseThrow());
        assertEquals(new Measure(126, 126), result.measure(Rules.DATASET_UNIT_EXISTS.id()).orElseThrow());
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
    void withEveryChairAppointmentDeletedTheVacanciesAreErrors() throws Exception {
        org.haicap.core.json.DatasetReader.Result read = Inputs.sample(HanoiSampleGenerator.NAME).readDataset();
        org.haicap.core.dataset.Dataset ds = read.dataset();
        java.util.List<org.haicap.core.people.Appointment> kept = ds.appointments().stream()
                .filter(a -> ds.post(a.post()).map(p -> p.role() != org.haicap.core.people.PostRole.COUNCIL_CHAIR
                        && p.role() != org.haicap.core.people.PostRole.COMMITTEE_CHAIR).orElse(true))
                .toList();
        assertEquals(ds.appointments().size() - 126 - 125, kept.size());
        org.haicap.core.dataset.Dataset without = org.haicap.core.dataset.Dataset.builder(ds.info()).units(ds.units())
                .people(ds.people()).posts(ds.posts()).appointments(kept).organisations(ds.organisations())
                .committees(ds.committees()).congresses(ds.congresses()).seals(ds.seals()).procedures(ds.procedures())
                .servicePoints(ds.servicePoints()).build();
        ValidationResult r = org.haicap.validation.rules.DatasetValidator.standard().validate(without,
                LocalDate.of(2025, 7, 15));
        // the arrangement rules pass (nobody holds a chair the wrong way); the vacancy rules do not
        assertEquals(new Measure(126, 126), r.measure(Rules.COMMUNE_COUNCIL_CHAIR.id()).orElseThrow());
        assertEquals(126, r.rules().get(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id()).errors());
        assertEquals(new Measure(0, 126), r.measure(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id()).orElseThrow());
        assertEquals(125, r.rules().get(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id()).errors());
        assertEquals(1, r.rules().get(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id()).infos());
        assertEquals(new Measure(0, 126), r.measure(Rules.COMMUNE_VACANCY_COMMITTEE_CHAIR.id()).orElseThrow());
        assertTrue(r.findings(Rules.COMMUNE_VACANCY_COUNCIL_CHAIR.id()).get(0).messageVi()
                .contains("chưa có Chủ tịch HĐND"));
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
        assertEquals(465, json.get("warnings").asLong());
        assertEquals(1, json.get("infos").asLong());
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
