package org.haicap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haicap.validation.Severity;
import org.haicap.validation.constraints.TaxCode;

/** Validates {@link TaxCode} on a {@code String}. */
public class TaxCodeValidator implements ConstraintValidator<TaxCode, String> {
    private boolean checkDigit;
    private org.haicap.core.ids.TaxCode.RemainderZero policy;
    private Set<org.haicap.core.ids.TaxCode.Form> forms;

    @Override
    public void initialize(TaxCode a) {
        checkDigit = a.checkDigit();
        policy = a.remainderZero();
        forms = a.forms().length == 0 ? EnumSet.noneOf(org.haicap.core.ids.TaxCode.Form.class)
                : EnumSet.copyOf(List.of(a.forms()));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!org.haicap.core.ids.TaxCode.isWellFormed(value) || !value.equals(value.strip())) {
            return Reasons.fail(context, "TaxCode", null);
        }
        return check(org.haicap.core.ids.TaxCode.of(value), context);
    }

    boolean check(org.haicap.core.ids.TaxCode code, ConstraintValidatorContext context) {
        if (!forms.contains(code.form())) {
            return Reasons.fail(context, "TaxCode", "form");
        }
        if (checkDigit && !code.checkDigitValid(policy)) {
            return Reasons.fail(context, "TaxCode", "checkDigit", Severity.WARNING);
        }
        return true;
    }

    /** Validates {@link TaxCode} on a {@code org.haicap.core.ids.TaxCode}. */
    public static class ForValue implements ConstraintValidator<TaxCode, org.haicap.core.ids.TaxCode> {
        private final TaxCodeValidator inner = new TaxCodeValidator();

        @Override
        public void initialize(TaxCode a) {
            inner.initialize(a);
        }

        @Override
        public boolean isValid(org.haicap.core.ids.TaxCode value, ConstraintValidatorContext context) {
            return value == null || inner.check(value, context);
        }
    }
}
