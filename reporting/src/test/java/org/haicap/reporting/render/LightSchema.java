package org.haicap.reporting.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A light structural check of a JSON document against the subset of JSON Schema 2020-12 that
 * {@code docs/report-json-schema.json} uses: {@code $ref} (local), {@code type},
 * {@code required}, {@code properties}, {@code additionalProperties: false}, {@code enum},
 * {@code const}, {@code items}, {@code minItems}, {@code oneOf}, {@code not}, {@code dependentRequired},
 * {@code minimum}, {@code maximum}, {@code minLength}, {@code pattern}. Enough to catch a
 * renderer drifting from its schema; not a general validator.
 */
final class LightSchema {
    private final JsonNode root;

    LightSchema(JsonNode root) {
        this.root = root;
    }

    List<String> errors(JsonNode doc) {
        List<String> errors = new ArrayList<>();
        check(root, doc, "$", errors);
        return errors;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local refs: " + ref);
        }
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) {
            n = n.get(part);
            if (n == null) {
                throw new IllegalArgumentException("dangling ref " + ref);
            }
        }
        return n;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), v, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type").asText(), v)) {
            errors.add(path + ": expected " + schema.get("type").asText() + ", got " + v.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(v)) {
            errors.add(path + ": expected const " + schema.get("const") + ", got " + v);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": " + v + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && v.isNumber() && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(path + ": below minimum");
        }
        if (schema.has("maximum") && v.isNumber() && v.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            errors.add(path + ": above maximum");
        }
        if (schema.has("minLength") && v.isTextual() && v.asText().length() < schema.get("minLength").asInt()) {
            errors.add(path + ": too short");
        }
        if (schema.has("pattern") && v.isTextual() && !v.asText().matches(schema.get("pattern").asText())) {
            errors.add(path + ": does not match " + schema.get("pattern").asText());
        }
        if (schema.has("not")) {
            List<String> sub = new ArrayList<>();
            check(schema.get("not"), v, path, sub);
            if (sub.isEmpty()) {
                errors.add(path + ": matches a 'not' schema");
            }
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            List<String> all = new ArrayList<>();
            for (JsonNode alt : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(alt, v, path, sub);
                if (sub.isEmpty()) {
                    matches++;
                } else {
                    all.addAll(sub);
                }
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf" + (matches == 0 ? " " + all : ""));
            }
        }
        if (v.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asText())) {
                        errors.add(path + ": missing required " + r.asText());
                    }
                }
            }
            if (schema.has("dependentRequired")) {
                for (Map.Entry<String, JsonNode> d : schema.get("dependentRequired").properties()) {
                    for (JsonNode r : d.getValue()) {
                        if (v.has(d.getKey()) && !v.has(r.asText())) {
                            errors.add(path + ": " + d.getKey() + " requires " + r.asText());
                        }
                    }
                }
            }
            JsonNode props = schema.get("properties");
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (props != null && props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), path + "." + e.getKey(), errors);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                    errors.add(path + ": unexpected member " + e.getKey());
                }
            }
        }
        if (v.isArray()) {
            if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems").asInt() + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
                }
            }
        }
    }

    private static boolean typeMatches(String type, JsonNode v) {
        switch (type) {
            case "object":
                return v.isObject();
            case "array":
                return v.isArray();
            case "string":
                return v.isTextual();
            case "integer":
                return v.isIntegralNumber();
            case "number":
                return v.isNumber();
            case "null":
                return v.isNull();
            case "boolean":
                return v.isBoolean();
            default:
                throw new IllegalArgumentException("unknown type " + type);
        }
    }
}
