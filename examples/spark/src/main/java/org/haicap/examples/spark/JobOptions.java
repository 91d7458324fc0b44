package org.haicap.examples.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.rules.Rules;

/**
 * The options of the report jobs (tham số dòng lệnh): {@code --dataset FILE --dossiers FILE
 * --payments FILE --out DIR [--as-of DATE] [--from DATE] [--until DATE] [--master URL]
 * [--partitions N] [--rule-parameters CLASS]}. Dates are ISO ({@code 2025-07-15}); the as-of date defaults to the dataset's,
 * the period to 1 July 2025 (the reform) through the as-of date, the master to {@code local[*]},
 * the partitions to twice the available processors, the rule parameters to
 * {@code RuleParameters.defaults()} ({@code CLASS}: see {@link ReportInputs#parametersClass()}).
 * Immutable and thread-safe.
 *
 * @param dataset the reference data (a haicap dataset document)
 * @param dossiers the dossiers, JSON Lines
 * @param payments the payments, JSON Lines
 * @param out the output directory
 * @param asOf the report's date, if given
 * @param from the period's first day, if given
 * @param until the period's last day, if given
 * @param master the Spark master URL
 * @param partitions the partitions per file, at least 1
 * @param parametersClass the class supplying the rule parameters, or empty for the defaults
 */
public record JobOptions(Path dataset, String dossiers, String payments, Path out, Optional<LocalDate> asOf,
        Optional<LocalDate> from, Optional<LocalDate> until, String master, int partitions, String parametersClass) {

    private static final Set<String> NAMES = Set.of("dataset", "dossiers", "payments", "out", "as-of", "from", "until",
            "master", "partitions", "rule-parameters");

    /** Checks that nothing is missing and the partitions are at least 1. */
    public JobOptions {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(parametersClass, "parametersClass");
        if (partitions < 1) {
            throw new InvalidOptionException("--partitions", String.valueOf(partitions), "phải ≥ 1", "must be at least 1");
        }
    }

    /**
     * Parses the command line.
     *
     * @throws InvalidOptionException for an unknown, repeated, missing or malformed option
     */
    public static JobOptions parse(String... args) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !NAMES.contains(a.substring(2))) {
                throw new InvalidOptionException(a, a, "tùy chọn không biết", "unknown option");
            }
            if (i + 1 >= args.length) {
                throw new InvalidOptionException(a, "", "thiếu giá trị", "the value is missing");
            }
            if (v.put(a.substring(2), args[++i]) != null) {
                throw new InvalidOptionException(a, args[i], "lặp lại", "given twice");
            }
        }
        for (String required : List.of("dataset", "dossiers", "payments", "out")) {
            if (!v.containsKey(required)) {
                throw new InvalidOptionException("--" + required, "", "bắt buộc", "is required");
            }
        }
        int partitions = 2 * Runtime.getRuntime().availableProcessors();
        if (v.containsKey("partitions")) {
            try {
                partitions = Integer.parseInt(v.get("partitions"));
            } catch (NumberFormatException e) {
                throw new InvalidOptionException("--partitions", v.get("partitions"), "không phải số", "not a number");
            }
        }
        return new JobOptions(Path.of(v.get("dataset")), v.get("dossiers"), v.get("payments"), Path.of(v.get("out")),
                date(v, "as-of"), date(v, "from"), date(v, "until"), v.getOrDefault("master", "local[*]"), partitions,
                v.getOrDefault("rule-parameters", ""));
    }

    private static Optional<LocalDate> date(Map<String, String> v, String name) {
        if (!v.containsKey(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.get(name)));
        } catch (DateTimeParseException e) {
            throw new InvalidOptionException("--" + name, v.get(name), "ngày không hợp lệ (cần 2025-07-15)",
                    "not a date (expected 2025-07-15)");
        }
    }

    /**
     * Reads the reference data and fixes the dates.
     *
     * @return the inputs, and one finding per unreadable reference record
     * @throws IOException if the dataset file cannot be read
     */
    public Loaded load() throws IOException {
        DatasetReader.Result read = DatasetReader.create().read(dataset);
        LocalDate day = asOf.orElse(read.dataset().info().asOf());
        ReportInputs inputs = ReportInputs.of(read.dataset(), day, from.orElse(UnitCatalog.EFFECTIVE_FROM),
                until.orElse(day));
        if (!parametersClass.isEmpty()) {
            try {
                inputs = inputs.withParametersClass(parametersClass);
            } catch (ReportInputs.UnusableParametersClassException e) {
                throw new InvalidOptionException("--rule-parameters", parametersClass, e.vietnamese(), e.english());
            }
        }
        List<Finding> problems = new ArrayList<>();
        for (ReadProblem p : read.problems()) {
            SourceLocation at = p.location();
            Location l = at.line() > 0 ? Location.of(at.source()).atLine(at.line()) : Location.of(at.source());
            l = at.recordId().map(l::withKey).orElse(l);
            l = at.path().map(l::withPath).orElse(l);
            problems.add(Finding.error(Rules.read(p.reason()).id(), l, p.vietnamese(), p.english()));
        }
        return new Loaded(inputs, List.copyOf(problems));
    }

    /**
     * The loaded reference data. Immutable.
     *
     * @param inputs the reference data and period
     * @param problems one finding per unreadable record of the reference data
     */
    public record Loaded(ReportInputs inputs, List<Finding> problems) {
        /** Copies the list. */
        public Loaded {
            Objects.requireNonNull(inputs, "inputs");
            problems = List.copyOf(problems);
        }
    }

    /**
     * A command-line option that cannot be used; carries the option and the offending value.
     * Its message is in Vietnamese and English.
     */
    public static final class InvalidOptionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String option;
        private final String value;

        InvalidOptionException(String option, String value, String vi, String en) {
            super(option + (value.isEmpty() ? "" : " \"" + value + "\"") + ": " + vi + " / " + en);
            this.option = option;
            this.value = value;
        }

        /** The option, such as {@code --as-of}. */
        public String option() {
            return option;
        }

        /** The offending value (empty when it is missing). */
        public String value() {
            return value;
        }
    }
}
