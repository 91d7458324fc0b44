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
 * The value is the code of an administrative unit (mã đơn vị hành chính): a 5-digit
 * commune-level code ({@code 00004}, Phường Ba Đình) or a 2-digit province code ({@code 01},
 * Hà Nội), as chosen by {@link #level()}.
 *
 * <p>Validates {@code String} (exact shape, no white space), {@code UnitCode} and
 * {@code ProvinceCode}. {@code null} is valid; add {@code @NotNull} when the code is required.
 *
 * <p>With {@link #mustExist()} the code must also name a unit in the official catalogue as of
 * {@link #asOf()} (codes are reused over time, so a date is required): it asks
 * {@code UnitCatalog.official()}, and no code exists before the reform of 1 July 2025.
 *
 * <pre>{@code
 * record Official(@AdminUnitCode String communeCode,
 *                 @AdminUnitCode(level = AdminUnitCode.Level.PROVINCE) String provinceCode) {}
 * }</pre>
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AdminUnitCode {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.AdminUnitCode.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};

    /** Which level of unit the code must be of; {@link Level#COMMUNE} by default. */
    Level level() default Level.COMMUNE;

    /**
     * Whether the code must name a unit in the official catalogue as of {@link #asOf()}.
     * Requires {@code asOf}.
     */
    boolean mustExist() default false;

    /**
     * The date the code must exist on, ISO {@code yyyy-MM-dd} (for example {@code 2025-07-01});
     * required when {@link #mustExist()} is true. Nothing reads the clock.
     */
    String asOf() default "";

    /** The level of an administrative unit code. */
    enum Level {
        /** A commune, ward or special zone (xã, phường, đặc khu): 5 digits. */
        COMMUNE,
        /** A province or centrally-run city (tỉnh, thành phố): 2 digits. */
        PROVINCE,
        /** Either: 2 or 5 digits. */
        ANY
    }
}
