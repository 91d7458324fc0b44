package org.haicap.validation.internal;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.haicap.core.text.VietnameseText;
import org.haicap.validation.constraints.VietnameseName;

/** Validates {@link VietnameseName} on a {@code String}. */
public class VietnameseNameValidator implements ConstraintValidator<VietnameseName, String> {
    private boolean allowDigits;
    private int min;
    private int max;

    @Override
    public void initialize(VietnameseName a) {
        allowDigits = a.allowDigits();
        min = a.min();
        max = a.max();
        if (min < 0 || max < min) {
            throw new ConstraintDeclarationException("@VietnameseName cần 0 ≤ min ≤ max / needs 0 ≤ min ≤ max,"
                    + " got min=" + min + ", max=" + max);
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!VietnameseText.isNfc(value)) {
            return Reasons.fail(context, "VietnameseName", "nfc");
        }
        boolean digit = false;
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == ' ') {
                if (i == 0 || i == cps.length - 1 || cps[i - 1] == ' ') {
                    return Reasons.fail(context, "VietnameseName", "spaces");
                }
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else if (!(Character.isLetter(cp) || isMark(cp) || cp == '\'' || cp == '\u2019' || cp == '-'
                    || cp == '.')) {
                return Reasons.fail(context, "VietnameseName", "characters");
            }
        }
        if (digit && !allowDigits) {
            return Reasons.fail(context, "VietnameseName", "digits");
        }
        if (cps.length < min || cps.length > max) {
            return Reasons.fail(context, "VietnameseName", "length");
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
