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
