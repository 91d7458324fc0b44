package org.haicap.examples.bench;

import org.haicap.validation.pass.ByteRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.RuleSettings;
import org.haicap.validation.rules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny national run: the generator's files and manifest, and the end-to-end pipeline's checks on them. */
class NationalDataGeneratorTest {

    @TempDir
    static Path dir;
    static NationalDataGenerator.Manifest manifest;

    @BeforeAll
    static void generate() throws Exception {
        manifest = new NationalDataGenerator(600, 300, 7, 0.05).generate(dir);
    }

    @Test
    void writesEveryFileWithTheCountedLines() throws Exception {
        assertEquals(600, Files.lines(dir.resolve(NationalDataGenerator.DOSSIERS)).count());
        assertEquals(300, Files.lines(dir.resolve(NationalDataGenerator.PAYMENTS)).count());
        assertTrue(manifest.datasetPeople() > 100_000, "about 100,000 officials: " + manifest.datasetPeople());
        assertEquals(manifest, NationalDataGenerator.readManifest(dir));
        long planted = manifest.dossierDefects().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(planted > 10 && planted < 60, "about 5 % of 600: " + planted);
    }

    @Test
    void pipelineFindsExactlyThePlantedDefectsAndAgreesWithTheBaseline() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> failures = new EndToEndBenchmark(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2)
                .run(dir, false);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), failures, out);
        assertTrue(out.contains("ok    streams: findings"), out);
        assertTrue(out.contains("| haicap: read + validate + aggregate | 900 |"), out);
    }

    @Test
    void writesTheRuleSettingsTheDataIsValidUnder() throws Exception {
        Path file = dir.resolve(NationalDataGenerator.RULE_SETTINGS);
        RuleParameters read = RuleSettings.read(file);
        // every setting of parameters() is in the file; the fee basis is a service and is not
        assertEquals(RuleSettings.toJson(NationalDataGenerator.parameters()), RuleSettings.toJson(read));
        assertEquals(HdndChairArrangement.SECRETARY, read.hdndChair().defaultArrangement());
        assertTrue(read.feeBasis().isEmpty());
        Dataset dataset = DatasetReader.create().read(dir.resolve(NationalDataGenerator.DATASET)).dataset();
        ValidationResult under = DatasetValidator.of(read).validate(dataset, NationalDataGenerator.AS_OF);
        String chair = Rules.COMMUNE_COUNCIL_CHAIR.id();
        assertEquals(0, under.count(Severity.ERROR), under.summary(java.util.Locale.ENGLISH));
        assertEquals(0, under.count(chair));
        ValidationResult defaults = DatasetValidator.of(RuleParameters.defaults())
                .validate(dataset, NationalDataGenerator.AS_OF);
        // the settings matter: by default the HĐND is chaired by the Phó Bí thư Thường trực, one warning a unit
        assertEquals(manifestUnits(), defaults.count(chair));
    }

    private static long manifestUnits() {
        return org.haicap.core.units.UnitCatalog.official().units().size();
    }

    @Test
    void splitsAtLineBoundaries() throws Exception {
        Path f = dir.resolve(NationalDataGenerator.DOSSIERS);
        List<ByteRange> pieces = ByteRange.split(f, 3);
        assertEquals(0, pieces.get(0).start());
        assertEquals(Files.size(f), pieces.get(pieces.size() - 1).end());
        byte[] all = Files.readAllBytes(f);
        for (int i = 1; i < pieces.size(); i++) {
            assertEquals(pieces.get(i - 1).end(), pieces.get(i).start());
            assertEquals('\n', all[(int) pieces.get(i).start() - 1]);
        }
    }

    @Test
    void refusesOutOfRangeArguments() {
        assertThrows(IllegalArgumentException.class, () -> new NationalDataGenerator(-1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new NationalDataGenerator(10, 0, 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new NationalDataGenerator(10_000_001, 0, 1, 0));
    }
}
