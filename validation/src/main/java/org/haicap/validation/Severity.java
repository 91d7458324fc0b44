package org.haicap.validation;

import jakarta.validation.Payload;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * How serious a {@link Finding} is (mức độ). The overall status of a result is its worst
 * severity; {@link #ERROR} is worse than {@link #WARNING}, which is worse than {@link #INFO}.
 *
 * <p>On a Bean Validation constraint, give the severity as payload:
 * {@code @NotBlank(payload = Severity.Warning.class)}. Without a severity payload a violation is
 * an {@link #ERROR}.
 */
public enum Severity implements Bilingual {
    /** The data is wrong and must not be accepted as it is (lỗi). */
    ERROR("lỗi", "error"),
    /** The data is suspicious and should be looked at (cảnh báo). */
    WARNING("cảnh báo", "warning"),
    /** Worth knowing, nothing to fix (thông tin). */
    INFO("thông tin", "info");

    /** Payload marking a constraint's violations as {@link Severity#WARNING}. */
    public interface Warning extends Payload {
    }

    /** Payload marking a constraint's violations as {@link Severity#INFO}. */
    public interface Info extends Payload {
    }

    private final LocalizedText label;

    Severity(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** The word for this severity: lỗi, cảnh báo, thông tin; error, warning, info. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
