package org.haicap.examples.spark;

import org.haicap.reporting.pass.ReportPass;
import org.haicap.validation.pass.PassContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.dataset.Dataset;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.RuleParameters;

/**
 * What a report run is about (dữ liệu tham chiếu và kỳ báo cáo): the reference data (units,
 * people, posts, organisations, procedures), the as-of date, the reporting period and the rule
 * setup. This is the value the Spark job broadcasts once to every executor. The rules run with
 * the parameters of {@link #ruleParameters()}: the rule settings travel as their JSON text and
 * the services (catalogue, calendar, fee bases) as the data they are built from
 * ({@link RuleSetup}); parameters hold functions and are not shipped, each JVM builds them once.
 * Immutable and thread-safe; serialisable.
 *
 * @param dataset the reference data
 * @param asOf the report's date (ngày số liệu)
 * @param from the first receipt day counted
 * @param until the last receipt day counted, not before {@code from}
 * @param sampleSize sample findings kept per rule, at least 0
 * @param rules the rule settings and what the services are built from
 */
public record ReportInputs(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until, int sampleSize,
        RuleSetup rules) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the period is reversed or the sample size negative
     */
    public ReportInputs {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(rules, "rules");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("Kỳ báo cáo ngược: " + from + " > " + until
                    + " / The period ends before it starts: " + from + " > " + until);
        }
        if (sampleSize < 0) {
            throw new IllegalArgumentException("Số mẫu âm: " + sampleSize + " / Negative sample size: " + sampleSize);
        }
    }

    /**
     * Inputs with the default rule setup ({@link RuleSetup#defaults()}).
     *
     * @param dataset the reference data
     * @param asOf the report's date
     * @param from the first receipt day counted
     * @param until the last receipt day counted
     * @param sampleSize sample findings kept per rule
     */
    public ReportInputs(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until, int sampleSize) {
        this(dataset, asOf, from, until, sampleSize, RuleSetup.defaults());
    }

    /** Inputs with the default sample size ({@value ValidationResult#DEFAULT_SAMPLE_SIZE}) and rule setup. */
    public static ReportInputs of(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until) {
        return new ReportInputs(dataset, asOf, from, until, ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /** The same inputs with another rule setup. */
    public ReportInputs withRules(RuleSetup value) {
        return new ReportInputs(dataset, asOf, from, until, sampleSize, value);
    }

    /**
     * The parameters of the dossier aggregate: as-of date, period, the default timeliness due
     * date — those of the library's {@link org.haicap.reporting.pass.ReportAggregates}.
     */
    public DossierAggregate.Parameters dossierParameters() {
        return new org.haicap.reporting.pass.ReportAggregates(from, until).parameters(context(ruleParameters()));
    }

    /**
     * The library's report pass for these inputs under {@code parameters}: the same
     * {@link ReportPass} the CLI and the benchmark run, whose pieces the job runs per partition.
     *
     * @param parameters the rule parameters, built once per JVM
     * @return the pass
     */
    public ReportPass reportPass(RuleParameters parameters) {
        return ReportPass.builder().asOf(asOf).period(from, until).parameters(parameters).sampleSize(sampleSize)
                .build();
    }

    /**
     * The context the pieces judge rows against: the dataset, {@code parameters}, the date and the
     * sample size.
     *
     * @param parameters the rule parameters, built once per JVM
     * @return the context
     */
    public PassContext context(RuleParameters parameters) {
        return new PassContext(dataset, parameters, asOf, sampleSize);
    }

    /**
     * The rule parameters, built anew from {@link #rules()} ({@link RuleSetup#parameters()}).
     * Executors call it once per JVM ({@code ExecutorContext}).
     *
     * @return the parameters
     */
    public RuleParameters ruleParameters() {
        return rules.parameters();
    }
}
