package org.haicap.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is the number and symbol of an official document (số, ký hiệu văn bản):
 * {@code 150/2025/NĐ-CP} (state normative, with year), {@code 1656/NQ-UBTVQH15} (state
 * administrative) or {@code 11-HD/TU}, {@code 141-CV/VPTW/nb} (Party). {@link #forms()}
 * restricts the forms. Text in NFD is normalised before it is checked.
 *
 * <p>Validates {@code String} and {@code org.haicap.core.ids.DocumentNumber}; {@code null} is
 * valid.
 *
 * <pre>{@code
 * record Decision(@DocumentNumber(forms = Form.PARTY) String number) {}
 * }</pre>
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DocumentNumber {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.DocumentNumber.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};

    /** The forms allowed; all by default. */
    org.haicap.core.ids.DocumentNumber.Form[] forms() default {
        org.haicap.core.ids.DocumentNumber.Form.STATE_NORMATIVE,
        org.haicap.core.ids.DocumentNumber.Form.STATE_ADMINISTRATIVE,
        org.haicap.core.ids.DocumentNumber.Form.PARTY};
}
