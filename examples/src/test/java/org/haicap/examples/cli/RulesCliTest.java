package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --rules FILE} and {@code validate --print-rules}. */
class RulesCliTest {

    private static final String HEAD = "{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\"";

    private static JsonNode rule(JsonNode result, String id) {
        for (JsonNode r : result.get("rules")) {
            if (r.get("rule").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id + " in " + result);
    }

    @Test
    void printRulesWritesTheDefaultsAsAFileThatReadsBack(@TempDir Path dir) throws Exception {
        Run r = Run.of("validate", "--print-rules").succeeds();
        assertEquals(RuleSettings.toJson(RuleParameters.defaults()), r.out());
        Path f = Files.writeString(dir.resolve("rules.json"), r.out(), StandardCharsets.UTF_8);
        assertEquals(r.out(), Run.of("validate", "--print-rules", "--rules", f.toString()).succeeds().out());
        Files.writeString(f, HEAD + ", \"unpaidFeeMonths\": 6}", StandardCharsets.UTF_8);
        JsonNode printed = Run.of("validate", "--print-rules", "--rules", f.toString()).succeeds().json();
        assertEquals(6, printed.get("unpaidFeeMonths").asInt());
        assertEquals(9, printed.get("standingCommittee").get("min").asInt());
    }

    @Test
    void theRunnerGetsTheSettings(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("rules.json"), HEAD
                + ", \"committeeViceChairs\": {\"byUnit\": {\"00004\": 3}}, \"unpaidFeeMonths\": 5}", StandardCharsets.UTF_8);
        AtomicReference<ValidateCommand.Request> seen = new AtomicReference<>();
        Haicap.Plugins plugins = new Haicap.Plugins(ReportCommand.defaultRunner(), (request, out, err) -> {
            seen.set(request);
            return ValidateCommand.EXIT_VALID;
        });
        Run.with(plugins, "validate", "a.csv", "--rules", f.toString()).succeeds();
        assertEquals(5, seen.get().parameters().unpaidFeeMonths());
        assertEquals(3, seen.get().parameters().committeeViceChairs(UnitCode.of("00004")));
        assertEquals(2, seen.get().parameters().committeeViceChairs(UnitCode.of("00070")));
        Run.with(plugins, "validate", "a.csv").succeeds();
        assertEquals(3, seen.get().parameters().unpaidFeeMonths());
    }

    @Test
    void aSeverityOverrideChangesTheFindings(@TempDir Path dir) throws Exception {
        JsonNode before = Run.of("validate", "--sample", "hanoi-2025-07-15", "--format", "json").json();
        JsonNode secretary = rule(before, "vn.commune.secretary");
        long errors = secretary.get("errors").asLong();
        assertTrue(errors > 0, secretary.toString());
        Path f = Files.writeString(dir.resolve("rules.json"), HEAD
                + ", \"severities\": {\"vn.commune.secretary\": \"WARNING\"}}", StandardCharsets.UTF_8);
        JsonNode after = Run.of("validate", "--sample", "hanoi-2025-07-15", "--format", "json",
                "--rules", f.toString()).json();
        assertEquals(0, rule(after, "vn.commune.secretary").get("errors").asLong());
        assertEquals(secretary.get("warnings").asLong() + errors, rule(after, "vn.commune.secretary").get("warnings").asLong());
        assertEquals(before.get("errors").asLong() - errors, after.get("errors").asLong());
    }

    @Test
    void aBadFileIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("rules.json"), HEAD + ", \"unpaidFeeMonths\": 13}", StandardCharsets.UTF_8);
        Run r = Run.of("validate", "--sample", "hanoi-2025-07-15", "--rules", f.toString()).failsWith(Haicap.EXIT_USAGE);
        assertTrue(r.err().startsWith("haicap: --rules: " + f + " $.unpaidFeeMonths: "), r.err());
        assertTrue(r.err().contains("phải từ 1 đến 12") && r.err().contains("must be 1 to 12"), r.err());
        Files.writeString(f, HEAD + ",\n \"severities\": {\"vn.nothing\": \"INFO\"}}", StandardCharsets.UTF_8);
        r = Run.of("validate", "x.csv", "--rules", f.toString()).failsWith(Haicap.EXIT_USAGE);
        assertTrue(r.err().contains("$.severities['vn.nothing']") && r.err().contains("no rule has this id"), r.err());
        Files.writeString(f, HEAD + ",\n \"unpaidFeeMonths\": }", StandardCharsets.UTF_8);
        r = Run.of("validate", "--print-rules", "--rules", f.toString()).failsWith(Haicap.EXIT_USAGE);
        assertTrue(r.err().contains("dòng/line 2, cột/column 21") && r.err().contains("malformed JSON"), r.err());
        r = Run.of("validate", "x.csv", "--rules", dir.resolve("none.json").toString()).failsWith(Haicap.EXIT_USAGE);
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
