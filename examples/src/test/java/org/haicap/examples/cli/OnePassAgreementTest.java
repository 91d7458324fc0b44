package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.haicap.core.text.Language;
import org.haicap.reporting.pass.ReportOutcome;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.reporting.render.ReportRenderers;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.pass.Input;
import org.haicap.validation.pass.PassInputs;
import org.haicap.validation.pass.PassResult;
import org.haicap.validation.pass.StreamKind;
import org.haicap.validation.pass.ValidationPass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code haicap validate}, {@code haicap report}, the benchmark's way (reference data prepared
 * once, files split into byte ranges on several threads) and the library's pass give the same
 * findings and the same report JSON on the same files. The Spark job's agreement is checked in
 * its own module ({@code SparkReportJobTest}), which compares against this same pass.
 */
class OnePassAgreementTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);
    private static final String SAMPLE = "/org/haicap/examples/sample/hanoi-2025-07-15/";

    @TempDir
    static Path dir;

    /** The sample's files, the streams inflated so that they can be split into byte ranges. */
    @BeforeAll
    static void copySample() throws IOException {
        for (String f : new String[] {"dataset.json.gz", "dossiers.jsonl.gz", "payments.jsonl.gz", "fee-bases.jsonl.gz"}) {
            try (InputStream in = new GZIPInputStream(OnePassAgreementTest.class.getResourceAsStream(SAMPLE + f))) {
                Files.copy(in, dir.resolve(f.substring(0, f.length() - 3)));
            }
        }
        try (InputStream in = OnePassAgreementTest.class.getResourceAsStream(SAMPLE + "reported-figures.json")) {
            Files.copy(in, dir.resolve("reported-figures.json"));
        }
    }

    private static PassInputs inputs() {
        return PassInputs.builder().dataset(Input.file(dir.resolve("dataset.json")))
                .dossiers(Input.file(dir.resolve("dossiers.jsonl"))).payments(Input.file(dir.resolve("payments.jsonl")))
                .feeBases(Input.file(dir.resolve("fee-bases.jsonl")))
                .reportedFigures(Input.file(dir.resolve("reported-figures.json"))).build();
    }

    private static String[] files() {
        return new String[] {dir.resolve("dataset.json").toString(), dir.resolve("dossiers.jsonl").toString(),
            dir.resolve("payments.jsonl").toString(), dir.resolve("fee-bases.jsonl").toString(),
            dir.resolve("reported-figures.json").toString()};
    }

    /** Per rule: errors, warnings, infos and measure. */
    private static Map<String, String> shape(ValidationResult r) {
        Map<String, String> out = new TreeMap<>();
        for (ValidationResult.RuleSummary s : r.rules().values()) {
            out.put(s.ruleId(), s.errors() + "/" + s.warnings() + "/" + s.infos()
                    + (s.hasMeasure() ? " " + s.measure().passed() + "/" + s.measure().total() : ""));
        }
        return out;
    }

    private static Map<String, String> shape(JsonNode validation) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode r : validation.get("rules")) {
            out.put(r.get("rule").asText(), r.get("errors").asLong() + "/" + r.get("warnings").asLong() + "/"
                    + r.get("infos").asLong() + (r.has("measure") ? " " + r.get("measure").get("passed").asLong() + "/"
                    + r.get("measure").get("total").asLong() : ""));
        }
        return out;
    }

    @Test
    @DisplayName("validate, report --findings, the benchmark's prepared and split pass and the library agree")
    void sameFindingsAndReport() {
        ReportPass library = ReportPass.builder().asOf(AS_OF).build();
        ReportOutcome one = library.run(inputs());
        String reportJson = ReportRenderers.json().renderToString(one.report(), Language.VI);

        // the benchmark's way: reference data prepared once, the streams on 3 threads in byte ranges
        ReportPass split = ReportPass.builder().asOf(AS_OF).threads(3).splitBytes(1).build();
        ValidationPass.Prepared prepared = split.validationPass().prepare(inputs());
        PassResult bench = split.validationPass().run(prepared, inputs());
        assertEquals(shape(one.pass().result()), shape(bench.result()));
        assertEquals(one.pass().rows(StreamKind.DOSSIERS), bench.rows(StreamKind.DOSSIERS));
        assertEquals(reportJson, ReportRenderers.json().renderToString(
                split.report(bench, ReportPass.reportedFigures(inputs())), Language.VI));

        // haicap validate FILE… --format json
        Run validate = Run.of(concat(new String[] {"validate", "--format", "json", "--as-of", "2025-07-15"}, files()));
        assertEquals(1, validate.exitCode(), validate.err());
        assertEquals(shape(one.pass().result()), shape(validate.json()));
        assertEquals(one.pass().rows(StreamKind.DOSSIERS).accepted(),
                validate.json().get("rows").get("dossiers").get("accepted").asLong());

        // haicap report --data … --format json, and --findings with both
        String[] report = {"report", "--format", "json", "--as-of", "2025-07-15"};
        Run r = Run.of(concat(report, data()));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(reportJson, r.out());
        Run both = Run.of(concat(concat(report, new String[] {"--findings"}), data()));
        assertEquals(0, both.exitCode(), both.err());
        assertEquals(shape(one.pass().result()), shape(both.json().get("validation")));
        assertEquals(r.json(), both.json().get("report"));
        assertTrue(one.pass().result().count(org.haicap.validation.Severity.ERROR) > 0);
    }

    private static String[] data() {
        String[] f = files();
        String[] out = new String[f.length * 2];
        for (int i = 0; i < f.length; i++) {
            out[2 * i] = "--data";
            out[2 * i + 1] = f[i];
        }
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
