package org.haicap.examples.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
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
import org.haicap.core.io.Sources;
import org.haicap.core.json.DatasetReader;
import org.haicap.core.json.FeeBasisReader;
import org.haicap.core.units.AmendmentException;
import org.haicap.core.units.CatalogueAmendments;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.rules.RuleSettingsException;
import org.haicap.validation.rules.Rules;

/**
 * The options of the report jobs (tham số dòng lệnh): {@code --dataset FILE --dossiers FILE
 * --payments FILE --out DIR [--as-of DATE] [--from DATE] [--until DATE] [--master URL]
 * [--partitions N] [--rules FILE] [--amendments FILE] [--fee-bases FILE | --fee-basis-salary VND]}.
 * Dates are ISO ({@code 2025-07-15}); the as-of date defaults to the dataset's, the period to 1
 * July 2025 (the reform) through the as-of date, the master to {@code local[*]}, the partitions
 * to twice the available processors, the rule settings to the defaults ({@link RuleFiles}).
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
 * @param rules the rule-settings file and the files the services are built from
 */
public record JobOptions(Path dataset, String dossiers, String payments, Path out, Optional<LocalDate> asOf,
        Optional<LocalDate> from, Optional<LocalDate> until, String master, int partitions, RuleFiles rules) {

    private static final Set<String> NAMES = Set.of("dataset", "dossiers", "payments", "out", "as-of", "from", "until",
            "master", "partitions", "rules", "amendments", "fee-bases", "fee-basis-salary");

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
        Objects.requireNonNull(rules, "rules");
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
        long salary = 0;
        if (v.containsKey("fee-basis-salary")) {
            if (v.containsKey("fee-bases")) {
                throw new InvalidOptionException("--fee-basis-salary", v.get("fee-basis-salary"),
                        "không dùng cùng --fee-bases", "cannot be given with --fee-bases");
            }
            try {
                salary = Long.parseLong(v.get("fee-basis-salary"));
            } catch (NumberFormatException e) {
                salary = -1;
            }
            if (salary <= 0) {
                throw new InvalidOptionException("--fee-basis-salary", v.get("fee-basis-salary"),
                        "cần một số đồng nguyên dương", "expected a positive whole number of đồng");
            }
        }
        RuleFiles rules = new RuleFiles(path(v, "rules"), path(v, "amendments"), path(v, "fee-bases"), salary);
        return new JobOptions(Path.of(v.get("dataset")), v.get("dossiers"), v.get("payments"), Path.of(v.get("out")),
                date(v, "as-of"), date(v, "from"), date(v, "until"), v.getOrDefault("master", "local[*]"), partitions,
                rules);
    }

    private static Optional<Path> path(Map<String, String> v, String name) {
        if (!v.containsKey(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(v.get(name)));
        } catch (InvalidPathException e) {
            throw new InvalidOptionException("--" + name, v.get(name), "đường dẫn không hợp lệ", "invalid path");
        }
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
     * Reads the reference data and the rule files ({@link RuleFiles#setup}) and fixes the dates.
     *
     * @return the inputs, and one finding per unreadable reference record or fee-basis line
     * @throws IOException if the dataset file cannot be read
     * @throws InvalidOptionException if a rule file is missing or not valid
     */
    public Loaded load() throws IOException {
        DatasetReader.Result read = DatasetReader.create().read(dataset);
        LocalDate day = asOf.orElse(read.dataset().info().asOf());
        List<ReadProblem> unread = new ArrayList<>(read.problems());
        RuleSetup setup = rules.setup(unread);
        ReportInputs inputs = ReportInputs.of(read.dataset(), day, from.orElse(UnitCatalog.EFFECTIVE_FROM),
                until.orElse(day)).withRules(setup);
        List<Finding> problems = new ArrayList<>();
        for (ReadProblem p : unread) {
            SourceLocation at = p.location();
            Location l = at.line() > 0 ? Location.of(at.source()).atLine(at.line()) : Location.of(at.source());
            l = at.recordId().map(l::withKey).orElse(l);
            l = at.path().map(l::withPath).orElse(l);
            problems.add(Finding.error(Rules.read(p.reason()).id(), l, p.vietnamese(), p.english()));
        }
        return new Loaded(inputs, List.copyOf(problems));
    }

    /**
     * The files the rules of a job are set up from (tệp thiết lập quy tắc), all optional: a
     * rule-settings file ({@code --rules}, {@code haicap-rule-settings} 1.0, docs/validation.md
     * §6.2; default the built-in settings), a catalogue-amendment file ({@code --amendments},
     * applied on the official catalogue), and the party-fee bases — a fee-basis file
     * ({@code --fee-bases}, JSON Lines, docs/interchange-format.md §7.6) or one salary every
     * member's fee is based on ({@code --fee-basis-salary}, as in the benchmark generator's files).
     * The driver reads them into a {@link RuleSetup}, which is broadcast as data. Immutable.
     *
     * @param settings the rule-settings file, if given
     * @param amendments the catalogue-amendment file, if given
     * @param feeBases the fee-basis file, if given
     * @param feeBasisSalary the salary of every member's fee basis in đồng, or 0 when not given
     */
    public record RuleFiles(Optional<Path> settings, Optional<Path> amendments, Optional<Path> feeBases,
            long feeBasisSalary) {

        /** Checks the values. */
        public RuleFiles {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(amendments, "amendments");
            Objects.requireNonNull(feeBases, "feeBases");
            if (feeBasisSalary < 0) {
                throw new InvalidOptionException("--fee-basis-salary", String.valueOf(feeBasisSalary),
                        "không được âm", "must not be negative");
            }
            if (feeBasisSalary > 0 && feeBases.isPresent()) {
                throw new InvalidOptionException("--fee-basis-salary", String.valueOf(feeBasisSalary),
                        "không dùng cùng --fee-bases", "cannot be given with --fee-bases");
            }
        }

        /** No files: the default settings, the official catalogue, no fee basis. */
        public static RuleFiles none() {
            return new RuleFiles(Optional.empty(), Optional.empty(), Optional.empty(), 0);
        }

        /** The same files with this rule-settings file. */
        public RuleFiles withSettings(Path file) {
            return new RuleFiles(Optional.of(file), amendments, feeBases, feeBasisSalary);
        }

        /** The same files with this fee-basis file (and no salary for every member). */
        public RuleFiles withFeeBases(Path file) {
            return new RuleFiles(settings, amendments, Optional.of(file), 0);
        }

        /** The same files with this catalogue-amendment file. */
        public RuleFiles withAmendments(Path file) {
            return new RuleFiles(settings, Optional.of(file), feeBases, feeBasisSalary);
        }

        /** The same files with every member's fee based on this salary (and no fee-basis file). */
        public RuleFiles withFeeBasisSalary(long salary) {
            return new RuleFiles(settings, amendments, Optional.empty(), salary);
        }

        /**
         * Reads the files into a setup (on the driver): amendments first, then the fee bases,
         * then the settings, checked against the amended catalogue.
         *
         * @param problems receives the refused lines of the fee-basis file (findings of the job)
         * @return the setup to broadcast
         * @throws InvalidOptionException naming the option, the file and why when a file is
         *     missing or not valid
         */
        RuleSetup setup(List<ReadProblem> problems) {
            RuleSetup setup = RuleSetup.defaults();
            if (amendments.isPresent()) {
                try {
                    setup = setup.withAmendments(CatalogueAmendments.read(amendments.get()));
                } catch (AmendmentException e) {
                    throw new InvalidOptionException("--amendments", amendments.get().toString(), e.getMessage());
                }
            }
            if (feeBases.isPresent()) {
                FeeBasisReader.Result read;
                try {
                    read = FeeBasisReader.create().read(feeBases.get());
                } catch (IOException e) {
                    throw new InvalidOptionException("--fee-bases", feeBases.get().toString(),
                            "không đọc được tệp (" + e.getMessage() + ")", "cannot read the file (" + e.getMessage() + ")");
                }
                problems.addAll(read.problems());
                setup = setup.withFeeBases(read.bases());
            }
            if (feeBasisSalary > 0) {
                setup = setup.withFeeBasisSalary(feeBasisSalary);
            }
            if (settings.isPresent()) {
                Path file = settings.get();
                String json;
                try {
                    json = Files.readString(file, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new InvalidOptionException("--rules", file.toString(), "không có tệp này", "no such file");
                } catch (IOException e) {
                    throw new InvalidOptionException("--rules", file.toString(),
                            "không đọc được tệp (" + e.getMessage() + ")", "cannot read the file (" + e.getMessage() + ")");
                }
                try {
                    setup = setup.withSettings(json, Sources.nameOf(file));
                } catch (RuleSettingsException e) {
                    throw new InvalidOptionException("--rules", file.toString(), e.getMessage());
                }
            }
            return setup;
        }
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
            this(option, value, vi + " / " + en);
        }

        /** With a message that is already in both languages (a file error naming where and why). */
        InvalidOptionException(String option, String value, String bilingual) {
            super(option + (value.isEmpty() ? "" : " \"" + value + "\"") + ": " + bilingual);
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
