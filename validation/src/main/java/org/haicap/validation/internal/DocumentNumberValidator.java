package org.haicap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haicap.core.ids.InvalidIdentifierException;
import org.haicap.validation.constraints.DocumentNumber;

/** Validates {@link DocumentNumber} on a {@code String}. */
public class DocumentNumberValidator implements ConstraintValidator<DocumentNumber, String> {
    private Set<org.haicap.core.ids.DocumentNumber.Form> forms;

    @Override
    public void initialize(DocumentNumber a) {
        forms = a.forms().length == 0 ? EnumSet.noneOf(org.haicap.core.ids.DocumentNumber.Form.class)
                : EnumSet.copyOf(List.of(a.forms()));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        org.haicap.core.ids.DocumentNumber d;
        try {
            d = org.haicap.core.ids.DocumentNumber.parse(value);
        } catch (InvalidIdentifierException e) {
            return Reasons.fail(context, "DocumentNumber", null);
        }
        return check(d, context);
    }

    boolean check(org.haicap.core.ids.DocumentNumber d, ConstraintValidatorContext context) {
        return forms.contains(d.form()) || Reasons.fail(context, "DocumentNumber", "form");
    }

    /** Validates {@link DocumentNumber} on a {@code org.haicap.core.ids.DocumentNumber}. */
    public static class ForValue implements ConstraintValidator<DocumentNumber, org.haicap.core.ids.DocumentNumber> {
        private final DocumentNumberValidator inner = new DocumentNumberValidator();

        @Override
        public void initialize(DocumentNumber a) {
            inner.initialize(a);
        }

        @Override
        public boolean isValid(org.haicap.core.ids.DocumentNumber value, ConstraintValidatorContext context) {
            return value == null || inner.check(value, context);
        }
    }
}
