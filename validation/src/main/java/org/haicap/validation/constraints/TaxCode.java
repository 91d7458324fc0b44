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
 * The value is a tax code (mã số thuế): 10 digits, 13 digits written
 * {@code NNNNNNNNNN-NNN} (branch 001 or more; also accepted without the hyphen), or the
 * 12-digit personal identification number used as tax code since 1/7/2025
 * (TT 86/2024/TT-BTC) [P]. {@link #forms()} restricts the forms.
 *
 * <p>With {@link #checkDigit()} (the default) a 10- or 13-digit code whose check digit does
 * not fit is a violation of {@link org.haicap.validation.Severity#WARNING WARNING} severity
 * (rule {@code vn.tax-code.check-digit}): the algorithm is a community convention without
 * published legal text, so a failure is a reason to look, not proof of a wrong code. Set
 * {@code checkDigit = false} to skip it.
 *
 * <p>Validates {@code String} and {@code org.haicap.core.ids.TaxCode}. {@code null} is valid.
 * Findings mask the value.
 *
 * <pre>{@code
 * record Company(@TaxCode(forms = {Form.ORGANISATION, Form.BRANCH}) String taxCode) {}
 * }</pre>
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TaxCode {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.TaxCode.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};

    /** Whether to check the check digit (a failure has WARNING severity). */
    boolean checkDigit() default true;

    /** What a remainder of 0 in the check-digit formula means [U]; lenient by default. */
    org.haicap.core.ids.TaxCode.RemainderZero remainderZero()
            default org.haicap.core.ids.TaxCode.RemainderZero.AS_ZERO;

    /** The forms allowed; all by default. */
    org.haicap.core.ids.TaxCode.Form[] forms() default {
        org.haicap.core.ids.TaxCode.Form.ORGANISATION,
        org.haicap.core.ids.TaxCode.Form.BRANCH,
        org.haicap.core.ids.TaxCode.Form.PERSONAL};
}
