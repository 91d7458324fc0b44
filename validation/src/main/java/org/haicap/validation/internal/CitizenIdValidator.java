package org.haicap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.haicap.validation.constraints.CitizenId;

/** Validates {@link CitizenId} on a {@code String}. */
public class CitizenIdValidator implements ConstraintValidator<CitizenId, String> {
    private boolean knownProvince;
    private int asOfYear;

    @Override
    public void initialize(CitizenId a) {
        knownProvince = a.knownProvince();
        asOfYear = a.plausibleAsOfYear();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!org.haicap.core.ids.CitizenId.isWellFormed(value)) {
            return Reasons.fail(context, "CitizenId", null);
        }
        return structure(new org.haicap.core.ids.CitizenId(value), context);
    }

    boolean structure(org.haicap.core.ids.CitizenId id, ConstraintValidatorContext context) {
        org.haicap.core.ids.CitizenId.Structure s = id.structure();
        if (knownProvince && !s.knownProvince()) {
            return Reasons.fail(context, "CitizenId", "province");
        }
        if (asOfYear != 0 && !s.plausibleBirthYear(asOfYear)) {
            return Reasons.fail(context, "CitizenId", "birthYear");
        }
        return true;
    }

    /** Validates {@link CitizenId} on a {@code org.haicap.core.ids.CitizenId}. */
    public static class ForValue implements ConstraintValidator<CitizenId, org.haicap.core.ids.CitizenId> {
        private final CitizenIdValidator inner = new CitizenIdValidator();

        @Override
        public void initialize(CitizenId a) {
            inner.initialize(a);
        }

        @Override
        public boolean isValid(org.haicap.core.ids.CitizenId value, ConstraintValidatorContext context) {
            return value == null || inner.structure(value, context);
        }
    }
}
