package org.haicap.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * What a validation found (kết quả kiểm tra), per rule: the exact number of findings of each
 * severity, the rule's measure {@code passed/total} when it reports one, and a sample of its
 * first findings, and how many items the rule could not judge at all ({@link NotChecked}).
 *
 * <p><b>Samples are deterministic.</b> For each rule the result keeps the {@code k} smallest
 * findings in {@link Finding#ORDER} (source, line, entity key, path, rule id, then the rest),
 * {@code k} = {@link #sampleSize()} (default {@value #DEFAULT_SAMPLE_SIZE}). Counts are exact,
 * whatever {@code k} is.
 *
 * <p><b>Results are a monoid.</b> {@link #merge(ValidationResult)} is associative and
 * {@link #empty()} is its identity, and merging the results of pieces of a dataset gives the
 * same counts, measures and samples as validating the whole, in any grouping. So the same code
 * runs on one thread, on parallel streams ({@link #collector()}) or inside Spark or Beam.
 * Merging results with different sample sizes keeps the smaller one.
 *
 * <p>Immutable, thread-safe and {@link Serializable}. For streaming use build it with a
 * {@link Builder}.
 */
public final class ValidationResult implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The sample size when none is given. */
    public static final int DEFAULT_SAMPLE_SIZE = 20;

    private static final ValidationResult EMPTY = new ValidationResult(DEFAULT_SAMPLE_SIZE, new TreeMap<>());

    private final int sampleSize;
    private final TreeMap<String, RuleSummary> rules;

    private ValidationResult(int sampleSize, TreeMap<String, RuleSummary> rules) {
        this.sampleSize = sampleSize;
        this.rules = rules;
    }

    /**
     * What one rule found: counts by severity, its measure, and the sample. Immutable.
     *
     * @param ruleId the rule
     * @param errors how many {@link Severity#ERROR} findings
     * @param warnings how many {@link Severity#WARNING} findings
     * @param infos how many {@link Severity#INFO} findings
     * @param measure the rule's measure; {@link Measure#ZERO} when it reports none
     * @param hasMeasure whether the rule reported a measure
     * @param sample the first findings in {@link Finding#ORDER}, at most the sample size
     * @param notChecked the items the rule could not judge, {@link NotChecked#NONE} if none
     */
    public record RuleSummary(String ruleId, long errors, long warnings, long infos, Measure measure,
            boolean hasMeasure, List<Finding> sample, NotChecked notChecked) implements Serializable {

        /** Checks the counts and keeps a sorted copy of the sample. */
        public RuleSummary {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(notChecked, "notChecked");
            if (errors < 0 || warnings < 0 || infos < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            List<Finding> sorted = new ArrayList<>(sample);
            sorted.sort(Finding.ORDER);
            sample = List.copyOf(sorted);
        }

        /**
         * A summary where every item was judged ({@link NotChecked#NONE}).
         *
         * @param ruleId the rule
         * @param errors how many {@link Severity#ERROR} findings
         * @param warnings how many {@link Severity#WARNING} findings
         * @param infos how many {@link Severity#INFO} findings
         * @param measure the rule's measure; {@link Measure#ZERO} when it reports none
         * @param hasMeasure whether the rule reported a measure
         * @param sample the first findings in {@link Finding#ORDER}, at most the sample size
         */
        public RuleSummary(String ruleId, long errors, long warnings, long infos, Measure measure,
                boolean hasMeasure, List<Finding> sample) {
            this(ruleId, errors, warnings, infos, measure, hasMeasure, sample, NotChecked.NONE);
        }

        /** All findings of this rule, whatever their severity. */
        public long count() {
            return errors + warnings + infos;
        }

        /** The findings of this rule with the given severity. */
        public long count(Severity severity) {
            switch (severity) {
                case ERROR:
                    return errors;
                case WARNING:
                    return warnings;
                default:
                    return infos;
            }
        }

        /** The rule's measure, when it reported one. */
        public Optional<Measure> measured() {
            return hasMeasure ? Optional.of(measure) : Optional.empty();
        }

        RuleSummary merge(RuleSummary o, int k) {
            return new RuleSummary(ruleId, Math.addExact(errors, o.errors), Math.addExact(warnings, o.warnings),
                    Math.addExact(infos, o.infos), measure.plus(o.measure), hasMeasure || o.hasMeasure,
                    smallest(sample, o.sample, k), notChecked.plus(o.notChecked));
        }
    }

    /**
     * How many items a rule could not judge at all (mục chưa kiểm tra được), and why: for example
     * the party-fee payments of a stream checked without a fee-basis lookup. This is not a finding
     * about the data, so it is not counted among the findings; it is a count, so it adds up when
     * results of pieces are merged, however the data was split.
     *
     * <p>The reason is a property of the configuration, the same in every piece; when two pieces
     * give different reasons the merge keeps the first in (Vietnamese, English) order, so merging
     * stays associative and commutative. Immutable and thread-safe.
     *
     * @param count how many items were not judged, at least 0
     * @param vietnamese why, in Vietnamese; empty when {@code count} is 0
     * @param english why, in English; empty when {@code count} is 0
     */
    public record NotChecked(long count, String vietnamese, String english) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Nothing left unjudged. */
        public static final NotChecked NONE = new NotChecked(0, "", "");

        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if the count is negative, or positive without a reason
         */
        public NotChecked {
            Objects.requireNonNull(vietnamese, "vietnamese");
            Objects.requireNonNull(english, "english");
            if (count < 0) {
                throw new IllegalArgumentException("số mục chưa kiểm tra âm / negative not-checked count: " + count);
            }
            if (count > 0 && (vietnamese.isBlank() || english.isBlank())) {
                throw new IllegalArgumentException(
                        "cần lý do bằng tiếng Việt và tiếng Anh / a reason in Vietnamese and English is required");
            }
            if (count == 0) {
                vietnamese = "";
                english = "";
            }
        }

        /** Whether any item was left unjudged. */
        public boolean any() {
            return count > 0;
        }

        /** The counts added; the reason of the two that comes first (see the type). */
        public NotChecked plus(NotChecked o) {
            if (o.count == 0) {
                return this;
            }
            if (count == 0) {
                return o;
            }
            int c = vietnamese.compareTo(o.vietnamese);
            boolean mine = c < 0 || (c == 0 && english.compareTo(o.english) <= 0);
            return new NotChecked(Math.addExact(count, o.count), mine ? vietnamese : o.vietnamese,
                    mine ? english : o.english);
        }

        /** "n mục chưa kiểm tra được: lý do" in the language of {@code locale} (Vietnamese for {@code vi}). */
        public String format(Locale locale) {
            boolean vi = "vi".equals(locale.getLanguage());
            String n = java.text.NumberFormat.getIntegerInstance(vi ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH)
                    .format(count);
            return vi ? n + " mục chưa kiểm tra được: " + vietnamese
                    : n + (count == 1 ? " item" : " items") + " not checked: " + english;
        }
    }

    /** The empty result, with the default sample size: the identity of {@link #merge}. */
    public static ValidationResult empty() {
        return EMPTY;
    }

    /**
     * An empty result keeping at most {@code sampleSize} findings per rule.
     *
     * @param sampleSize at least 0
     * @return the empty result
     */
    public static ValidationResult empty(int sampleSize) {
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sample size must not be negative: " + sampleSize);
        }
        return sampleSize == DEFAULT_SAMPLE_SIZE ? EMPTY : new ValidationResult(sampleSize, new TreeMap<>());
    }

    /** The result of the given findings, default sample size. */
    public static ValidationResult of(Collection<Finding> findings) {
        return builder().addAll(findings).build();
    }

    /** A builder with the default sample size. */
    public static Builder builder() {
        return new Builder(DEFAULT_SAMPLE_SIZE);
    }

    /** A builder keeping at most {@code sampleSize} findings per rule. */
    public static Builder builder(int sampleSize) {
        return new Builder(sampleSize);
    }

    /** A collector of findings into a result, default sample size; works on parallel streams. */
    public static Collector<Finding, Builder, ValidationResult> collector() {
        return collector(DEFAULT_SAMPLE_SIZE);
    }

    /** A collector of findings into a result keeping at most {@code sampleSize} per rule. */
    public static Collector<Finding, Builder, ValidationResult> collector(int sampleSize) {
        return Collector.of(() -> new Builder(sampleSize), Builder::add, Builder::merge, Builder::build);
    }

    /**
     * The result of both: counts and measures added, samples merged and cut to the smaller
     * sample size. Associative, with {@link #empty()} as identity.
     */
    public ValidationResult merge(ValidationResult other) {
        Objects.requireNonNull(other, "other");
        int k = Math.min(sampleSize, other.sampleSize);
        TreeMap<String, RuleSummary> merged = new TreeMap<>();
        for (RuleSummary r : rules.values()) {
            merged.put(r.ruleId(), r.merge(empty(r.ruleId()), k));
        }
        for (RuleSummary r : other.rules.values()) {
            merged.merge(r.ruleId(), r.merge(empty(r.ruleId()), k), (a, b) -> a.merge(b, k));
        }
        return new ValidationResult(k, merged);
    }

    /**
     * This result with every sampled finding located in {@code source} moved {@code lines} lines
     * down: the result of a piece of a file read from its own first line, placed after the
     * {@code lines} lines before it. Counts and measures are unchanged; the order of the sample
     * is kept, since findings of one source move together.
     *
     * @param source the source whose line numbers move
     * @param lines how many lines come before the piece, at least 0
     * @return the moved result ({@code this} when {@code lines} is 0)
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public ValidationResult withLinesShifted(String source, long lines) {
        Objects.requireNonNull(source, "source");
        if (lines < 0) {
            throw new IllegalArgumentException("số dòng âm / negative line count: " + lines);
        }
        if (lines == 0) {
            return this;
        }
        TreeMap<String, RuleSummary> moved = new TreeMap<>();
        for (RuleSummary r : rules.values()) {
            List<Finding> sample = new ArrayList<>(r.sample().size());
            for (Finding f : r.sample()) {
                Location l = f.location();
                sample.add(l.line() > 0 && l.source().equals(source)
                        ? new Finding(f.ruleId(), f.severity(), new Location(l.source(), l.line() + lines, l.key(),
                                l.path()), f.messageVi(), f.messageEn(), f.shownValue(), f.regulation())
                        : f);
            }
            moved.put(r.ruleId(), new RuleSummary(r.ruleId(), r.errors(), r.warnings(), r.infos(), r.measure(),
                    r.hasMeasure(), sample, r.notChecked()));
        }
        return new ValidationResult(sampleSize, moved);
    }

    /** This result with one more finding. */
    public ValidationResult with(Finding finding) {
        return merge(builder(sampleSize).add(finding).build());
    }

    /** This result with a measure added to the rule's measure. */
    public ValidationResult withMeasure(String ruleId, Measure measure) {
        return merge(builder(sampleSize).measure(ruleId, measure).build());
    }

    private static RuleSummary empty(String ruleId) {
        return new RuleSummary(ruleId, 0, 0, 0, Measure.ZERO, false, List.of(), NotChecked.NONE);
    }

    private static List<Finding> smallest(List<Finding> a, List<Finding> b, int k) {
        List<Finding> out = new ArrayList<>(Math.min(k, a.size() + b.size()));
        int i = 0;
        int j = 0;
        while (out.size() < k && (i < a.size() || j < b.size())) {
            if (j >= b.size() || (i < a.size() && a.get(i).compareTo(b.get(j)) <= 0)) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
    }

    /**
     * The items a rule could not judge, {@link NotChecked#NONE} for a rule that judged all (or
     * is unknown here).
     */
    public NotChecked notChecked(String ruleId) {
        RuleSummary r = rules.get(Objects.requireNonNull(ruleId, "ruleId"));
        return r == null ? NotChecked.NONE : r.notChecked();
    }

    /** The most findings kept per rule. */
    public int sampleSize() {
        return sampleSize;
    }

    /** Whether any rule found an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The worst severity found, empty when nothing was found. */
    public Optional<Severity> worstSeverity() {
        for (Severity s : Severity.values()) {
            if (count(s) > 0) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether nothing at all was found. */
    public boolean isEmpty() {
        return totalCount() == 0;
    }

    /** All findings of all rules. */
    public long totalCount() {
        long n = 0;
        for (RuleSummary r : rules.values()) {
            n += r.count();
        }
        return n;
    }

    /** All findings of the given severity, over all rules. */
    public long count(Severity severity) {
        long n = 0;
        for (RuleSummary r : rules.values()) {
            n += r.count(severity);
        }
        return n;
    }

    /** The exact number of findings of a rule (0 for a rule that found nothing). */
    public long count(String ruleId) {
        RuleSummary r = rules.get(ruleId);
        return r == null ? 0 : r.count();
    }

    /** The sample of a rule's findings: its first ones in {@link Finding#ORDER}. */
    public List<Finding> findings(String ruleId) {
        RuleSummary r = rules.get(ruleId);
        return r == null ? List.of() : r.sample();
    }

    /** The sampled findings of every rule, in {@link Finding#ORDER}. */
    public List<Finding> sampledFindings() {
        List<Finding> all = new ArrayList<>();
        for (RuleSummary r : rules.values()) {
            all.addAll(r.sample());
        }
        all.sort(Finding.ORDER);
        return all;
    }

    /** A rule's measure, when it reported one. */
    public Optional<Measure> measure(String ruleId) {
        RuleSummary r = rules.get(ruleId);
        return r == null ? Optional.empty() : r.measured();
    }

    /** The rules that found something or reported a measure, sorted. */
    public SortedSet<String> ruleIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(rules.keySet()));
    }

    /** What each rule found, by rule id. */
    public SortedMap<String, RuleSummary> rules() {
        return Collections.unmodifiableSortedMap(rules);
    }

    /**
     * A readable multi-line summary in the language of {@code locale} (Vietnamese for
     * {@code vi}, English otherwise): the totals, then per rule its counts, its measure and its
     * first {@code maxRows} sampled findings. Personal values appear only masked.
     */
    public String summary(Locale locale, int maxRows) {
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        b.append(vi ? "Kết quả kiểm tra: " : "Validation result: ")
                .append(rules.size()).append(vi ? " quy tắc; " : rules.size() == 1 ? " rule; " : " rules; ")
                .append(counts(count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO), vi));
        long partly = rules.values().stream().filter(r -> r.notChecked().any()).count();
        if (partly > 0) {
            b.append(vi ? "; " + partly + " quy tắc có mục chưa kiểm tra được"
                    : "; " + partly + (partly == 1 ? " rule" : " rules") + " with items not checked");
        }
        b.append('\n');
        for (RuleSummary r : rules.values()) {
            b.append("- ").append(r.ruleId()).append(": ")
                    .append(counts(r.errors(), r.warnings(), r.infos(), vi));
            if (r.hasMeasure()) {
                b.append(vi ? "; đạt " : "; passed ").append(r.measure().format(locale));
            }
            if (r.notChecked().any()) {
                b.append("; ").append(r.notChecked().format(locale));
            }
            b.append('\n');
            int shown = 0;
            for (Finding f : r.sample()) {
                if (shown++ >= maxRows) {
                    break;
                }
                b.append("    ").append(f.format(locale)).append('\n');
            }
            long rest = r.count() - Math.min(maxRows, r.sample().size());
            if (rest > 0) {
                b.append("    … ").append(rest).append(vi ? " phát hiện khác" : " more").append('\n');
            }
        }
        return b.toString();
    }

    /** {@link #summary(Locale, int)} with up to 5 rows per rule. */
    public String summary(Locale locale) {
        return summary(locale, 5);
    }

    private static String counts(long e, long w, long i, boolean vi) {
        return vi ? e + " lỗi, " + w + " cảnh báo, " + i + " thông tin"
                : e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult && ((ValidationResult) o).sampleSize == sampleSize
                && ((ValidationResult) o).rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return 31 * sampleSize + rules.hashCode();
    }

    /** The English summary; see {@link #summary(Locale)}. Safe to log: values are masked. */
    @Override
    public String toString() {
        return summary(Locale.ENGLISH);
    }

    /**
     * Accumulates findings and measures into a {@link ValidationResult}, keeping only the
     * sample per rule (memory is O(rules × sample size), whatever the number of findings).
     * Mutable and not thread-safe: use one per thread and {@link #merge(Builder)} them.
     */
    public static final class Builder {
        private final int sampleSize;
        private final Map<String, Acc> rules = new TreeMap<>();

        private Builder(int sampleSize) {
            if (sampleSize < 0) {
                throw new IllegalArgumentException("sample size must not be negative: " + sampleSize);
            }
            this.sampleSize = sampleSize;
        }

        private static final class Acc {
            final long[] counts = new long[3];
            Measure measure = Measure.ZERO;
            boolean measured;
            NotChecked notChecked = NotChecked.NONE;
            final PriorityQueue<Finding> largestFirst = new PriorityQueue<>(Finding.ORDER.reversed());
        }

        private Acc acc(String ruleId) {
            return rules.computeIfAbsent(Objects.requireNonNull(ruleId, "ruleId"), id -> new Acc());
        }

        /** Adds a finding. */
        public Builder add(Finding finding) {
            Acc a = acc(finding.ruleId());
            a.counts[finding.severity().ordinal()]++;
            offer(a, finding);
            return this;
        }

        private void offer(Acc a, Finding f) {
            if (sampleSize == 0) {
                return;
            }
            if (a.largestFirst.size() < sampleSize) {
                a.largestFirst.add(f);
            } else if (f.compareTo(a.largestFirst.peek()) < 0) {
                a.largestFirst.poll();
                a.largestFirst.add(f);
            }
        }

        /** Adds findings. */
        public Builder addAll(Collection<Finding> findings) {
            findings.forEach(this::add);
            return this;
        }

        /** Adds to a rule's measure. */
        public Builder measure(String ruleId, Measure measure) {
            Acc a = acc(ruleId);
            a.measure = a.measure.plus(measure);
            a.measured = true;
            return this;
        }

        /** Adds to a rule's measure: {@code passed} of {@code total}. */
        public Builder measure(String ruleId, long passed, long total) {
            return measure(ruleId, new Measure(passed, total));
        }

        /**
         * Adds items a rule could not judge (see {@link NotChecked}); a count of 0 changes nothing.
         *
         * @param ruleId the rule
         * @param notChecked how many and why
         * @return this
         */
        public Builder notChecked(String ruleId, NotChecked notChecked) {
            Objects.requireNonNull(notChecked, "notChecked");
            if (notChecked.any()) {
                Acc a = acc(ruleId);
                a.notChecked = a.notChecked.plus(notChecked);
            }
            return this;
        }

        /** Adds a whole result. */
        public Builder addAll(ValidationResult result) {
            for (RuleSummary r : result.rules.values()) {
                Acc a = acc(r.ruleId());
                a.counts[0] += r.errors();
                a.counts[1] += r.warnings();
                a.counts[2] += r.infos();
                a.measure = a.measure.plus(r.measure());
                a.measured |= r.hasMeasure();
                a.notChecked = a.notChecked.plus(r.notChecked());
                r.sample().forEach(f -> offer(a, f));
            }
            return this;
        }

        /** Adds everything of another builder (for parallel collection); returns this. */
        public Builder merge(Builder other) {
            return addAll(other.build());
        }

        /** The result so far; the builder can go on. */
        public ValidationResult build() {
            TreeMap<String, RuleSummary> out = new TreeMap<>();
            rules.forEach((id, a) -> {
                List<Finding> sample = new ArrayList<>(a.largestFirst);
                sample.sort(Finding.ORDER);
                out.put(id, new RuleSummary(id, a.counts[0], a.counts[1], a.counts[2], a.measure, a.measured,
                        sample, a.notChecked));
            });
            return new ValidationResult(sampleSize, out);
        }
    }
}
