package org.haicap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.haicap.validation.constraints.ProcedureCode;

/** Validates {@link ProcedureCode} on a {@code String}. */
public class ProcedureCodeValidator implements ConstraintValidator<ProcedureCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || org.haicap.core.procedures.ProcedureCode.isWellFormed(value);
    }
}
