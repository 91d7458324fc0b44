package org.haicap.validation;

import jakarta.validation.Payload;

/**
 * How serious a {@link Finding} is (mức độ). The overall status of a result is its worst
 * severity; {@link #ERROR} is worse than {@link #WARNING}, which is worse than {@link #INFO}.
 *
 * <p>On a Bean Validation constraint, give the severity as payload:
 * {@code @NotBlank(payload = Severity.Warning.class)}. Without a severity payload a violation is
 * an {@link #ERROR}.
 */
public enum Severity {
    /** The data is wrong and must not be accepted as it is (lỗi). */
    ERROR,
    /** The data is suspicious and should be looked at (cảnh báo). */
    WARNING,
    /** Worth knowing, nothing to fix (thông tin). */
    INFO;

    /** Payload marking a constraint's violations as {@link Severity#WARNING}. */
    public interface Warning extends Payload {
    }

    /** Payload marking a constraint's violations as {@link Severity#INFO}. */
    public interface Info extends Payload {
    }

    /** The Vietnamese word for this severity: lỗi, cảnh báo, thông tin. */
    public String vietnamese() {
        switch (this) {
            case ERROR:
                return "lỗi";
            case WARNING:
                return "cảnh báo";
            default:
                return "thông tin";
        }
    }

    /** The English word for this severity: error, warning, info. */
    public String english() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
