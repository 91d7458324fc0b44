package org.haicap.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.haicap.validation.Severity;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports a violation with the message of its reason, unless the user gave their own message. */
final class Reasons {
    static final String PREFIX = "org.haicap.validation.constraints.";

    private Reasons() {
    }

    /**
     * Reports the reason {@code reason} of constraint {@code constraint}; returns false so a
     * validator can {@code return Reasons.fail(...)}.
     */
    static boolean fail(ConstraintValidatorContext context, String constraint, String reason) {
        return fail(context, constraint, reason, null);
    }

    static boolean fail(ConstraintValidatorContext context, String constraint, String reason, Severity severity) {
        if (severity != null) {
            try {
                context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(severity);
            } catch (RuntimeException e) {
                // not Hibernate Validator: the severity stays the constraint's
            }
        }
        String defaultTemplate = "{" + PREFIX + constraint + ".message}";
        if (reason != null && defaultTemplate.equals(context.getDefaultConstraintMessageTemplate())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + PREFIX + constraint + "." + reason + ".message}")
                    .addConstraintViolation();
        }
        return false;
    }
}
