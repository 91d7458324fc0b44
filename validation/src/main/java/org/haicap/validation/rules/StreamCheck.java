package org.haicap.validation.rules;

import java.util.Objects;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.SourceLocation;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.ValidationResult;

/** What the dossier and payment checks share: counters, read problems, duplicate keys. Not thread-safe. */
abstract class StreamCheck {
    final RuleParameters params;
    final ValidationResult.Builder findings;
    final Emitter emitter;
    final LongHashSet keys = new LongHashSet();
    long accepted;
    long refused;
    long duplicates;
    String lastSource = "";

    StreamCheck(RuleParameters params, int sampleSize) {
        this.params = Objects.requireNonNull(params, "params");
        this.findings = ValidationResult.builder(sampleSize);
        this.emitter = new Emitter(findings, params);
    }

    /** {@link #location(SourceLocation)} with the entity key {@code key}, built as one object (it runs for every row). */
    static Location location(SourceLocation at, String key) {
        if (at.line() < 1) {
            return location(at).withKey(key);
        }
        return new Location(at.source(), at.line(), key, at.path().orElse(""));
    }

    static Location location(SourceLocation at) {
        Location l = Location.of(at.source()).atLine(at.line());
        if (at.recordId().isPresent()) {
            l = l.withKey(at.recordId().get());
        }
        return at.path().isPresent() ? l.withPath(at.path().get()) : l;
    }

    /** The rule a read problem belongs to: a domain rule for a value the domain refused, else vn.read.*. */
    abstract RuleInfo ruleOf(ReadProblem problem);

    final void refusedRow(ReadProblem problem) {
        Objects.requireNonNull(problem, "problem");
        refused++;
        lastSource = problem.location().source();
        RuleInfo rule = ruleOf(problem);
        findings.add(finding(rule, emitter.base(rule), problem));
        if (!rule.id().startsWith(READ_RULES)) {
            // a row refused for a value a domain rule owns failed that rule: it counts in the
            // rule's measure, so the measure never reads "all passed" beside the rule's errors
            findings.measure(rule.id(), 0, 1);
        }
    }

    /** The prefix of the ids of the read rules, which report no measure. */
    private static final String READ_RULES = "vn.read.";

    /** The finding of an unreadable record: its location, the reader's bilingual reason, the excerpt masked. */
    static Finding finding(RuleInfo rule, org.haicap.validation.Severity severity, ReadProblem problem) {
        Finding f = new Finding(rule.id(), severity, location(problem.location()), problem.vietnamese(),
                problem.english(), "", Emitter.cited(rule));
        return problem.excerpt().isEmpty() ? f : f.withPersonalValue(problem.excerpt());
    }

    /** How many keys wait to be put into the set together (see {@link #firstKey}). */
    private static final int KEY_BATCH = 64;
    private final long[] pendingKeys = new long[KEY_BATCH];
    private final Location[] pendingAt = new Location[KEY_BATCH];
    private final RuleInfo[] pendingRule = new RuleInfo[KEY_BATCH];
    private final String[] pendingPath = new String[KEY_BATCH];
    private final Object[][] pendingArgs = new Object[KEY_BATCH][];
    private int pending;
    private long touched;

    /**
     * Records a key; a key seen before is a duplicate finding at {@code at} with {@code path}
     * appended (built only then: this runs for every row).
     *
     * <p>Keys are put into the set 64 at a time, in row order, so that the processor can wait
     * for the 64 random memory reads of a large set together instead of one after the other (the
     * set is tens of MB, so every read misses the caches); the findings are the same, in the same
     * row order among themselves. Everything that reads the set or the duplicate count calls
     * {@link #flushKeys()} first.
     */
    final void firstKey(String key, RuleInfo rule, Location at, String path, Object... args) {
        int i = pending;
        pendingKeys[i] = LongHashSet.hash(key);
        pendingAt[i] = at;
        pendingRule[i] = rule;
        pendingPath[i] = path;
        pendingArgs[i] = args;
        pending = i + 1;
        if (pending == KEY_BATCH) {
            flushKeys();
        }
    }

    /** Puts the waiting keys into the set, in row order, emitting a finding for each one seen before. */
    final void flushKeys() {
        int n = pending;
        if (n == 0) {
            return;
        }
        touched += keys.touch(pendingKeys, n);
        for (int i = 0; i < n; i++) {
            if (!keys.add(pendingKeys[i])) {
                duplicates++;
                RuleInfo rule = pendingRule[i];
                emitter.emit(rule, emitter.base(rule), pendingAt[i].appendPath(pendingPath[i]), "message",
                        pendingArgs[i]);
            }
            pendingAt[i] = null;
            pendingArgs[i] = null;
        }
        pending = 0;
    }

    /** Adds another piece's findings and finds the keys both pieces saw. */
    final void mergeKeys(StreamCheck other, RuleInfo rule, long linesBefore) {
        flushKeys();
        other.flushKeys();
        ValidationResult later = other.findings.build();
        findings.addAll(other.lastSource.isEmpty() ? later : later.withLinesShifted(other.lastSource, linesBefore));
        accepted += other.accepted;
        refused += other.refused;
        duplicates += other.duplicates;
        String source = other.lastSource.isEmpty() ? "merge" : other.lastSource;
        other.keys.drain(k -> {
            if (!keys.add(k)) {
                duplicates++;
                emitter.emit(rule, emitter.base(rule), Location.of(source).withKey(String.format("#%016x", k)),
                        "merged");
            }
        });
    }

    static boolean hasPath(ReadProblem p, String prefix) {
        return p.location().path().map(s -> s.startsWith(prefix)).orElse(false);
    }
}
