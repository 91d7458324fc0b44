package org.haicap.validation.rules;

import java.time.LocalDate;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;

/** Turns rule outcomes into findings and measures of one builder. Not thread-safe. */
final class Emitter {
    final ValidationResult.Builder out;
    final RuleParameters params;

    Emitter(ValidationResult.Builder out, RuleParameters params) {
        this.out = out;
        this.params = params;
    }

    /** The configured severity of a rule's ordinary findings. */
    Severity base(RuleInfo rule) {
        return params.severity(rule.id(), rule.defaultSeverity());
    }

    /** The severity of an over-quota finding on {@code asOf}. */
    Severity overQuota(LocalDate asOf) {
        return params.overQuotaSeverity(asOf);
    }

    Finding finding(RuleInfo rule, Severity severity, Location at, String variant, Object... args) {
        String key = rule.id() + "." + variant;
        return new Finding(rule.id(), severity, at, RuleMessages.vi(key, args), RuleMessages.en(key, args), "",
                cited(rule));
    }

    /** The citation a finding carries: the regulation with its label, or nothing when there is none. */
    static String cited(RuleInfo rule) {
        return rule.regulation().isEmpty() ? "" : rule.citation();
    }

    void emit(RuleInfo rule, Severity severity, Location at, String variant, Object... args) {
        out.add(finding(rule, severity, at, variant, args));
    }

    void measure(RuleInfo rule, long passed, long total) {
        out.measure(rule.id(), passed, total);
    }
}
