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
 * The value is a Vietnamese personal name or place name (họ tên, địa danh) stored properly:
 * <ul>
 *   <li>already in Unicode NFC: a name in NFD (diacritics as separate characters, as some
 *       systems produce) is a violation whose message says to normalise it, rule
 *       {@code vn.vietnamese-name.nfc};</li>
 *   <li>only letters (Vietnamese included), spaces, apostrophes ({@code '} and
 *       {@code \u2019}), hyphens and dots (for abbreviations such as {@code Th.S.}); no
 *       control characters;</li>
 *   <li>no digits, unless {@link #allowDigits()} (for place names such as {@code Phường 12});</li>
 *   <li>no leading, trailing or double spaces;</li>
 *   <li>{@link #min()} to {@link #max()} characters (code points).</li>
 * </ul>
 *
 * <p>Validates {@code String}; {@code null} is valid. Findings mask the value (names are
 * personal data).
 *
 * <pre>{@code
 * record Official(@VietnameseName String fullName,
 *                 @VietnameseName(allowDigits = true, max = 200) String ward) {}
 * }</pre>
 */
// The validators are internal and registered as services (module-info and
// META-INF/services), so this package does not depend on the internal one.
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface VietnameseName {

    /** The message template; the default is bilingual (vi, en) through the haicap bundles. */
    String message() default "{org.haicap.validation.constraints.VietnameseName.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} or {@code Severity.Info.class} set the
     * severity of the findings.
     */
    Class<? extends Payload>[] payload() default {};

    /** Whether digits are allowed (place names); false for personal names. */
    boolean allowDigits() default false;

    /** The least number of characters (code points). */
    int min() default 1;

    /** The most characters (code points). */
    int max() default 100;
}
