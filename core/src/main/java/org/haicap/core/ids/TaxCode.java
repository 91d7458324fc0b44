package org.haicap.core.ids;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A tax code (mã số thuế, MST).
 *
 * <p>Three forms exist (see {@link Form}):
 * <ul>
 *   <li>{@link Form#ORGANISATION}: 10 digits, the last one a check digit;</li>
 *   <li>{@link Form#BRANCH}: a dependent unit's 13 digits, written {@code NNNNNNNNNN-NNN}: the
 *       10-digit code of the parent and a branch number of {@code 001} or more [P];</li>
 *   <li>{@link Form#PERSONAL}: since 1 July 2025 individuals, household businesses and dependants
 *       use their 12-digit personal identification number as their tax code (TT 86/2024/TT-BTC)
 *       [P]. It has no check digit.</li>
 * </ul>
 *
 * <p><b>Decision:</b> {@link #of(String)} also accepts the 13-digit form without the hyphen
 * ({@code 0100109106001}), because exports often drop it; {@link #value()} is always the
 * canonical written form with the hyphen.
 *
 * <p><b>Check digit.</b> The 10th digit is N10 = 10 − ((31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5
 * + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11). This is a widely used community algorithm; no legal
 * text publishing it was found, so a code whose check digit does not fit is <em>not</em>
 * rejected: creating a {@code TaxCode} checks the shape only and {@link #checkDigitValid()}
 * tells whether the check digit fits, for the caller to report as a warning. When the sum
 * leaves remainder 0 the formula gives 10, which is not a digit; implementations treat that
 * either as "no valid code" or as 0 [U]. {@link RemainderZero} chooses; the default
 * {@link RemainderZero#AS_ZERO} accepts 0 (the lenient reading, fewer false warnings).
 *
 * <p>A 12-digit tax code is a personal identification number, and 10-digit codes of
 * individuals issued before 2025 are personal data too: {@link #toString()} masks the personal
 * form, {@link #masked()} masks every form. This is an immutable, thread-safe value type.
 *
 * @param value the canonical form: 10 digits, 10 digits + {@code -} + 3 digits, or 12 digits
 */
public record TaxCode(String value) implements Serializable {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** The form of a tax code. */
    public enum Form {
        /** 10 digits with a check digit: an organisation (or an individual before 2025). */
        ORGANISATION,
        /** 13 digits {@code NNNNNNNNNN-NNN}: a dependent unit (đơn vị phụ thuộc) of a 10-digit code. */
        BRANCH,
        /** 12 digits: the personal identification number used as tax code since 1/7/2025 [P]. */
        PERSONAL
    }

    /**
     * What a remainder of 0 in the check-digit formula means (the formula then gives 10) [U].
     */
    public enum RemainderZero {
        /** The check digit must be 0 (lenient; the default). */
        AS_ZERO,
        /** No check digit fits: every such code fails the check. */
        INVALID
    }

    /**
     * Checks the shape.
     *
     * @throws InvalidIdentifierException if {@code value} is not in one of the canonical forms
     *     (a 13-digit code must carry the hyphen here; {@link #of(String)} adds it)
     * @throws NullPointerException if {@code value} is null
     */
    public TaxCode {
        Objects.requireNonNull(value, "value");
        if (formOf(value) == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.TAX_CODE, value);
        }
    }

    /**
     * Parses a tax code: surrounding white space is removed, and 13 digits without the hyphen
     * are accepted and written with it.
     *
     * @param text the tax code
     * @return the tax code
     * @throws InvalidIdentifierException if it is not 10, 12 or 13 digits (branch 001 or more)
     */
    public static TaxCode of(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.length() == 13 && digits(t, 0, 13)) {
            t = t.substring(0, 10) + "-" + t.substring(10);
        }
        return new TaxCode(t);
    }

    /**
     * Whether {@link #of(String)} accepts {@code text}.
     *
     * @param text any text, may be null
     * @return true for a tax code in any accepted form
     */
    public static boolean isWellFormed(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        if (t.length() == 13 && digits(t, 0, 13)) {
            t = t.substring(0, 10) + "-" + t.substring(10);
        }
        return formOf(t) != null;
    }

    private static Form formOf(String v) {
        switch (v.length()) {
            case 10:
                return digits(v, 0, 10) ? Form.ORGANISATION : null;
            case 12:
                return digits(v, 0, 12) ? Form.PERSONAL : null;
            case 14:
                return digits(v, 0, 10) && v.charAt(10) == '-' && digits(v, 11, 14)
                        && !v.endsWith("000") ? Form.BRANCH : null;
            default:
                return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The form of this code. */
    public Form form() {
        return formOf(value);
    }

    /**
     * The check digit that fits the first nine digits, if any.
     *
     * @param firstNine nine ASCII digits
     * @param policy what a remainder of 0 means
     * @return the digit 0–9, or empty when the remainder is 0 and the policy is
     *     {@link RemainderZero#INVALID}
     * @throws IllegalArgumentException if {@code firstNine} is not nine ASCII digits
     */
    public static Optional<Integer> checkDigit(String firstNine, RemainderZero policy) {
        Objects.requireNonNull(firstNine, "firstNine");
        Objects.requireNonNull(policy, "policy");
        if (firstNine.length() != 9 || !digits(firstNine, 0, 9)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.TAX_CODE, firstNine);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        int r = sum % 11;
        if (r == 0) {
            return policy == RemainderZero.AS_ZERO ? Optional.of(0) : Optional.empty();
        }
        return Optional.of((10 - r) % 10);
    }

    /**
     * Whether the check digit fits, with the default {@link RemainderZero#AS_ZERO}. Codes of the
     * {@link Form#PERSONAL} form have no check digit and always pass; for a {@link Form#BRANCH}
     * code the parent's 10 digits are checked.
     *
     * @return true when the check digit fits or there is none
     */
    public boolean checkDigitValid() {
        return checkDigitValid(RemainderZero.AS_ZERO);
    }

    /**
     * Whether the check digit fits under the given reading of remainder 0.
     *
     * @param policy what a remainder of 0 means
     * @return true when the check digit fits or there is none
     */
    public boolean checkDigitValid(RemainderZero policy) {
        if (form() == Form.PERSONAL) {
            return true;
        }
        Optional<Integer> d = checkDigit(value.substring(0, 9), policy);
        return d.isPresent() && d.get() == value.charAt(9) - '0';
    }

    /** Whether this form carries a check digit (all but {@link Form#PERSONAL}). */
    public boolean hasCheckDigit() {
        return form() != Form.PERSONAL;
    }

    /** The 10-digit code of the parent, for a {@link Form#BRANCH} code. */
    public Optional<TaxCode> parent() {
        return form() == Form.BRANCH ? Optional.of(new TaxCode(value.substring(0, 10))) : Optional.empty();
    }

    /** The branch number (1–999), for a {@link Form#BRANCH} code. */
    public Optional<Integer> branchNumber() {
        return form() == Form.BRANCH ? Optional.of(Integer.parseInt(value.substring(11))) : Optional.empty();
    }

    /** The personal identification number, for a {@link Form#PERSONAL} code. */
    public Optional<CitizenId> citizenId() {
        return form() == Form.PERSONAL ? Optional.of(new CitizenId(value)) : Optional.empty();
    }

    /**
     * The code with all but the last three characters masked, whatever its form.
     *
     * @return the masked form, safe to show and log
     */
    public String masked() {
        return Masking.mask(value);
    }

    /** The code; masked for the {@link Form#PERSONAL} form (see {@link #masked()}). */
    @Override
    public String toString() {
        return form() == Form.PERSONAL ? masked() : value;
    }
}
