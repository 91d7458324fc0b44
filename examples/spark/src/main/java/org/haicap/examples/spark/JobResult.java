package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.pass.PassResult;
import org.haicap.validation.pass.ValidationPass;
import org.haicap.validation.rules.RuleParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;
import org.haicap.reporting.render.ReportRenderers;
import org.haicap.reporting.standard.OperationsReport;
import org.haicap.validation.Finding;
import org.haicap.validation.HaicapValidation;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;

/**
 * What a report run gives (kết quả chạy báo cáo), with or without Spark: every finding (the
 * dataset rules over the reference data, unreadable reference records, the dossier and payment
 * rules), the standard operations report, and the two stream summaries. Immutable and
 * thread-safe.
 *
 * @param findings all findings and measures
 * @param report the standard operations report ({@link OperationsReport})
 * @param dossiers the dossier stream's summary
 * @param payments the payment stream's summary
 */
public record JobResult(ValidationResult findings, Report report, StreamSummary dossiers, StreamSummary payments) {

    /** Checks that nothing is missing. */
    public JobResult {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(payments, "payments");
    }

    /**
     * Completes a run on the driver: validates the reference data as of the report's date, adds
     * the findings of unreadable reference records and of both streams, and builds the report.
     *
     * @param inputs the reference data and period
     * @param referenceProblems one finding per unreadable record of the reference data
     * @param dossiers the dossier stream's summary
     * @param payments the payment stream's summary
     * @return the result
     */
    public static JobResult of(ReportInputs inputs, List<Finding> referenceProblems, StreamSummary dossiers,
            StreamSummary payments) {
        RuleParameters params = inputs.ruleParameters();
        ReportPass pass = inputs.reportPass(params);
        ValidationResult reference = DatasetValidator.of(params).withSampleSize(inputs.sampleSize())
                .validate(inputs.dataset(), inputs.asOf())
                .merge(ValidationResult.builder(inputs.sampleSize()).addAll(referenceProblems).build());
        ValidationPass.Prepared prepared = new ValidationPass.Prepared(inputs.context(params), reference,
                referenceProblems.size());
        PassResult result = pass.validationPass().finish(prepared, dossiers.toPiece(StreamKind.DOSSIERS),
                payments.toPiece(StreamKind.PAYMENTS));
        Report report = pass.report(result, java.util.Optional.empty());
        return new JobResult(result.result(), report, dossiers, payments);
    }

    /** The report as JSON ({@link ReportRenderers#json()}), in Vietnamese. */
    public String reportJson() {
        return ReportRenderers.json().renderToString(report, Language.VI);
    }

    /** The report as text ({@link ReportRenderers#text()}), in Vietnamese. */
    public String reportText() {
        return ReportRenderers.text().renderToString(report, Language.VI);
    }

    /** The findings summary in Vietnamese, then in English, with up to 5 sample rows per rule. */
    public String findingsSummary() {
        return findings.summary(HaicapValidation.VIETNAMESE, 5) + System.lineSeparator()
                + findings.summary(Locale.ENGLISH, 5);
    }

    /**
     * Writes {@code report.json}, {@code report.txt} and {@code findings.txt} into a directory,
     * creating it if needed.
     *
     * @throws IOException if a file cannot be written
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), reportJson(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.txt"), reportText(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("findings.txt"), findingsSummary(), StandardCharsets.UTF_8);
    }

    /** One line: rows, findings, errors. */
    public String oneLine() {
        return String.format(Locale.ROOT, "dossiers %,d rows (%,d refused), payments %,d rows (%,d refused), %,d findings, %,d errors",
                dossiers.rows(), dossiers.rowsRefused(), payments.rows(), payments.rowsRefused(),
                findings.totalCount(), findings.count(org.haicap.validation.Severity.ERROR));
    }
}
