package org.haicap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.haicap.core.ids.MobileNumber;
import org.haicap.validation.constraints.VietnameseMobile;

/** Validates {@link VietnameseMobile} on a {@code String}. */
public class VietnameseMobileValidator implements ConstraintValidator<VietnameseMobile, String> {
    private boolean nationalOnly;

    @Override
    public void initialize(VietnameseMobile a) {
        nationalOnly = a.nationalFormOnly();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!MobileNumber.isWellFormed(value)) {
            return Reasons.fail(context, "VietnameseMobile", null);
        }
        if (nationalOnly && !MobileNumber.isNationalForm(value)) {
            return Reasons.fail(context, "VietnameseMobile", "nationalForm");
        }
        return true;
    }

    /** Validates {@link VietnameseMobile} on a {@code MobileNumber} (always in national form). */
    public static class ForValue implements ConstraintValidator<VietnameseMobile, MobileNumber> {
        @Override
        public boolean isValid(MobileNumber value, ConstraintValidatorContext context) {
            return true;
        }
    }
}
