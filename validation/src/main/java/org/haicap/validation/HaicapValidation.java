package org.haicap.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * Hibernate Validator set up the haicap way: messages in Vietnamese and English for the haicap
 * constraints <em>and</em> for every Jakarta Validation and Hibernate Validator built-in
 * constraint (Hibernate Validator ships no Vietnamese), and no Expression Language (EL) at run
 * time, so {@code jakarta.el} need not be on the class path and message templates cannot run
 * code.
 *
 * <pre>{@code
 * Validator v = HaicapValidation.validator(HaicapValidation.VIETNAMESE);
 * Set<ConstraintViolation<Official>> violations = v.validate(official);
 * List<Finding> findings = Findings.from(violations, Location.of("officials.csv").atLine(12));
 * }</pre>
 *
 * <p><b>Messages.</b> A message key is looked up in your own {@code ValidationMessages} bundle
 * first (so you can override any text), then in haicap's bundles
 * ({@code org/haicap/validation/ValidationMessages[_vi|_en].properties}, UTF-8), then in
 * Hibernate Validator's. Parameters such as {@code {min}} are substituted by Hibernate
 * Validator's {@code ParameterMessageInterpolator}; EL expressions ({@code ${…}}) are not
 * evaluated. haicap's bundles are read with an explicit UTF-8 reader: since JDK 9
 * {@code PropertyResourceBundle} (which Hibernate Validator 9.1 uses) also reads UTF-8, but it
 * silently falls back to ISO-8859-1 on malformed input or when
 * {@code java.util.PropertyResourceBundle.encoding} says so; haicap does not depend on that.
 *
 * <p>Factories are heavy and thread-safe: {@link #validator(Locale)} keeps one per locale for
 * the life of the JVM; {@link #validatorFactory(Locale)} makes a new one that you own and close.
 * This class is thread-safe.
 */
public final class HaicapValidation {

    /** Vietnamese as spoken in Viet Nam, {@code vi-VN}. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Map<Locale, ValidatorFactory> SHARED = new ConcurrentHashMap<>();

    private HaicapValidation() {
    }

    /**
     * A Hibernate Validator configuration with the haicap message interpolator for
     * {@code locale}, for you to add settings to (fail-fast, clock provider, constraint
     * mappings) before {@code buildValidatorFactory()}.
     *
     * @param locale the language of the messages: {@code vi} or {@code en}; other languages get
     *     haicap's English for haicap constraints and Hibernate Validator's text otherwise
     * @return a new configuration
     */
    public static HibernateValidatorConfiguration configuration(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(messageInterpolator(locale));
    }

    /**
     * A new validator factory with messages in {@code locale} and no EL. You own it: close it
     * when done.
     *
     * @param locale the language of the messages
     * @return a new factory
     */
    public static ValidatorFactory validatorFactory(Locale locale) {
        return configuration(locale).buildValidatorFactory();
    }

    /**
     * A validator with messages in {@code locale} and no EL, from a factory shared per locale.
     * Validators are thread-safe; keep and reuse them.
     *
     * @param locale the language of the messages
     * @return the validator
     */
    public static Validator validator(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return SHARED.computeIfAbsent(locale, HaicapValidation::validatorFactory).getValidator();
    }

    /**
     * The haicap message interpolator on its own, for a configuration you build yourself:
     * {@code configuration.messageInterpolator(HaicapValidation.messageInterpolator(locale))}.
     *
     * @param defaultLocale the language used when no locale is asked for
     * @return a new, thread-safe interpolator
     */
    public static MessageInterpolator messageInterpolator(Locale defaultLocale) {
        return new HaicapMessageInterpolator(Objects.requireNonNull(defaultLocale, "defaultLocale"));
    }
}
