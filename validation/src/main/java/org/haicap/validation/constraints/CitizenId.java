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
 * The value is a personal identification number (số định danh cá nhân, on the căn cước card):
 * exactly 12 ASCII digits (Luật Căn cước 26/2023/QH15, Điều 12). Optional structure checks:
 * {@link #knownProvince()} (the first 3 digits are a known birth-registration province code)
 * and {@link #plausibleAsOfYear()} (the encoded birth year is not after that year and not more
 * than 130 years before it). The structure is observed practice, not law, so both are off by
 * default.
 *
 * <p>Validates {@code String} (exact shape: no spaces or dots) and
 * {@code org.haicap.core.ids.CitizenId}. {@code null} is valid. Findings mask the value.
 *
 * <pre>{@code
 * record Citizen(@CitizenId(knownProvince = true, plausibleAsOfYear = 2026) String id) {}
 * }</pre>
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CitizenId {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.CitizenId.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};

    /** Whether the first 3 digits must be a known birth-registration province code. */
    boolean knownProvince() default false;

    /**
     * When not 0, the encoded birth year must lie between this year minus 130 and this year.
     * Give the year explicitly (nothing reads the clock).
     */
    int plausibleAsOfYear() default 0;
}
