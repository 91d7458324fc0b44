package org.haicap.validation.pass;

import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.dataset.Dataset;
import org.haicap.validation.rules.RuleParameters;

/**
 * What every piece of a pass judges rows against (bối cảnh): the dataset's reference data, the
 * rule parameters with their services (catalogue with amendments, calendar, fee bases), the
 * as-of date and the sample size. A driver that reads rows itself (Spark, a message queue)
 * builds one per process and asks it for {@link StreamPiece}s. Immutable and thread-safe.
 *
 * @param dataset the reference data
 * @param parameters the rule parameters
 * @param asOf the date the rules are judged on
 * @param sampleSize the findings kept per rule
 */
public record PassContext(Dataset dataset, RuleParameters parameters, LocalDate asOf, int sampleSize) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the sample size is negative
     */
    public PassContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(asOf, "asOf");
        if (sampleSize < 0) {
            throw new IllegalArgumentException("cỡ mẫu âm / negative sample size: " + sampleSize);
        }
    }
}
