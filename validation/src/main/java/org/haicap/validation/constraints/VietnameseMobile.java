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
 * The value is a Vietnamese mobile number (số di động) [P]: 10 digits starting 03, 05, 07, 08
 * or 09, or {@code +84}/{@code 84} and 9 digits; spaces, dots and hyphens between digit groups
 * are accepted unless {@link #nationalFormOnly()}.
 *
 * <p>Validates {@code String} and {@code org.haicap.core.ids.MobileNumber}; {@code null} is
 * valid. Findings mask the value.
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface VietnameseMobile {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.VietnameseMobile.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};

    /** Whether only the national form {@code 0XXXXXXXXX} is accepted (no +84, no separators). */
    boolean nationalFormOnly() default false;
}
