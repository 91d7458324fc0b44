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
 * the value the Spark job broadcasts once to every executor. The rules run with the parameters
 * of {@link #ruleParameters()}: {@link RuleParameters#defaults()}, or those a named
 * {@code Supplier<RuleParameters>} class builds. Parameters hold functions (a fee-basis lookup)
 * and are not shipped: only the class name travels, and each JVM builds them once. Immutable and
 * thread-safe; serialisable.
 *
 * @param dataset the reference data
 * @param asOf the report's date (ngày số liệu)
 * @param from the first receipt day counted
 * @param until the last receipt day counted, not before {@code from}
 * @param sampleSize sample findings kept per rule, at least 0
 * @param parametersClass the binary name of a public class with a public no-argument constructor
 *     implementing {@code Supplier<RuleParameters>}, or empty for {@link RuleParameters#defaults()}
 */
public record ReportInputs(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until, int sampleSize,
        String parametersClass) implements Serializable {

    /**
     * The name of the working-day calendar the dossier aggregate computes missing due dates on:
     * the rule parameters' calendar, by default {@code WorkingDayCalendar.defaults()}.
     */
    public static final String CALENDAR = "default";

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
        Objects.requireNonNull(parametersClass, "parametersClass");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("Kỳ báo cáo ngược: " + from + " > " + until
                    + " / The period ends before it starts: " + from + " > " + until);
        }
        if (sampleSize < 0) {
            throw new IllegalArgumentException("Số mẫu âm: " + sampleSize + " / Negative sample size: " + sampleSize);
        }
    }

    /**
     * Inputs with the default rule parameters.
     *
     * @param dataset the reference data
     * @param asOf the report's date
     * @param from the first receipt day counted
     * @param until the last receipt day counted
     * @param sampleSize sample findings kept per rule
     */
    public ReportInputs(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until, int sampleSize) {
        this(dataset, asOf, from, until, sampleSize, "");
    }

    /** Inputs with the default sample size ({@value ValidationResult#DEFAULT_SAMPLE_SIZE}) and rule parameters. */
    public static ReportInputs of(Dataset dataset, LocalDate asOf, LocalDate from, LocalDate until) {
        return new ReportInputs(dataset, asOf, from, until, ValidationResult.DEFAULT_SAMPLE_SIZE);
    }

    /**
     * The same inputs with the rule parameters a class builds; the class is tried at once, so a
     * wrong name fails here, on the driver, not in a task.
     *
     * @param className see {@link #parametersClass()}
     * @return the new inputs
     * @throws UnusableParametersClassException if the class cannot be found, is not public with a
     *     public no-argument constructor, is not a {@code Supplier}, or does not supply parameters
     */
    public ReportInputs withParametersClass(String className) {
        ReportInputs changed = new ReportInputs(dataset, asOf, from, until, sampleSize,
                Objects.requireNonNull(className, "className"));
        changed.ruleParameters();
        return changed;
    }

    /** The parameters of the dossier aggregate: as-of date, period, {@value #CALENDAR} calendar. */
    public DossierAggregate.Parameters dossierParameters() {
        return new DossierAggregate.Parameters(asOf, from, until, CALENDAR);
    }

    /**
     * The rule parameters, built anew: {@link RuleParameters#defaults()} when
     * {@link #parametersClass()} is empty, else what a new instance of that class supplies.
     * Executors call it once per JVM ({@code ExecutorContext}).
     *
     * @return the parameters
     * @throws UnusableParametersClassException if the class cannot supply them (see
     *     {@link #withParametersClass})
     */
    public RuleParameters ruleParameters() {
        if (parametersClass.isEmpty()) {
            return RuleParameters.defaults();
        }
        Object made;
        try {
            Class<?> type = Class.forName(parametersClass, true, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : ReportInputs.class.getClassLoader());
            made = type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw bad("không tìm thấy lớp", "class not found");
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw bad("cần một lớp public có hàm dựng public không tham số",
                    "a public class with a public no-argument constructor is required");
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw bad("hàm dựng báo lỗi: " + e.getCause(), "its constructor failed: " + e.getCause());
        }
        if (!(made instanceof java.util.function.Supplier<?> supplier)) {
            throw bad("lớp không cài đặt Supplier<RuleParameters>", "the class does not implement Supplier<RuleParameters>");
        }
        Object params = supplier.get();
        if (!(params instanceof RuleParameters rules)) {
            throw bad("lớp không cho RuleParameters (cho " + params + ")",
                    "the class does not supply RuleParameters (it gave " + params + ")");
        }
        return rules;
    }

    private UnusableParametersClassException bad(String vi, String en) {
        return new UnusableParametersClassException(parametersClass, vi, en);
    }

    /** A rule-parameters class that cannot supply parameters, with the reason in both languages. */
    public static final class UnusableParametersClassException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String className;
        private final String vietnamese;
        private final String english;

        UnusableParametersClassException(String className, String vietnamese, String english) {
            super("Tham số quy tắc " + className + ": " + vietnamese + " / Rule parameters " + className + ": "
                    + english);
            this.className = className;
            this.vietnamese = vietnamese;
            this.english = english;
        }

        /** The class name given. */
        public String className() {
            return className;
        }

        /** Why, in Vietnamese. */
        public String vietnamese() {
            return vietnamese;
        }

        /** Why, in English. */
        public String english() {
            return english;
        }
    }
}
