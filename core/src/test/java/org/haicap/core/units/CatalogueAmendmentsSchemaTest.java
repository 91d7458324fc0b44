package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/schema/catalogue-amendments-1.0.schema.json in step with the reader: the members it
 * declares are the ones the reader accepts, the reserved change kinds are refused by both, the
 * resolution pattern is the reader's, and the shipped file fits the schema's members and patterns.
 */
class CatalogueAmendmentsSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema() throws IOException {
        return JSON.readTree(Path.of("..", "docs", "schema", "catalogue-amendments-1.0.schema.json").toFile());
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSchemaDeclaresWhatTheReaderAccepts() throws IOException {
        JsonNode s = schema();
        assertEquals(new TreeSet<>(CatalogueAmendments.TOP), names(s.get("properties")));
        assertEquals(CatalogueAmendments.FORMAT, s.get("properties").get("format").get("const").asText());
        assertEquals(CatalogueAmendments.VERSION, s.get("properties").get("version").get("const").asText());
        JsonNode entry = s.get("$defs").get("Amendment").get("properties");
        assertEquals(new TreeSet<>(CatalogueAmendments.ENTRY), names(entry));
        assertEquals("^" + CatalogueAmendment.RESOLUTION_PATTERN.pattern() + "$", entry.get("resolution").get("pattern").asText());
        JsonNode change = s.get("$defs").get("Change").get("properties");
        Set<String> declared = names(change);
        Set<String> reserved = new TreeSet<>();
        for (Iterator<String> it = change.fieldNames(); it.hasNext();) {
            String n = it.next();
            if (change.get(n).has("not")) {
                reserved.add(n);
            }
        }
        assertEquals(new TreeSet<>(CatalogueAmendments.NOT_YET), reserved);
        declared.removeAll(reserved);
        assertEquals(new TreeSet<>(CatalogueAmendments.CHANGE), declared);
        Set<String> types = new TreeSet<>();
        change.get("type").get("properties").get("to").get("enum").forEach(t -> types.add(t.asText()));
        Set<String> expected = new TreeSet<>();
        for (UnitType t : UnitType.values()) {
            expected.add(t.vietnamese());
            expected.add(t.name());
        }
        for (ProvinceType t : ProvinceType.values()) {
            expected.add(t.vietnamese());
            expected.add(t.name());
        }
        assertEquals(expected, types);
    }

    @Test
    void theShippedFileFitsTheSchema() throws IOException {
        JsonNode s = schema();
        JsonNode file;
        try (InputStream in = CatalogueAmendments.class.getResourceAsStream(CatalogueAmendments.SHIPPED_RESOURCE)) {
            file = JSON.readTree(in);
        }
        assertTrue(names(s.get("properties")).containsAll(names(file)));
        Pattern resolution = Pattern.compile(s.get("$defs").get("Amendment").get("properties").get("resolution")
                .get("pattern").asText());
        Set<String> entryNames = names(s.get("$defs").get("Amendment").get("properties"));
        Set<String> changeNames = names(s.get("$defs").get("Change").get("properties"));
        for (JsonNode a : file.get("amendments")) {
            assertTrue(entryNames.containsAll(names(a)), a.toString());
            assertTrue(resolution.matcher(a.get("resolution").asText()).matches(), a.get("resolution").asText());
            for (JsonNode c : a.get("changes")) {
                assertTrue(changeNames.containsAll(names(c)), c.toString());
            }
        }
    }
}
