package org.haicap.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.ids.MobileNumber;
import org.haicap.core.ids.TaxCode;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Turns Bean Validation violations into {@link Finding}s, at once, so that neither the bean
 * nor the raw value is kept (a {@code ConstraintViolation} holds both).
 *
 * <ul>
 *   <li><b>Rule id:</b> for haicap constraints {@code vn.} and the constraint's name, then the
 *       reason: {@code vn.citizen-id.shape}, {@code vn.citizen-id.province},
 *       {@code vn.tax-code.check-digit}, {@code vn.vietnamese-name.nfc}; for any other
 *       constraint its annotation's full name, such as
 *       {@code jakarta.validation.constraints.NotBlank}.</li>
 *   <li><b>Severity:</b> a per-violation severity set by the validator (the haicap tax-code
 *       check digit is a {@link Severity#WARNING}), else the constraint's payload
 *       ({@link Severity.Warning}, {@link Severity.Info}), else {@link Severity#ERROR}.</li>
 *   <li><b>Messages:</b> the violation's message template interpolated again in Vietnamese and
 *       in English by the haicap interpolator. When that cannot resolve everything (message
 *       parameters added by a custom validator), the violation's own message is used for
 *       both.</li>
 *   <li><b>Value:</b> masked for personal data: the haicap constraints on citizen IDs, tax
 *       codes, mobile numbers and names, the haicap identifier types, and every string whose
 *       constraint is not known to be non-personal. Numbers, dates, booleans, enums and the
 *       non-personal haicap codes are shown as excerpts. Other values (beans, collections)
 *       are not shown.</li>
 *   <li><b>Location:</b> the base location with the violation's property path appended.</li>
 * </ul>
 *
 * <p>Thread-safe: only static methods.
 */
public final class Findings {

    private static final String HAICAP_PACKAGE = "org.haicap.validation.constraints.";
    private static final Set<String> NOT_PERSONAL = Set.of("AdminUnitCode", "ProcedureCode", "DocumentNumber");
    private static final Map<String, String> REGULATIONS = Map.of(
            "CitizenId", "Luật Căn cước 26/2023/QH15, Điều 12",
            "DocumentNumber", "NĐ 30/2020/NĐ-CP",
            "ProcedureCode", "NĐ 63/2010/NĐ-CP");
    private static final HaicapMessageInterpolator INTERPOLATOR = new HaicapMessageInterpolator(Locale.ENGLISH);
    private static final Locale VI = HaicapValidation.VIETNAMESE;
    private static final java.util.regex.Pattern UNRESOLVED =
            java.util.regex.Pattern.compile("\\{[A-Za-z][A-Za-z0-9._-]*\\}");

    private Findings() {
    }

    /**
     * The finding of one violation.
     *
     * @param violation the violation
     * @param base where the validated object is (source, line, key); the property path is appended
     * @return the finding
     */
    public static Finding from(ConstraintViolation<?> violation, Location base) {
        ConstraintDescriptor<?> d = violation.getConstraintDescriptor();
        Class<? extends Annotation> type = d.getAnnotation().annotationType();
        String template = violation.getMessageTemplate();
        String ruleId = ruleId(type, template);
        String vi = interpolate(violation, VI);
        String en = interpolate(violation, Locale.ENGLISH);
        if (vi == null || en == null) {
            vi = violation.getMessage();
            en = violation.getMessage();
        }
        Finding f = new Finding(ruleId, severity(violation), base.appendPath(path(violation.getPropertyPath())),
                vi, en, "", "");
        f = withValue(f, type, violation.getInvalidValue());
        String regulation = type.getName().startsWith(HAICAP_PACKAGE) ? REGULATIONS.get(type.getSimpleName()) : null;
        return regulation == null ? f : f.withRegulation(regulation);
    }

    /**
     * The findings of many violations, in {@link Finding#ORDER}.
     *
     * @param violations the violations, for example from {@code Validator.validate}
     * @param base where the validated object is
     * @return the findings, sorted
     */
    public static List<Finding> from(Collection<? extends ConstraintViolation<?>> violations, Location base) {
        List<Finding> out = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> v : violations) {
            out.add(from(v, base));
        }
        out.sort(Finding.ORDER);
        return out;
    }

    /**
     * Validates a bean and returns its findings at once, so that no violation (which holds the
     * bean and the raw values) outlives the call.
     *
     * @param validator the validator, for example {@link HaicapValidation#validator}
     * @param bean the bean to validate
     * @param base where the bean is (source, line, key)
     * @param groups the validation groups, none for the default group
     * @return the findings, sorted; empty when the bean is valid
     */
    public static List<Finding> validate(jakarta.validation.Validator validator, Object bean, Location base,
            Class<?>... groups) {
        return from(validator.validate(bean, groups), base);
    }

    /**
     * The rule id of a constraint: {@code vn.<name>.<reason>} for haicap constraints, the
     * annotation's full name otherwise.
     *
     * @param constraint the constraint annotation type
     * @param messageTemplate the violation's message template
     * @return the rule id
     */
    public static String ruleId(Class<? extends Annotation> constraint, String messageTemplate) {
        String name = constraint.getName();
        if (!name.startsWith(HAICAP_PACKAGE)) {
            return name;
        }
        String simple = constraint.getSimpleName();
        String prefix = "{" + name + ".";
        String reason = "shape";
        if (messageTemplate.startsWith(prefix) && messageTemplate.endsWith(".message}")
                && messageTemplate.length() > prefix.length() + ".message}".length()) {
            String middle = messageTemplate.substring(prefix.length(), messageTemplate.length() - ".message}".length());
            if (!middle.isEmpty() && middle.indexOf('.') < 0) {
                reason = kebab(middle);
            }
        }
        return "vn." + kebab(simple) + "." + reason;
    }

    private static String kebab(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The severity of a violation: dynamic payload, then static payload, then ERROR. */
    static Severity severity(ConstraintViolation<?> violation) {
        try {
            @SuppressWarnings("unchecked")
            HibernateConstraintViolation<Object> h = violation.unwrap(HibernateConstraintViolation.class);
            Severity dynamic = h.getDynamicPayload(Severity.class);
            if (dynamic != null) {
                return dynamic;
            }
        } catch (ValidationException | ClassCastException e) {
            // not a Hibernate Validator violation: no dynamic payload
        }
        Set<Class<? extends Payload>> payload = violation.getConstraintDescriptor().getPayload();
        if (payload.contains(Severity.Warning.class)) {
            return Severity.WARNING;
        }
        if (payload.contains(Severity.Info.class)) {
            return Severity.INFO;
        }
        return Severity.ERROR;
    }

    private static String path(Path path) {
        return path == null ? "" : path.toString();
    }

    private static Finding withValue(Finding f, Class<? extends Annotation> type, Object value) {
        if (value == null) {
            return f;
        }
        if (value instanceof CitizenId) {
            return f.withPersonalValue(((CitizenId) value).value());
        }
        if (value instanceof MobileNumber) {
            return f.withPersonalValue(((MobileNumber) value).value());
        }
        if (value instanceof TaxCode) {
            return f.withPersonalValue(((TaxCode) value).value());
        }
        if (value instanceof CharSequence) {
            boolean notPersonal = type.getName().startsWith(HAICAP_PACKAGE)
                    && NOT_PERSONAL.contains(type.getSimpleName());
            return notPersonal ? f.withValue(value.toString()) : f.withPersonalValue(value.toString());
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum
                || value instanceof TemporalAccessor || value instanceof Character
                || value instanceof org.haicap.core.units.UnitCode || value instanceof org.haicap.core.units.ProvinceCode
                || value instanceof org.haicap.core.ids.DocumentNumber
                || value instanceof org.haicap.core.procedures.ProcedureCode) {
            return f.withValue(value.toString());
        }
        return f;
    }

    private static String interpolate(ConstraintViolation<?> v, Locale locale) {
        String s = INTERPOLATOR.interpolate(v.getMessageTemplate(), new Context(v), locale);
        return s.isBlank() || UNRESOLVED.matcher(s).find() ? null : s;
    }

    /** The interpolation context of a violation that has already happened. */
    private static final class Context implements HibernateMessageInterpolatorContext {
        private final ConstraintViolation<?> v;

        Context(ConstraintViolation<?> v) {
            this.v = v;
        }

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return v.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return v.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("cannot unwrap to " + type.getName());
        }

        @Override
        public Class<?> getRootBeanType() {
            return v.getRootBeanClass();
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return Map.of();
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return Map.of();
        }

        @Override
        public Path getPropertyPath() {
            return v.getPropertyPath();
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.NONE;
        }
    }
}
