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
 * The value is the code of an administrative procedure (mã thủ tục hành chính) in the
 * national database: a digit, a dot and six digits, such as {@code 1.001193}. Validates
 * {@code String}; {@code null} is valid. Whether the procedure exists is a question for the
 * procedure catalogue, not for this constraint.
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ProcedureCode {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.ProcedureCode.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};
}
