package org.haicap.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.Rules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on generated data equals the single-JVM job: same counts,
 * measures and samples per rule, same aggregates, same report JSON.
 */
class SparkReportJobTest {
    private static final long DOSSIERS = 24_000;

    @TempDir
    static Path dir;

    static SparkSession spark;
    static JobOptions options;
    static JobResult local;

    @BeforeAll
    static void setUp() throws Exception {
        DemoData.write(dir, DOSSIERS);
        options = new JobOptions(dir.resolve("dataset.json"), dir.resolve("dossiers.jsonl").toString(),
                dir.resolve("payments.jsonl").toString(), dir.resolve("out"), Optional.empty(), Optional.empty(),
                Optional.empty(), "local[2]", 5, JobOptions.RuleFiles.none());
        local = LocalReportJob.run(options);
        spark = SparkSession.builder().appName("haicap-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "5").getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkEqualsSingleJvm() throws Exception {
        int before = ExecutorContext.built();
        JobResult distributed = SparkReportJob.run(spark, options);
        assertEquals(1, ExecutorContext.built() - before, "one executor context per broadcast in this JVM");

        ValidationResult a = local.findings();
        ValidationResult b = distributed.findings();
        assertEquals(a.ruleIds(), b.ruleIds());
        for (String rule : a.ruleIds()) {
            assertEquals(a.count(rule), b.count(rule), rule + " count");
            assertEquals(a.measure(rule), b.measure(rule), rule + " measure");
            assertEquals(a.findings(rule), b.findings(rule), rule + " sample");
        }
        assertEquals(a, b);
        assertEquals(local.dossiers(), distributed.dossiers());
        assertEquals(local.payments(), distributed.payments());
        assertEquals(local.reportJson(), distributed.reportJson());
        assertEquals(local.findingsSummary(), distributed.findingsSummary());
    }

    @Test
    void sparkEqualsTheLibrarysOnePass() throws Exception {
        JobResult distributed = SparkReportJob.run(spark, options);
        ReportInputs in = options.load().inputs();
        org.haicap.validation.pass.PassInputs files = org.haicap.validation.pass.PassInputs.builder()
                .dataset(org.haicap.validation.pass.Input.file(dir.resolve("dataset.json")))
                .dossiers(org.haicap.validation.pass.Input.file(dir.resolve("dossiers.jsonl")))
                .payments(org.haicap.validation.pass.Input.file(dir.resolve("payments.jsonl"))).build();
        org.haicap.reporting.pass.ReportOutcome library = org.haicap.reporting.pass.ReportPass.builder()
                .asOf(in.asOf()).period(in.from(), in.until()).sampleSize(in.sampleSize()).threads(2)
                .build().run(files);
        ValidationResult a = library.pass().result();
        ValidationResult b = distributed.findings();
        assertEquals(a.ruleIds(), b.ruleIds());
        for (String rule : a.ruleIds()) {
            assertEquals(a.count(rule), b.count(rule), rule + " count");
            assertEquals(a.measure(rule), b.measure(rule), rule + " measure");
        }
        assertEquals(org.haicap.reporting.render.ReportRenderers.json().renderToString(library.report(),
                org.haicap.core.text.Language.VI), distributed.reportJson());
        assertEquals(library.pass().rows(org.haicap.validation.pass.StreamKind.DOSSIERS).read(),
                distributed.dossiers().rows());
    }

    @Test
    void ruleSettingsFromAFileAndAFeeBasisReachEveryExecutorAndTheSingleJvm() throws Exception {
        Path rules = dir.resolve("rule-settings.json");
        Files.writeString(rules, """
                {"format": "haicap-rule-settings", "version": "1.0",
                 "severities": {"vn.payment.duplicate-reference": "WARNING"}}
                """, StandardCharsets.UTF_8);
        JobOptions set = new JobOptions(options.dataset(), options.dossiers(), options.payments(),
                dir.resolve("out-set"), Optional.empty(), Optional.empty(), Optional.empty(), "local[2]", 5,
                JobOptions.RuleFiles.none().withSettings(rules).withFeeBasisSalary(5_000_000));
        int before = ExecutorContext.built();
        JobResult one = LocalReportJob.run(set);
        JobResult distributed = SparkReportJob.run(spark, set);
        assertEquals(1, ExecutorContext.built() - before, "one executor context per broadcast in this JVM");
        String rule = Rules.PAYMENT_DUPLICATE_REFERENCE.id();
        long duplicates = local.findings().count(rule);
        assertTrue(duplicates > 0);
        assertEquals(duplicates, one.findings().rules().get(rule).warnings());
        assertEquals(0, one.findings().rules().get(rule).errors());
        // every member's fee is based on 5,000,000 đ: 1 % is 50,000 đ, and 6 in 7 demo amounts differ
        String fee = Rules.PAYMENT_PARTY_FEE.id();
        assertEquals(0, one.findings().notChecked(fee).count());
        assertTrue(one.findings().count(fee) > 0, "party fees checked against the fee basis");
        assertEquals(one.findings(), distributed.findings());
        assertEquals(distributed.findings().count(fee), one.findings().count(fee));
        assertEquals(one.reportJson(), distributed.reportJson());
        assertEquals(one.findingsSummary(), distributed.findingsSummary());
    }

    @Test
    void theDataHasWhatTheComparisonNeeds() {
        ValidationResult a = local.findings();
        // near repeats (every 1000th) and far ones (every 1777th in the second half: another partition)
        long near = DOSSIERS / 1000;
        long far = 0;
        for (long i = 1777; i <= DOSSIERS; i += 1777) {
            if (i > DOSSIERS / 2 && i % 1000 != 0) {
                far++;
            }
        }
        assertEquals(near + far, a.count(Rules.DOSSIER_DUPLICATE_CODE.id()));
        assertTrue(far > 0);
        assertEquals(DOSSIERS / 5003, a.count("vn.read.malformed-json"));
        assertTrue(a.count(Rules.DOSSIER_DUE_DATE.id()) > 0);
        assertTrue(a.count(Rules.PAYMENT_DUPLICATE_REFERENCE.id()) > 0);
        // party fees without a fee basis: a count over every partition, not one finding per piece
        assertTrue(a.notChecked(Rules.PAYMENT_PARTY_FEE.id()).count() > 0);
        assertEquals(0, a.count(Rules.PAYMENT_PARTY_FEE.id()));
        assertEquals(DOSSIERS / 7919, a.count("vn.read.invalid-utf8"));
        assertEquals(DOSSIERS + DOSSIERS / 5003 + DOSSIERS / 7919, local.dossiers().rows());
        assertEquals(DOSSIERS / 2 + DOSSIERS / 2 / 4001, local.payments().rows());
        assertTrue(local.dossiers().dossiers().total() > 0);
        List<String> lines = local.reportJson().lines().toList();
        assertTrue(lines.size() > 10);
    }
}
