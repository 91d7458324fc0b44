package org.haicap.validation.rules;

import java.util.List;
import org.haicap.core.procedures.DossierConsistency;
import org.haicap.validation.Finding;
import org.haicap.validation.Location;

/**
 * Turns the {@link DossierConsistency} violations of a dossier into findings of the rule that
 * owns each aspect, located at the component at fault. Thread-safe: static methods only.
 */
final class ConsistencyFindings {
    private ConsistencyFindings() {
    }

    /** The violation of {@code aspect} among {@code found}, or null (no allocation). */
    static DossierConsistency.Violation of(List<DossierConsistency.Violation> found, DossierConsistency.Aspect aspect) {
        for (int i = 0, n = found.size(); i < n; i++) {
            DossierConsistency.Violation v = found.get(i);
            if (v.aspect() == aspect) {
                return v;
            }
        }
        return null;
    }

    /** One finding of {@code rule} at {@code at} plus the violation's path, with its bilingual text. */
    static void emit(Emitter e, RuleInfo rule, Location at, DossierConsistency.Violation v) {
        e.out.add(new Finding(rule.id(), e.base(rule), at.appendPath(v.path()), v.vietnamese(), v.english(), "",
                Emitter.cited(rule)));
    }
}
