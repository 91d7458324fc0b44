package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/schema/rule-settings-1.0.schema.json in step with {@link RuleSettings}: the members
 * of each object are the reader's, the enums are the Java constants, every standard rule id fits
 * the severity key pattern, and the written defaults and a file of every member fit the schema.
 */
class RuleSettingsSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema() throws IOException {
        return JSON.readTree(Path.of("..", "docs", "schema", "rule-settings-1.0.schema.json").toFile());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        out.remove(RuleSettings.COMMENT);
        return out;
    }

    private static Set<String> constants(JsonNode enumNode) {
        Set<String> out = new TreeSet<>();
        enumNode.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static <E extends Enum<E>> Set<String> constants(Class<E> type) {
        Set<String> out = new TreeSet<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out;
    }

    @Test
    void theSchemaDeclaresWhatTheReaderAccepts() throws IOException {
        JsonNode s = schema();
        JsonNode top = s.get("properties");
        assertEquals(new TreeSet<>(RuleSettings.TOP), names(top));
        assertEquals(RuleSettings.FORMAT, top.get("format").get("const").asText());
        assertEquals(RuleSettings.VERSION, top.get("version").get("const").asText());
        for (Map.Entry<String, List<String>> e : RuleSettings.objects().entrySet()) {
            if (!e.getKey().equals("$")) {
                JsonNode o = top.get(e.getKey());
                assertEquals("object", o.get("type").asText(), e.getKey());
                assertEquals(false, o.get("additionalProperties").asBoolean(), e.getKey());
                assertEquals(new TreeSet<>(e.getValue()), names(o.get("properties")), e.getKey());
            }
        }
        assertEquals(constants(HdndChairArrangement.class), constants(s.get("$defs").get("HdndChairArrangement").get("enum")));
        assertEquals(constants(Severity.class), constants(s.get("$defs").get("Severity").get("enum")));
        assertEquals(constants(DueDateBasis.class), constants(top.get("timelinessDueDate").get("enum")));
        Pattern ruleId = Pattern.compile(top.get("severities").get("propertyNames").get("pattern").asText());
        for (RuleInfo r : Rules.standard()) {
            assertTrue(ruleId.matcher(r.id()).matches(), r.id());
        }
    }

    @Test
    void writtenSettingsFitTheSchema() throws IOException {
        JsonNode s = schema();
        for (String doc : List.of(RuleSettings.toJson(RuleParameters.defaults()),
                RuleSettings.toJson(RuleSettings.parse(RuleSettingsTest.EVERY_FIELD, "every.json",
                        RuleParameters.defaults())))) {
            List<String> problems = new ArrayList<>();
            fits(s, s, JSON.readTree(doc), "$", problems);
            assertEquals(List.of(), problems, doc);
        }
    }

    /** A small checker for the keywords this schema uses. */
    private static void fits(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            fits(root, root.get("$defs").get(ref.substring(ref.lastIndexOf('/') + 1)), value, at, problems);
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(at + ": not the const");
        }
        if (schema.has("enum") && !constants(schema.get("enum")).contains(value.asText())) {
            problems.add(at + ": not in the enum: " + value);
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            problems.add(at + ": does not match the pattern: " + value);
        }
        String type = schema.has("type") ? schema.get("type").asText() : "";
        switch (type) {
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + ": not an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + ": not a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": not a boolean");
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(at + ": not a string");
                }
            }
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + ": not an object");
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String here = at + "." + e.getKey();
                    if (schema.has("propertyNames")) {
                        fits(root, schema.get("propertyNames"), JSON.getNodeFactory().textNode(e.getKey()), here, problems);
                    }
                    if (schema.has("properties") && schema.get("properties").has(e.getKey())) {
                        fits(root, schema.get("properties").get(e.getKey()), e.getValue(), here, problems);
                    } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                        fits(root, schema.get("additionalProperties"), e.getValue(), here, problems);
                    } else if (schema.has("additionalProperties")) {
                        problems.add(here + ": not declared");
                    }
                }
                if (schema.has("required")) {
                    schema.get("required").forEach(r -> {
                        if (!value.has(r.asText())) {
                            problems.add(at + ": missing " + r.asText());
                        }
                    });
                }
            }
            default -> {
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.doubleValue() < schema.get("minimum").doubleValue()) {
                problems.add(at + ": below the minimum");
            }
            if (schema.has("maximum") && value.doubleValue() > schema.get("maximum").doubleValue()) {
                problems.add(at + ": above the maximum");
            }
        }
    }
}
