package org.haicap.validation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.ids.Masking;
import org.haicap.core.text.VietnameseText;

/**
 * One thing validation found (phát hiện): which rule, how serious, where, and why, in
 * Vietnamese and English. Bean Validation violations ({@link Findings#from}), dataset rules and
 * unreadable rows all become {@code Finding}s.
 *
 * <p>The offending value is never kept as given: {@link #withPersonalValue(String)} masks it
 * with {@link Masking} (citizen IDs, phone numbers, tax codes, names), {@link #withValue(String)}
 * keeps an excerpt of at most 60 code points with control characters escaped. So
 * {@link #toString()} is safe to log.
 *
 * <p>Findings order by their location, then rule id, then the remaining components
 * ({@link #ORDER}); a {@link ValidationResult} keeps the first findings in this order as its
 * sample. Immutable and thread-safe.
 *
 * @param ruleId a stable rule id, such as {@code vn.citizen-id.shape}
 * @param severity how serious it is
 * @param location where it was found
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 * @param shownValue the offending value, already masked or excerpted; "" when none
 * @param regulation the regulation the rule encodes, such as {@code QĐ 01-QĐ/TW}; "" when none
 */
public record Finding(String ruleId, Severity severity, Location location, String messageVi,
        String messageEn, String shownValue, String regulation) implements Comparable<Finding>, Serializable {

    /** The most code points of a non-personal value kept in a finding. */
    public static final int VALUE_EXCERPT_LENGTH = 60;

    /**
     * The total order of findings: location (source, line, key, path), rule id, then severity,
     * messages, value and regulation, so that equal sort keys still order deterministically.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::messageEn)
            .thenComparing(Finding::messageVi)
            .thenComparing(Finding::shownValue)
            .thenComparing(Finding::regulation);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the rule id or a message is blank
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(shownValue, "shownValue");
        Objects.requireNonNull(regulation, "regulation");
        if (ruleId.isBlank() || messageVi.isBlank() || messageEn.isBlank()) {
            throw new IllegalArgumentException("mã quy tắc và thông báo không được để trống"
                    + " / rule id and messages must not be blank: rule \"" + ruleId + "\"");
        }
    }

    /**
     * A finding without a value or regulation.
     *
     * @param ruleId the stable rule id
     * @param severity how serious it is
     * @param location where
     * @param vietnamese the message in Vietnamese
     * @param english the message in English
     * @return the finding
     */
    public static Finding of(String ruleId, Severity severity, Location location, String vietnamese,
            String english) {
        return new Finding(ruleId, severity, location, vietnamese, english, "", "");
    }

    /** An {@link Severity#ERROR} finding; see {@link #of}. */
    public static Finding error(String ruleId, Location location, String vietnamese, String english) {
        return of(ruleId, Severity.ERROR, location, vietnamese, english);
    }

    /** A {@link Severity#WARNING} finding; see {@link #of}. */
    public static Finding warning(String ruleId, Location location, String vietnamese, String english) {
        return of(ruleId, Severity.WARNING, location, vietnamese, english);
    }

    /** An {@link Severity#INFO} finding; see {@link #of}. */
    public static Finding info(String ruleId, Location location, String vietnamese, String english) {
        return of(ruleId, Severity.INFO, location, vietnamese, english);
    }

    /** This finding with a personal offending value, masked (only the last 3 characters show). */
    public Finding withPersonalValue(String value) {
        return new Finding(ruleId, severity, location, messageVi, messageEn, Masking.mask(value), regulation);
    }

    /** This finding with a non-personal offending value, excerpted to {@value #VALUE_EXCERPT_LENGTH}. */
    public Finding withValue(String value) {
        return new Finding(ruleId, severity, location, messageVi, messageEn,
                VietnameseText.excerpt(value, VALUE_EXCERPT_LENGTH), regulation);
    }

    /** This finding citing a regulation, such as {@code NĐ 150/2025/NĐ-CP, Điều 5}. */
    public Finding withRegulation(String regulation) {
        return new Finding(ruleId, severity, location, messageVi, messageEn, shownValue, regulation);
    }

    /** This finding at another location. */
    public Finding at(Location location) {
        return new Finding(ruleId, severity, location, messageVi, messageEn, shownValue, regulation);
    }

    /**
     * The message in the language of {@code locale}: Vietnamese for {@code vi}, English
     * otherwise.
     */
    public String message(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }

    /** The offending value as it may be shown (masked or excerpted), when there is one. */
    public Optional<String> offendingValue() {
        return shownValue.isEmpty() ? Optional.empty() : Optional.of(shownValue);
    }

    /** The regulation the rule encodes, when it cites one. */
    public Optional<String> citedRegulation() {
        return regulation.isEmpty() ? Optional.empty() : Optional.of(regulation);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /**
     * One line in the given language: {@code ERROR vn.citizen-id.shape at officials.csv:12
     * citizenId: message (value *********345; QĐ …)}.
     */
    public String format(Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        b.append(vi ? severity.vietnamese() : severity.english()).append(' ').append(ruleId)
                .append(vi ? " tại " : " at ").append(location).append(": ").append(message(locale));
        if (!shownValue.isEmpty() || !regulation.isEmpty()) {
            b.append(" (");
            if (!shownValue.isEmpty()) {
                b.append(vi ? "giá trị " : "value ").append(shownValue);
            }
            if (!regulation.isEmpty()) {
                b.append(shownValue.isEmpty() ? "" : "; ").append(regulation);
            }
            b.append(')');
        }
        return b.toString();
    }

    /** The English one-line form; see {@link #format(Locale)}. Safe to log. */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
