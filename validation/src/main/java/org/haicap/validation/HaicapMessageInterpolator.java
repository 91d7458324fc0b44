package org.haicap.validation;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Resolves message keys from the user's {@code ValidationMessages} bundle first, then from
 * haicap's bundles (read as UTF-8 by haicap itself, whatever the JDK's property-file encoding
 * setting), and hands the result to Hibernate Validator's {@link ParameterMessageInterpolator},
 * which substitutes the {@code {attribute}} parameters and resolves any remaining key from
 * Hibernate Validator's own bundles. No Expression Language is used.
 *
 * <p>Three built-in messages need EL in Hibernate Validator's bundles; they are handled here:
 * {@code DecimalMax}/{@code DecimalMin} with {@code inclusive = false} use an "exclusive"
 * message, and {@code DurationMax}/{@code DurationMin} get their duration spelled out.
 * Thread-safe.
 */
final class HaicapMessageInterpolator implements MessageInterpolator {

    static final String BUNDLE = "ValidationMessages";
    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)+)\\}");
    private static final String DURATION = "{haicap.duration}";
    private static final Map<Locale, Map<String, String>> HAICAP = new ConcurrentHashMap<>();

    private final Locale defaultLocale;
    private final ParameterMessageInterpolator delegate;
    private final ResourceBundleLocator user;

    HaicapMessageInterpolator(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
        this.delegate = new ParameterMessageInterpolator(Set.of(defaultLocale), defaultLocale, false);
        this.user = new PlatformResourceBundleLocator(BUNDLE);
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, defaultLocale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        Map<String, Object> attributes = context.getConstraintDescriptor() == null
                ? Map.of() : context.getConstraintDescriptor().getAttributes();
        String resolved = resolve(messageTemplate, attributes, locale, 0);
        if (resolved.contains(DURATION)) {
            resolved = resolved.replace(DURATION, duration(attributes, locale));
        }
        return delegate.interpolate(resolved, context, locale);
    }

    /** The haicap bundle text of {@code key} in {@code locale}, if haicap has one. */
    static String haicapText(String key, Locale locale) {
        return haicapBundle(locale).get(key);
    }

    private String resolve(String text, Map<String, Object> attributes, Locale locale, int depth) {
        if (depth > 5 || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = KEY.matcher(text);
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String key = m.group(1);
            String value = userText(key, locale);
            if (value == null) {
                value = haicapBundle(locale).get(adjust(key, attributes));
            }
            if (value == null) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(b, Matcher.quoteReplacement(value));
                changed = true;
            }
        }
        m.appendTail(b);
        return changed ? resolve(b.toString(), attributes, locale, depth + 1) : b.toString();
    }

    private static String adjust(String key, Map<String, Object> attributes) {
        if (Boolean.FALSE.equals(attributes.get("inclusive"))) {
            switch (key) {
                case "jakarta.validation.constraints.DecimalMax.message":
                    return "org.haicap.validation.builtin.DecimalMax.exclusive.message";
                case "jakarta.validation.constraints.DecimalMin.message":
                    return "org.haicap.validation.builtin.DecimalMin.exclusive.message";
                case "org.hibernate.validator.constraints.time.DurationMax.message":
                    return "org.haicap.validation.builtin.DurationMax.exclusive.message";
                case "org.hibernate.validator.constraints.time.DurationMin.message":
                    return "org.haicap.validation.builtin.DurationMin.exclusive.message";
                default:
                    return key;
            }
        }
        return key;
    }

    private String userText(String key, Locale locale) {
        ResourceBundle rb = user.getResourceBundle(locale);
        if (rb == null) {
            return null;
        }
        try {
            return rb.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String duration(Map<String, Object> attributes, Locale locale) {
        StringBuilder b = new StringBuilder();
        boolean english = !"vi".equals(locale.getLanguage());
        for (String unit : new String[] {"days", "hours", "minutes", "seconds", "millis", "nanos"}) {
            Object v = attributes.get(unit);
            long n = v instanceof Number ? ((Number) v).longValue() : 0;
            if (n != 0) {
                String word = haicapBundle(locale).getOrDefault("org.haicap.validation.duration." + unit, unit);
                if (english && n == 1 && word.endsWith("s")) {
                    word = word.substring(0, word.length() - 1);
                }
                b.append(b.length() == 0 ? "" : " ").append(n).append(' ').append(word);
            }
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /**
     * The haicap messages for {@code locale}: the base bundle, overlaid by the language's, then
     * the language and country's. There is no fallback to the JVM's default locale.
     */
    static Map<String, String> haicapBundle(Locale locale) {
        return HAICAP.computeIfAbsent(locale, l -> {
            Map<String, String> out = new HashMap<>();
            load(BUNDLE + ".properties", out);
            if (!l.getLanguage().isEmpty()) {
                load(BUNDLE + "_" + l.getLanguage() + ".properties", out);
                if (!l.getCountry().isEmpty()) {
                    load(BUNDLE + "_" + l.getLanguage() + "_" + l.getCountry() + ".properties", out);
                }
            }
            return Map.copyOf(out);
        });
    }

    private static void load(String name, Map<String, String> into) {
        try (InputStream in = HaicapMessageInterpolator.class.getResourceAsStream(name)) {
            if (in == null) {
                return;
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties p = new Properties();
            p.load(r);
            p.forEach((k, v) -> into.put((String) k, ((String) v).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read haicap message bundle " + name, e);
        }
    }
}
