package org.haicap.core.ids;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a dossier (mã hồ sơ), printed on the receipt and used to look a dossier up.
 *
 * <p><b>Structured form</b> [P]: {@code {agency id}-{yymmdd}-{sequence}}, such as
 * {@code H15.50.05.13-261008-0975}: the identifier of the receiving agency (dot-separated
 * segments of capital letters and digits), the intake date, and a sequence number of 4 digits
 * (provincial systems) to 7 (ministry systems). Regular expression
 * {@code ^[A-Z0-9]+(\.[A-Z0-9]+)*-\d{6}-\d{4,7}$}; the date must be a real date, read as
 * 20yy. The shape comes from public processing-system code (the rule is set by TT 01/2018, now
 * TT 03/2025/TT-VPCP, which was not read in full), so it is probable, not confirmed.
 *
 * <p><b>Lenient form</b>: because the shape is not confirmed, a dossier code is any non-blank text
 * of at most {@value #MAX_LENGTH} characters of {@code [A-Za-z0-9._-]}; the structured form is a
 * special case. The canonical constructor accepts the lenient form, so stored codes from any
 * system can be read back; {@link #parse(String)} is strict and {@link #parse(String, Mode)} lets
 * a caller choose. {@link #agency()}, {@link #intakeDate()} and {@link #sequence()} are present
 * only for a structured code.
 *
 * <p>This is an immutable, thread-safe value type; it orders by its text.
 *
 * @param value the code
 */
public record DossierCode(String value) implements Comparable<DossierCode>, Serializable {

    /** The longest code accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    /** The structured shape. */
    public static final String STRUCTURED_REGEX = "^[A-Z0-9]+(\\.[A-Z0-9]+)*-\\d{6}-\\d{4,7}$";

    private static final Pattern STRUCTURED = Pattern.compile("^([A-Z0-9]+(?:\\.[A-Z0-9]+)*)-(\\d{2})(\\d{2})(\\d{2})-(\\d{4,7})$");

    /** How strictly text is parsed. */
    public enum Mode {
        /** Only the structured form {@code {agency}-{yymmdd}-{sequence}} with a real date. */
        STRICT,
        /** Any non-blank text of at most 64 characters of {@code [A-Za-z0-9._-]}. */
        LENIENT
    }

    /**
     * Checks the lenient form.
     *
     * @throws InvalidDossierCodeException if the value is blank, too long or has a character
     *     outside {@code [A-Za-z0-9._-]}
     */
    public DossierCode {
        Objects.requireNonNull(value, "value");
        Optional<InvalidDossierCodeException.Reason> problem = lenientProblem(value);
        if (problem.isPresent()) {
            throw new InvalidDossierCodeException(problem.get(), value);
        }
    }

    /**
     * Parses a structured dossier code; surrounding white space is removed.
     *
     * @param text the code
     * @return the code
     * @throws InvalidDossierCodeException if it is not a structured code
     */
    public static DossierCode parse(String text) {
        return parse(text, Mode.STRICT);
    }

    /**
     * Parses a dossier code in the given mode; surrounding white space is removed.
     *
     * @param text the code
     * @param mode {@link Mode#STRICT} for the structured form only, {@link Mode#LENIENT} for any
     *     opaque identifier
     * @return the code
     * @throws InvalidDossierCodeException if it is not a code in that mode, with the reason
     */
    public static DossierCode parse(String text, Mode mode) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        String t = text.strip();
        Optional<InvalidDossierCodeException.Reason> problem = mode == Mode.STRICT ? strictProblem(t) : lenientProblem(t);
        if (problem.isPresent()) {
            throw new InvalidDossierCodeException(problem.get(), text);
        }
        return new DossierCode(t);
    }

    /**
     * Formats a structured code. The sequence is zero-padded to {@code digits} digits.
     *
     * @param agency the agency identifier, such as {@code H15.50.05.13}
     * @param intakeDate the intake date, in 2000–2099
     * @param sequence the sequence number, 0 or more
     * @param digits how many digits to print, 4 to 7
     * @return the code
     * @throws InvalidDossierCodeException if the parts do not make a structured code (the
     *     agency has other characters, the date is outside 2000–2099, the sequence does not fit)
     */
    public static DossierCode of(String agency, LocalDate intakeDate, long sequence, int digits) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(intakeDate, "intakeDate");
        if (digits < 4 || digits > 7) {
            throw new IllegalArgumentException("số chữ số của số thứ tự phải từ 4 đến 7, nhận được " + digits
                    + " / the sequence has 4 to 7 digits, got " + digits);
        }
        String seq = sequence < 0 ? "-" + (-sequence) : String.format("%0" + digits + "d", sequence);
        String yymmdd = intakeDate.getYear() >= 2000 && intakeDate.getYear() <= 2099
                ? String.format("%02d%02d%02d", intakeDate.getYear() % 100, intakeDate.getMonthValue(), intakeDate.getDayOfMonth())
                : intakeDate.toString();
        return parse(agency + "-" + yymmdd + "-" + seq, Mode.STRICT);
    }

    /**
     * Formats a structured code with a 4-digit sequence (more digits if the number needs them).
     *
     * @throws InvalidDossierCodeException as {@link #of(String, LocalDate, long, int)}
     */
    public static DossierCode of(String agency, LocalDate intakeDate, long sequence) {
        int digits = Math.max(4, Long.toString(Math.abs(sequence)).length());
        return of(agency, intakeDate, sequence, Math.min(digits, 7));
    }

    /** Whether {@code text} is a structured code (strict mode); null gives false. */
    public static boolean isWellFormed(String text) {
        return text != null && strictProblem(text).isEmpty();
    }

    /** Whether {@code text} is a code in {@code mode}; null gives false. */
    public static boolean isWellFormed(String text, Mode mode) {
        Objects.requireNonNull(mode, "mode");
        return text != null && (mode == Mode.STRICT ? strictProblem(text) : lenientProblem(text)).isEmpty();
    }

    /** Whether this code has the structured form, so that its parts are known. */
    public boolean isStructured() {
        return strictProblem(value).isEmpty();
    }

    /** The agency identifier ({@code H15.50.05.13}), for a structured code. */
    public Optional<String> agency() {
        return structured().map(m -> m.group(1));
    }

    /** The intake date ({@code 261008} is 8 October 2026), for a structured code. */
    public Optional<LocalDate> intakeDate() {
        return structured().map(DossierCode::date);
    }

    /** The sequence number ({@code 0975} is 975), for a structured code. */
    public OptionalLong sequence() {
        Optional<Matcher> m = structured();
        return m.isPresent() ? OptionalLong.of(Long.parseLong(m.get().group(5))) : OptionalLong.empty();
    }

    private Optional<Matcher> structured() {
        return isStructured() ? Optional.of(matcher(value)) : Optional.empty();
    }

    private static Matcher matcher(String text) {
        Matcher m = STRUCTURED.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("not structured: " + text);
        }
        return m;
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    private static Optional<InvalidDossierCodeException.Reason> lenientProblem(String t) {
        if (t.isBlank()) {
            return Optional.of(InvalidDossierCodeException.Reason.BLANK);
        }
        if (t.length() > MAX_LENGTH) {
            return Optional.of(InvalidDossierCodeException.Reason.TOO_LONG);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return Optional.of(InvalidDossierCodeException.Reason.BAD_CHARACTER);
            }
        }
        return Optional.empty();
    }

    private static Optional<InvalidDossierCodeException.Reason> strictProblem(String t) {
        Optional<InvalidDossierCodeException.Reason> lenient = lenientProblem(t);
        if (lenient.isPresent()) {
            return lenient;
        }
        Matcher m = STRUCTURED.matcher(t);
        if (!m.matches()) {
            return Optional.of(InvalidDossierCodeException.Reason.NOT_STRUCTURED);
        }
        try {
            date(m);
        } catch (DateTimeException e) {
            return Optional.of(InvalidDossierCodeException.Reason.BAD_DATE);
        }
        return Optional.empty();
    }

    @Override
    public int compareTo(DossierCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
