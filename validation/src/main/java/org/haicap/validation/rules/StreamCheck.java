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
    }

    /** The finding of an unreadable record: its location, the reader's bilingual reason, the excerpt masked. */
    static Finding finding(RuleInfo rule, org.haicap.validation.Severity severity, ReadProblem problem) {
        Finding f = new Finding(rule.id(), severity, location(problem.location()), problem.vietnamese(),
                problem.english(), "", Emitter.cited(rule));
        return problem.excerpt().isEmpty() ? f : f.withPersonalValue(problem.excerpt());
    }

    /**
     * Records a key; a key seen before is a duplicate finding at {@code at} with {@code path}
     * appended (built only then: this runs for every row).
     */
    final boolean firstKey(String key, RuleInfo rule, Location at, String path, Object... args) {
        if (keys.add(LongHashSet.hash(key))) {
            return true;
        }
        duplicates++;
        emitter.emit(rule, emitter.base(rule), at.appendPath(path), "message", args);
        return false;
    }

    /** Adds another piece's findings and finds the keys both pieces saw. */
    final void mergeKeys(StreamCheck other, RuleInfo rule) {
        findings.merge(other.findings);
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
