package org.haicap.examples.programs;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.io.RowResult;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.JsonLinesReader;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.testing.HaicapAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Example for a tester (ví dụ kiểm thử): a JUnit 5 test that checks what an importer produced with
 * {@link HaicapAssertions}, and what a failure looks like. Here the "imported" files are the
 * shipped sample's; in your suite they are your importer's output.
 */
class ImportTestExampleTest {

    static final String SAMPLE = "/org/haicap/examples/sample/hanoi-2025-07-15/";
    static Dataset city;

    @BeforeAll
    static void importTheCity() throws IOException {
        try (InputStream in = ImportTestExampleTest.class.getResourceAsStream(SAMPLE + "dataset.json.gz")) {
            DatasetReader.Result read = DatasetReader.create().read(new GZIPInputStream(in), "dataset.json.gz");
            assertTrue(read.clean(), () -> "refused records: " + read.problems());
            city = read.dataset();
        }
    }

    @Test
    void theImportedDossiersPassEveryDossierRule() throws IOException {
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(SAMPLE + "dossiers.jsonl.gz"));
                Stream<RowResult<Dossier>> rows = JsonLinesReader.of(Dossier.class).stream(in, "dossiers.jsonl.gz")) {
            HaicapAssertions.assertValidDossiers(city, RuleParameters.defaults(), rows::iterator);
        }
    }

    @Test
    void theCityItselfHasTheGapsOfTheReportAndTheFailureSaysWhich() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> HaicapAssertions.assertValid(city, LocalDate.of(2025, 7, 15)));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().startsWith("expected no validation errors, but found 15 error(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("- vn.commune.secretary: 1 error(s), passed 125/126"), e.getMessage());
        assertTrue(e.getMessage().contains("- vn.commune.committee-vice-chairs: 12 error(s), passed 114/126"), e.getMessage());
    }

    @Test
    void aBrokenImportFailsWithTheLineAndTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("import.jsonl"),
                "{\"code\":\"H01.00070-250702-0001\",\"procedure\":\"1.001193\",\"unit\":\"99999\",\"channel\":\"IN_PERSON\","
                        + "\"receivedAt\":\"2025-07-02T09:00:00\",\"status\":\"ACCEPTED\",\"history\":[],\"fullHistory\":true}\n"
                        + "not json\n", StandardCharsets.UTF_8);
        List<RowResult<Dossier>> rows;
        try (InputStream in = Files.newInputStream(file);
                Stream<RowResult<Dossier>> s = JsonLinesReader.of(Dossier.class).stream(in, "import.jsonl")) {
            rows = s.toList();
        }
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> HaicapAssertions.assertValidDossiers(city, RuleParameters.defaults(), rows));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().contains("vn.dossier.unit") && e.getMessage().contains("import.jsonl"), e.getMessage());
        assertTrue(e.getMessage().contains("vn.read."), e.getMessage());
    }
}
