package org.haicap.reporting.pass;

import java.util.Objects;
import org.haicap.reporting.Report;
import org.haicap.validation.pass.PassResult;

/**
 * What a {@link ReportPass} made (kết quả lập báo cáo): the pass — findings, measures, rows —
 * and the report built from its accepted rows. Immutable.
 *
 * @param pass the validation pass, with the aggregates as a listener result
 * @param report the report
 */
public record ReportOutcome(PassResult pass, Report report) {
    /** Checks the parts. */
    public ReportOutcome {
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(report, "report");
    }
}
