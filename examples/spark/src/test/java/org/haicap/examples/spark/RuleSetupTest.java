package org.haicap.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.party.FeeBasisEntry;
import org.haicap.core.party.FeeBases;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.RuleSettings;
import org.haicap.validation.rules.RuleSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetupTest {
    private static final String SECRETARY_CHAIRS = """
            {"format": "haicap-rule-settings", "version": "1.0",
             "hdndChair": {"default": "SECRETARY"}, "cellCommittee": {"max": 5}}
            """;

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheDefaultParametersOnTheServices() {
        RuleParameters p = RuleSetup.defaults().parameters();
        assertEquals(RuleSettings.toJson(RuleParameters.defaults()), RuleSettings.toJson(p));
        assertTrue(p.feeBasis().isEmpty());
        assertEquals("", RuleSetup.defaults().settings());
    }

    @Test
    void theSettingsTravelAsTextAndEveryJvmBuildsTheSameParameters() throws Exception {
        RuleSetup setup = RuleSetup.defaults().withSettings(SECRETARY_CHAIRS, "rule-settings.json")
                .withFeeBasisSalary(5_000_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(setup);
        }
        RuleSetup shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (RuleSetup) in.readObject();
        }
        assertEquals(setup, shipped);
        RuleParameters here = setup.parameters();
        RuleParameters there = shipped.parameters();
        assertEquals(HdndChairArrangement.SECRETARY, there.hdndChair().defaultArrangement());
        assertEquals(5, there.cellCommitteeMax());
        assertEquals(RuleSettings.toJson(here), RuleSettings.toJson(there));
        assertEquals(50_000, there.feeRules().due(there.feeBasis().orElseThrow().basis("any", YearMonth.of(2026, 1))
                .orElseThrow(), YearMonth.of(2026, 1)).amount().amount());
        assertFalse(setup.toString().contains("5000000"), setup.toString());
    }

    @Test
    void badSettingsFailWhenGivenOnTheDriverNamingTheSourceAndPath() {
        RuleSettingsException e = assertThrows(RuleSettingsException.class, () -> RuleSetup.defaults()
                .withSettings("{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\", \"unpaidFeeMonths\": 13}",
                        "rules.json"));
        assertEquals("rules.json", e.source());
        assertEquals("$.unpaidFeeMonths", e.path());
        RuleSettingsException unit = assertThrows(RuleSettingsException.class, () -> RuleSetup.defaults()
                .withSettings("{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\","
                        + " \"committeeViceChairs\": {\"byUnit\": {\"99999\": 3}}}", "rules.json"));
        assertTrue(unit.path().startsWith("$.committeeViceChairs.byUnit"), unit.path());
    }

    @Test
    void theJobReadsTheRuleFilesOnTheDriver() throws Exception {
        Path rules = dir.resolve("rule-settings.json");
        Files.writeString(rules, SECRETARY_CHAIRS, StandardCharsets.UTF_8);
        Path fees = dir.resolve("fee-bases.jsonl");
        Files.writeString(fees, """
                {"member": "M1", "kind": "SALARY", "amount": 6000000, "exemptions": [], "validFrom": "2025-07"}
                {"member": "M2", "kind": "SALARY", "amount": "lots", "exemptions": [], "validFrom": "2025-07"}
                """, StandardCharsets.UTF_8);
        List<ReadProblem> problems = new ArrayList<>();
        RuleSetup setup = JobOptions.RuleFiles.none().withSettings(rules)
                .withFeeBases(fees).setup(problems);
        assertEquals(SECRETARY_CHAIRS, setup.settings());
        assertEquals("rule-settings.json", setup.settingsSource());
        FeeBases bases = setup.feeBases().orElseThrow();
        assertEquals(List.of("M1"), List.copyOf(bases.members()));
        assertEquals(1, problems.size(), "the refused fee-basis line is a finding, not dropped");
        assertEquals(2, problems.get(0).location().line());
        assertTrue(setup.parameters().feeBasis().orElseThrow().basis("M1", YearMonth.of(2026, 1)).isPresent());
        assertTrue(setup.parameters().feeBasis().orElseThrow().basis("M3", YearMonth.of(2026, 1)).isEmpty());

        JobOptions.InvalidOptionException missing = assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.RuleFiles.none().withSettings(dir.resolve("none.json")).setup(new ArrayList<>()));
        assertEquals("--rules", missing.option());
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\", \"bogus\": 1}");
        JobOptions.InvalidOptionException unknown = assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.RuleFiles.none().withSettings(bad).setup(new ArrayList<>()));
        assertTrue(unknown.getMessage().contains("bad.json $.bogus"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown member"), unknown.getMessage());
    }

    @Test
    void aFeeBasisTableIsAFeeBasisTable() {
        FeeBases bases = FeeBases.of(List.of(FeeBasisEntry.salary("M1", 4_000_000, YearMonth.of(2025, 7))));
        RuleParameters p = RuleSetup.defaults().withFeeBases(bases).parameters();
        assertTrue(p.feeBasis().orElseThrow().basis("M1", YearMonth.of(2025, 9)).isPresent());
        assertThrows(IllegalArgumentException.class, () -> RuleSetup.defaults().withFeeBasisSalary(0));
    }
}
