package org.haicap.validation.internal;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.constraints.AdminUnitCode;

/** Validates {@link AdminUnitCode} on a {@code String}. */
public class AdminUnitCodeValidator implements ConstraintValidator<AdminUnitCode, String> {

    private AdminUnitCode.Level level;
    private boolean mustExist;
    private LocalDate asOf;

    @Override
    public void initialize(AdminUnitCode a) {
        level = a.level();
        mustExist = a.mustExist();
        if (mustExist) {
            if (a.asOf().isBlank()) {
                throw new ConstraintDeclarationException("@AdminUnitCode(mustExist = true) cần asOf"
                        + " (ngày, yyyy-MM-dd) / needs asOf (a date, yyyy-MM-dd)");
            }
            try {
                asOf = LocalDate.parse(a.asOf().strip());
            } catch (DateTimeParseException e) {
                throw new ConstraintDeclarationException("@AdminUnitCode asOf không phải ngày yyyy-MM-dd"
                        + " / is not a yyyy-MM-dd date: \"" + a.asOf() + "\"", e);
            }
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || check(value, context);
    }

    boolean check(String value, ConstraintValidatorContext context) {
        boolean commune = UnitCode.isWellFormed(value);
        boolean province = ProvinceCode.isWellFormed(value);
        switch (level) {
            case COMMUNE:
                if (!commune) {
                    return Reasons.fail(context, "AdminUnitCode", "commune");
                }
                break;
            case PROVINCE:
                if (!province) {
                    return Reasons.fail(context, "AdminUnitCode", "province");
                }
                break;
            default:
                if (!commune && !province) {
                    return Reasons.fail(context, "AdminUnitCode", null);
                }
        }
        if (mustExist) {
            AdminUnitCode.Level actual = commune ? AdminUnitCode.Level.COMMUNE : AdminUnitCode.Level.PROVINCE;
            if (!UnitExistence.current().exists(value, actual, asOf)) {
                return Reasons.fail(context, "AdminUnitCode", "unknown");
            }
        }
        return true;
    }

    /** Validates {@link AdminUnitCode} on a {@code UnitCode}. */
    public static class ForUnitCode implements ConstraintValidator<AdminUnitCode, UnitCode> {
        private final AdminUnitCodeValidator inner = new AdminUnitCodeValidator();

        @Override
        public void initialize(AdminUnitCode a) {
            inner.initialize(a);
        }

        @Override
        public boolean isValid(UnitCode value, ConstraintValidatorContext context) {
            return value == null || inner.check(value.value(), context);
        }
    }

    /** Validates {@link AdminUnitCode} on a {@code ProvinceCode}. */
    public static class ForProvinceCode implements ConstraintValidator<AdminUnitCode, ProvinceCode> {
        private final AdminUnitCodeValidator inner = new AdminUnitCodeValidator();

        @Override
        public void initialize(AdminUnitCode a) {
            inner.initialize(a);
        }

        @Override
        public boolean isValid(ProvinceCode value, ConstraintValidatorContext context) {
            return value == null || inner.check(value.value(), context);
        }
    }
}
