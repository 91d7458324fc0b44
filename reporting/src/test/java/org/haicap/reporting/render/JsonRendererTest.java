package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA = Path.of("..", "docs", "report-json-schema.json");

    private static JsonNode schema() throws Exception {
        return MAPPER.readTree(Files.readString(SCHEMA));
    }

    private static JsonNode render(Report r, Language l) throws Exception {
        return MAPPER.readTree(ReportRenderers.json().renderToString(r, l));
    }

    @Test
    void everyReportConformsToThePublishedSchema() throws Exception {
        LightSchema s = new LightSchema(schema());
        for (Report r : List.of(SmallReport.build(), HanoiSeedReport.build(), Hostile.build())) {
            for (Language l : Language.values()) {
                assertEquals(List.of(), s.errors(render(r, l)));
            }
        }
    }

    @Test
    void theCheckCatchesDrift() throws Exception {
        LightSchema s = new LightSchema(schema());
        ObjectNode doc = (ObjectNode) render(SmallReport.build(), Language.VI);
        doc.remove("asOf");
        ((ObjectNode) doc.get("sections").get(0).get("indicators").get(0)).put("kind", "gauge");
        ((ObjectNode) doc.get("sections").get(0).get("indicators").get(1)).put("numerator", -1);
        ((ObjectNode) doc.get("sections").get(1).get("indicators").get(8)).remove("printedValue");
        ((ObjectNode) doc.get("sections").get(1).get("indicators").get(8)).put("roundedDownTo", 0);
        List<String> errors = s.errors(doc);
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing required asOf")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("indicators[0]: matches 0 of oneOf")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("indicators[1]: matches 0 of oneOf")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("indicators[8]: matches 0 of oneOf")
                && e.contains("roundedDownTo requires printedValue") && e.contains("roundedDownTo: below minimum")),
                errors.toString());
    }

    @Test
    void kindsMatchTheSchemaEnum() throws Exception {
        Set<String> schemaKinds = new HashSet<>();
        for (JsonNode alt : schema().at("/$defs/indicator/oneOf")) {
            schemaKinds.add(schema().at(alt.get("$ref").asText().substring(1) + "/properties/kind/const").asText());
        }
        assertEquals(Set.of("ratio", "count", "share", "change", "table", "bar_chart", "progress_chart"), schemaKinds);
        Set<String> written = new HashSet<>();
        render(SmallReport.build(), Language.VI).findValues("kind").forEach(k -> written.add(k.asText()));
        assertEquals(schemaKinds, written);
    }

    @Test
    void plainMachineNumbersAndIsoDates() throws Exception {
        JsonNode doc = render(SmallReport.build(), Language.EN);
        assertEquals("en", doc.get("language").asText());
        assertEquals("2025-06-28", doc.at("/period/start").asText());
        assertEquals("2025-07-14", doc.get("asOf").asText());
        JsonNode ratio = doc.at("/sections/0/indicators/0");
        assertEquals(2552, ratio.get("numerator").asLong());
        assertEquals("62.6", ratio.get("percent").decimalValue().toPlainString());
        assertEquals("20.12", doc.at("/sections/0/indicators/2/percent").decimalValue().toPlainString());
        JsonNode zero = doc.at("/sections/0/indicators/3");
        assertFalse(zero.has("percent"), "no percent when N = 0");
        assertEquals(1_900_000, doc.at("/sections/1/indicators/5/value").asLong());
        assertEquals("more_than", doc.at("/sections/1/indicators/5/qualifier").asText());
        assertFalse(doc.at("/sections/1/indicators/5").has("roundedDownTo"));
        JsonNode rounded = doc.at("/sections/1/indicators/8");
        assertEquals(67_662, rounded.get("value").asLong());
        assertEquals("exact", rounded.get("qualifier").asText());
        assertEquals(1000, rounded.get("roundedDownTo").asLong());
        assertEquals(67_000, rounded.get("printedValue").asLong());
        assertEquals("more_than", rounded.get("printedQualifier").asText());
        assertEquals("2025-07-03", doc.at("/sections/1/indicators/6/rows/0/4").asText());
        assertTrue(doc.at("/sections/1/indicators/6/rows/1/3").isNull());
        assertTrue(Files.readString(SCHEMA).contains("\"const\": \"" + JsonRenderer.SCHEMA_VERSION + "\""));
    }
}
