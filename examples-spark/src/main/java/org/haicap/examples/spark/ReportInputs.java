package org.haicap.examples.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.dataset.Dataset;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.RuleParameters;

/**
 * What a report run is about (dữ liệu tham chiếu và kỳ báo cáo): the reference data (units,
 * people, posts, organisations, procedures), the as-of date and the reporting period. This is
 * the value the Spark job broadcasts once to every executor. The rules run with
 * {@link RuleParameters#defaults()}, built on each JVM (parameters hold functions and are not
 * shipped). Immutable and thread-safe; serialisable.
 *
 * @param dataset the reference data
 * @param asOf the report's date (ngày số liệu)
 * @param from the first receipt day counted
 * @param until the last receipt day counted, not before {@code from}
 * @param sampleSize sample findings kept per rule, at least 0
 */
public record ReportInputs(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until, int sampleSize)
        implements Serializable {

    /** The name of the working-day calendar the dossier aggregate computes missing due dates on. */
    public static final String CALENDAR = "statutory";

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
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("Kỳ báo cáo ngược: " + from + " > " + until
                    + " / The period ends before it starts: " + from + " > " + until);
        }
        if (sampleSize < 0) {
            throw new IllegalArgumentException("Số mẫu âm: " + sampleSize + " / Negative sample size: " + sampleSize);
        }
    }

    /** Inputs with the default sample size ({@value ValidationResult#DEFAULT_SAMPLE_SIZE}). */
    public static ReportInputs of(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until) {
        return new ReportInputs(dataset, asOf, from, until, ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /** The parameters of the dossier aggregate: as-of date, period, {@value #CALENDAR} calendar. */
    public DossierAggregate.Parameters dossierParameters() {
        return new DossierAggregate.Parameters(asOf, from, until, CALENDAR);
    }

    /** The rule parameters: {@link RuleParameters#defaults()}. */
    public RuleParameters ruleParameters() {
        return RuleParameters.defaults();
    }
}
