package org.haicap.validation.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.haicap.validation.Severity;

/**
 * What a dataset rule is (quy tắc kiểm tra): its stable id, its default severity, the regulation
 * it encodes with the confidence of that reading, and its title in Vietnamese and English. The
 * messages of its findings come from the rule message bundles
 * ({@code org/haicap/validation/RuleMessages_vi|_en.properties}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id, such as {@code vn.commune.secretary}: lower case words, dots and hyphens
 * @param defaultSeverity the severity of its findings unless {@link RuleParameters} say otherwise
 *     (over-quota findings are {@link Severity#WARNING} until the tolerance ends, whatever this is)
 * @param regulation the regulation it encodes, such as {@code Chỉ thị 45-CT/TW}
 * @param confidence how sure the reading of the regulation is
 * @param titleVi the title in Vietnamese
 * @param titleEn the title in English
 */
public record RuleInfo(String id, Severity defaultSeverity, String regulation, Confidence confidence,
        String titleVi, String titleEn) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    /**
     * How sure the reading of a regulation is, as labelled in the domain notes: [C] confirmed by
     * the text, [P] probable (secondary source), [U] uncertain (made configurable).
     */
    public enum Confidence {
        /** [C]: read in the regulation or an official summary. */
        CONFIRMED("C"),
        /** [P]: from a secondary source or local guidance. */
        PROBABLE("P"),
        /** [U]: sources disagree or none was found. */
        UNCERTAIN("U");

        private final String label;

        Confidence(String label) {
            this.label = label;
        }

        /** The label: {@code C}, {@code P} or {@code U}. */
        public String label() {
            return label;
        }
    }

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the id is not dotted lower case or a title is blank
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("mã quy tắc không hợp lệ / invalid rule id: \"" + id + "\"");
        }
        if (titleVi.isBlank() || titleEn.isBlank()) {
            throw new IllegalArgumentException("tiêu đề không được để trống / titles must not be blank: " + id);
        }
    }

    /** The title in the language of {@code locale}: Vietnamese for {@code vi}, English otherwise. */
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? titleVi : titleEn;
    }

    /** The regulation with its confidence label, such as {@code Chỉ thị 45-CT/TW [C]}. */
    public String citation() {
        return regulation.isEmpty() ? "[" + confidence.label() + "]" : regulation + " [" + confidence.label() + "]";
    }

    /** {@code id (SEVERITY, regulation [C])}. */
    @Override
    public String toString() {
        return id + " (" + defaultSeverity + ", " + citation() + ")";
    }
}
