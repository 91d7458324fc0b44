package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import org.haicap.core.calendar.TimeLimit;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.money.Payment;
import org.haicap.core.money.PaymentChannel;
import org.haicap.core.money.PaymentKind;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.party.Committee;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.Decision;
import org.haicap.core.people.PartyMembership;
import org.haicap.core.people.Person;
import org.haicap.core.people.Post;
import org.haicap.core.people.PostRole;
import org.haicap.core.procedures.AdministrativeLevel;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.Fee;
import org.haicap.core.procedures.FeeKind;
import org.haicap.core.procedures.OnlineLevel;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.testing.PaymentArbitraries;
import org.haicap.core.testing.ProcedureArbitraries;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/schema in step with the code: generated instances are checked against the schemas
 * (every emitted member declared, every required member emitted, enum values and patterns), the
 * enum lists equal the Java constants, and each record's declared members are its components.
 */
class SchemaTest {
    private static final Path DIR = Path.of("..", "docs", "schema");
    private static final ObjectMapper JSON = HaicapJson.newMapper();

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("Sex", CitizenId.Sex.class), Map.entry("PostRole", PostRole.class),
            Map.entry("PartyOrganisationKind", PartyOrganisation.Kind.class),
            Map.entry("CommitteeKind", Committee.Kind.class),
            Map.entry("ReportDraftStatus", Congress.ReportDraftStatus.class),
            Map.entry("SealPurpose", Seal.Purpose.class), Map.entry("AdministrativeLevel", AdministrativeLevel.class),
            Map.entry("OnlineLevel", OnlineLevel.class), Map.entry("Channel", Channel.class),
            Map.entry("TimeLimitUnit", TimeLimit.Unit.class), Map.entry("FeeKind", FeeKind.class),
            Map.entry("ServicePointKind", ServicePoint.Kind.class), Map.entry("DossierStatus", DossierStatus.class),
            Map.entry("PaymentKind", PaymentKind.class), Map.entry("PaymentChannel", PaymentChannel.class),
            Map.entry("PaymentStatus", PaymentStatus.class),
            Map.entry("FeeBasisKind", org.haicap.core.party.FeeBasisKind.class),
            Map.entry("FeeExemption", org.haicap.core.party.FeeExemption.class),
            Map.entry("WageRegion", org.haicap.core.party.WageRegion.class));

    private static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("DatasetInfo", DatasetInfo.class), Map.entry("PartyMembership", PartyMembership.class),
            Map.entry("Person", Person.class), Map.entry("Post", Post.class), Map.entry("Decision", Decision.class),
            Map.entry("Appointment", Appointment.class), Map.entry("PartyOrganisation", PartyOrganisation.class),
            Map.entry("Committee", Committee.class), Map.entry("CongressDates", Congress.Dates.class),
            Map.entry("Congress", Congress.class), Map.entry("Seal", Seal.class),
            Map.entry("TimeLimit", TimeLimit.class), Map.entry("Fee", Fee.class), Map.entry("Procedure", Procedure.class),
            Map.entry("ServicePoint", ServicePoint.class), Map.entry("StatusChange", StatusChange.class),
            Map.entry("Dossier", Dossier.class), Map.entry("Payment", Payment.class),
            Map.entry("PartyFee", PaymentSubject.PartyFee.class), Map.entry("DossierFee", PaymentSubject.DossierFee.class),
            Map.entry("Other", PaymentSubject.Other.class),
            Map.entry("FeeBasisEntry", org.haicap.core.party.FeeBasisEntry.class),
            Map.entry("FeeReduction", org.haicap.core.party.FeeReduction.class));

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(DIR.resolve(name).toFile());
    }

    @Test
    void generatedDatasetsConformToTheDatasetSchema() throws IOException {
        JsonNode root = schema("haicap-dataset-1.0.schema.json");
        for (Dataset d : samples(Datasets.datasets(), 15)) {
            check(JSON.readTree(DatasetWriter.toBytes(d)), root, root, "$");
        }
    }

    @Test
    void generatedDossiersConformToTheDossierSchema() throws IOException {
        JsonNode root = schema("dossier-1.0.schema.json");
        for (Dossier d : samples(ProcedureArbitraries.dossiers(), 150)) {
            check(JSON.valueToTree(d), root, root, "$");
        }
    }

    @Test
    void generatedPaymentsConformToThePaymentSchema() throws IOException {
        JsonNode root = schema("payment-1.0.schema.json");
        for (Payment p : samples(PaymentArbitraries.payments(), 150)) {
            check(JSON.valueToTree(p), root, root, "$");
        }
    }

    @Test
    void generatedFeeBasesConformToTheFeeBasisSchema() throws IOException {
        JsonNode root = schema("fee-basis-1.0.schema.json");
        for (org.haicap.core.party.FeeBasisEntry e : samples(org.haicap.core.testing.FeeBasisArbitraries.entries(), 150)) {
            check(JSON.valueToTree(e), root, root, "$");
        }
    }

    @Test
    void enumListsAreTheJavaConstantsInOrder() throws IOException {
        for (String file : List.of("haicap-dataset-1.0.schema.json", "dossier-1.0.schema.json", "payment-1.0.schema.json",
                "fee-basis-1.0.schema.json")) {
            Iterator<Map.Entry<String, JsonNode>> defs = schema(file).get("$defs").fields();
            while (defs.hasNext()) {
                Map.Entry<String, JsonNode> def = defs.next();
                if (def.getValue().has("enum")) {
                    Class<? extends Enum<?>> type = ENUMS.get(def.getKey());
                    assertTrue(type != null, file + ": no Java enum mapped for " + def.getKey());
                    List<String> names = new ArrayList<>();
                    def.getValue().get("enum").forEach(n -> names.add(n.asText()));
                    assertEquals(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), names,
                            file + " " + def.getKey());
                }
            }
        }
    }

    @Test
    void recordDefinitionsDeclareExactlyTheComponentsAndRefuseOthers() throws IOException {
        for (String file : List.of("haicap-dataset-1.0.schema.json", "dossier-1.0.schema.json", "payment-1.0.schema.json",
                "fee-basis-1.0.schema.json")) {
            Iterator<Map.Entry<String, JsonNode>> defs = schema(file).get("$defs").fields();
            while (defs.hasNext()) {
                Map.Entry<String, JsonNode> def = defs.next();
                if (!def.getValue().has("properties")) {
                    continue;
                }
                String where = file + " " + def.getKey();
                Class<?> type = RECORDS.get(def.getKey());
                assertTrue(type != null, where + ": no Java record mapped");
                assertEquals(false, def.getValue().path("additionalProperties").asBoolean(true), where);
                Set<String> declared = new TreeSet<>();
                def.getValue().get("properties").fieldNames().forEachRemaining(declared::add);
                Set<String> required = new TreeSet<>();
                def.getValue().get("required").forEach(n -> required.add(n.asText()));
                Set<String> components = new TreeSet<>();
                Set<String> needed = new TreeSet<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    components.add(c.getName());
                    if (c.getType() != Optional.class) {
                        needed.add(c.getName());
                    }
                }
                if (PaymentSubject.class.isAssignableFrom(type)) {
                    components.add("type");
                    needed.add("type");
                }
                assertEquals(components, declared, where + " members");
                assertEquals(needed, required, where + " required");
            }
        }
    }

    private static <T> List<T> samples(Arbitrary<T> a, int n) {
        return a.sampleStream().limit(n).toList();
    }

    /** A structural check of {@code node} against {@code s}: the subset of JSON Schema the schemas use. */
    private static void check(JsonNode node, JsonNode s, JsonNode root, String path) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            check(node, root.at(ref.substring(1)), root, path);
            if (s.size() == 1) {
                return;
            }
        }
        if (s.has("oneOf")) {
            int matches = 0;
            List<String> why = new ArrayList<>();
            for (JsonNode branch : s.get("oneOf")) {
                try {
                    check(node, branch, root, path);
                    matches++;
                } catch (AssertionError e) {
                    why.add(e.getMessage());
                }
            }
            assertEquals(1, matches, path + ": oneOf " + why);
        }
        if (s.has("const")) {
            assertEquals(s.get("const"), node, path);
        }
        if (s.has("enum")) {
            Set<JsonNode> allowed = new LinkedHashSet<>();
            s.get("enum").forEach(allowed::add);
            assertTrue(allowed.contains(node), path + ": " + node + " not in " + allowed);
        }
        String type = s.path("type").asText("");
        switch (type) {
            case "object" -> object(node, s, root, path);
            case "array" -> {
                assertTrue(node.isArray(), path + ": expected an array, got " + node);
                for (int i = 0; i < node.size(); i++) {
                    if (s.has("items")) {
                        check(node.get(i), s.get("items"), root, path + "[" + i + "]");
                    }
                }
                if (s.has("minItems")) {
                    assertTrue(node.size() >= s.get("minItems").asInt(), path);
                }
            }
            case "string" -> {
                assertTrue(node.isTextual(), path + ": expected a string, got " + node);
                if (s.has("pattern")) {
                    assertTrue(Pattern.compile(s.get("pattern").asText()).matcher(node.asText()).find(),
                            path + ": " + node + " does not match " + s.get("pattern"));
                }
                if (s.has("minLength")) {
                    assertTrue(node.asText().codePointCount(0, node.asText().length()) >= s.get("minLength").asInt(),
                            path);
                }
            }
            case "integer" -> {
                assertTrue(node.isIntegralNumber(), path + ": expected an integer, got " + node);
                if (s.has("minimum")) {
                    assertTrue(node.asLong() >= s.get("minimum").asLong(), path + ": below minimum: " + node);
                }
            }
            case "boolean" -> assertTrue(node.isBoolean(), path + ": expected a boolean, got " + node);
            case "" -> {
                // $ref, oneOf or const only
            }
            default -> fail(path + ": type " + type + " is not handled by this check");
        }
    }

    private static void object(JsonNode node, JsonNode s, JsonNode root, String path) {
        assertTrue(node.isObject(), path + ": expected an object, got " + node);
        JsonNode props = s.path("properties");
        JsonNode additional = s.path("additionalProperties");
        node.fields().forEachRemaining(f -> {
            String p = path + "." + f.getKey();
            if (props.has(f.getKey())) {
                check(f.getValue(), props.get(f.getKey()), root, p);
            } else if (additional.isObject()) {
                if (s.has("propertyNames")) {
                    check(JSON.getNodeFactory().textNode(f.getKey()), s.get("propertyNames"), root, p + " (name)");
                }
                check(f.getValue(), additional, root, p);
            } else {
                fail(p + ": emitted but not declared in the schema");
            }
        });
        s.path("required").forEach(r -> assertTrue(node.has(r.asText()), path + ": required " + r + " not emitted"));
    }
}
