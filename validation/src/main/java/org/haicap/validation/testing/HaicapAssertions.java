package org.haicap.validation.testing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.io.RowResult;
import org.haicap.core.procedures.Dossier;
import org.haicap.validation.rules.DossierCheck;
import org.haicap.validation.Finding;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.rules.DatasetValidator;
import org.haicap.validation.rules.RuleParameters;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions for a vendor's JUnit 5 tests (kiểm thử): a result or a dataset without errors, or
 * an {@link AssertionFailedError} whose message lists the rules that failed, how many findings
 * each has, and the first rows (in English; personal values are masked in findings).
 *
 * <pre>{@code
 * @Test
 * void importedCityIsValid() {
 *     Dataset city = myImporter.read(Path.of("hanoi.json"));
 *     HaicapAssertions.assertValid(city, LocalDate.of(2025, 7, 15));
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} (an optional dependency of haicap-validation) on the test
 * class path. Thread-safe: only static methods.
 */
public final class HaicapAssertions {

    /** The most sample findings shown per rule in a failure message. */
    public static final int SHOWN_PER_RULE = 5;

    private HaicapAssertions() {
    }

    /**
     * Passes when {@code result} has no {@link Severity#ERROR} finding.
     *
     * @throws AssertionFailedError listing the rules with errors, their counts and first findings
     */
    public static void assertNoErrors(ValidationResult result) {
        Objects.requireNonNull(result, "result");
        if (!result.hasErrors()) {
            return;
        }
        throw new AssertionFailedError(summary(result));
    }

    /**
     * Validates {@code dataset} as of {@code asOf} with the default parameters and passes when
     * no rule reports an error.
     *
     * @throws AssertionFailedError listing the rules with errors
     */
    public static void assertValid(Dataset dataset, LocalDate asOf) {
        assertValid(dataset, asOf, RuleParameters.defaults());
    }

    /**
     * Validates {@code dataset} as of {@code asOf} with {@code params} and passes when no rule
     * reports an error.
     *
     * @throws AssertionFailedError listing the rules with errors
     */
    public static void assertValid(Dataset dataset, LocalDate asOf, RuleParameters params) {
        assertNoErrors(DatasetValidator.of(params).validate(dataset, asOf));
    }

    /**
     * Validates a dataset read from a file as of {@code asOf} with the default parameters and
     * passes when the reader refused no record and no rule reports an error.
     *
     * @param read what {@code DatasetReader} read
     * @param asOf the date the staffing and sizes are judged on
     * @throws AssertionFailedError listing the rules with errors, refused records included
     */
    public static void assertValid(DatasetReader.Result read, LocalDate asOf) {
        assertNoErrors(DatasetValidator.standard().validate(read, asOf));
    }

    /**
     * Checks imported dossiers (for example {@code JsonLinesReader.stream(in, name)}, collected or
     * iterated) against a dataset and passes when no row is refused and no rule reports an error.
     *
     * @throws AssertionFailedError listing the rules with errors and the first rows
     */
    public static void assertValidDossiers(Dataset dataset, RuleParameters params,
            Iterable<? extends RowResult<Dossier>> rows) {
        DossierCheck check = DossierCheck.of(dataset, params);
        rows.forEach(check::accept);
        assertNoErrors(check.result());
    }

    /** The failure message: one block per rule with errors. */
    static String summary(ValidationResult result) {
        StringBuilder b = new StringBuilder();
        long total = 0;
        StringBuilder rules = new StringBuilder();
        for (ValidationResult.RuleSummary r : result.rules().values()) {
            if (r.errors() == 0) {
                continue;
            }
            total += r.errors();
            rules.append("\n- ").append(r.ruleId()).append(": ").append(r.errors()).append(" error(s)");
            if (r.hasMeasure()) {
                rules.append(", passed ").append(r.measure().format(Locale.ENGLISH));
            }
            int shown = 0;
            for (Finding f : r.sample()) {
                if (f.severity() == Severity.ERROR && shown < SHOWN_PER_RULE) {
                    rules.append("\n    ").append(f.format(Locale.ENGLISH));
                    shown++;
                }
            }
            if (r.errors() > shown) {
                rules.append("\n    … and ").append(r.errors() - shown).append(" more");
            }
        }
        b.append("expected no validation errors, but found ").append(total).append(" error(s)").append(rules);
        return b.toString();
    }
}
