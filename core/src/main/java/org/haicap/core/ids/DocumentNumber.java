package org.haicap.core.ids;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.text.VietnameseText;

/**
 * The number and symbol of an official document (số, ký hiệu văn bản), such as
 * {@code 150/2025/NĐ-CP}, {@code 1656/NQ-UBTVQH15} or {@code 11-HD/TU}.
 *
 * <p>Three forms are recognised (see {@link Form}):
 * <ul>
 *   <li>state legal normative documents carry the year: {@code số/năm/ký hiệu}
 *       ({@code 19/2025/QĐ-TTg}, {@code 72/2025/QH15});</li>
 *   <li>other state documents (NĐ 30/2020/NĐ-CP) have no year: {@code số/loại-cơ quan}
 *       ({@code 1656/NQ-UBTVQH15}, {@code 12/BC-UBND});</li>
 *   <li>Party documents put a hyphen before the type and a slash before the issuer:
 *       {@code số-loại/cơ quan} ({@code 45-CT/TW}, {@code 11-HD/TU}, {@code 141-CV/VPTW/nb}).</li>
 * </ul>
 * Party numbering restarts with each Central Committee term, so the number alone does not
 * identify a Party document: keep its date with it.
 *
 * <p>The text is normalised to NFC and kept as given otherwise. This is an immutable,
 * thread-safe value type.
 *
 * @param text the document number as written, NFC
 * @param form which of the three forms it has
 * @param number the leading serial number
 * @param year the year, for the normative form
 * @param symbol everything after the number (and year): the type and issuer, e.g. {@code NĐ-CP}
 */
public record DocumentNumber(String text, Form form, int number, Optional<Integer> year, String symbol)
        implements Serializable {

    private static final String SYMBOL_PART = "[\\p{L}0-9]+";
    private static final Pattern NORMATIVE = Pattern.compile(
            "^(\\d{1,6})/(\\d{4})/(" + SYMBOL_PART + "(?:-" + SYMBOL_PART + ")*)$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "^(\\d{1,6})/(" + SYMBOL_PART + "(?:-" + SYMBOL_PART + ")+)$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PARTY = Pattern.compile(
            "^(\\d{1,6})-(\\p{L}+/" + SYMBOL_PART + "(?:-" + SYMBOL_PART + ")*(?:/" + SYMBOL_PART + ")?)$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The form of a document number. */
    public enum Form {
        /** A state legal normative document: {@code số/năm/ký hiệu}. */
        STATE_NORMATIVE,
        /** A state administrative document: {@code số/loại-cơ quan}. */
        STATE_ADMINISTRATIVE,
        /** A Party document: {@code số-loại/cơ quan}. */
        PARTY
    }

    /**
     * Checks that the parts agree with the text.
     *
     * @throws InvalidIdentifierException if the text does not parse to these parts
     */
    public DocumentNumber {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(symbol, "symbol");
        Parts p = parts(text);
        if (!text.equals(p.text) || p.form != form || p.number != number || !p.year.equals(year)
                || !p.symbol.equals(symbol)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Kind.DOCUMENT_NUMBER, text);
        }
    }

    /**
     * Parses a document number.
     *
     * @param text the number as written; surrounding white space is removed, NFD text normalised
     * @return the document number
     * @throws InvalidIdentifierException if it has none of the three forms
     */
    public static DocumentNumber parse(String text) {
        Parts p = parts(text);
        return new DocumentNumber(p.text, p.form, p.number, p.year, p.symbol);
    }

    private record Parts(String text, Form form, int number, Optional<Integer> year, String symbol) {
    }

    private static Parts parts(String text) {
        Objects.requireNonNull(text, "text");
        String t = VietnameseText.nfc(text.strip());
        if (t.length() <= 80) {
            Matcher m = NORMATIVE.matcher(t);
            if (m.matches()) {
                return new Parts(t, Form.STATE_NORMATIVE, Integer.parseInt(m.group(1)),
                        Optional.of(Integer.parseInt(m.group(2))), m.group(3));
            }
            m = PARTY.matcher(t);
            if (m.matches()) {
                return new Parts(t, Form.PARTY, Integer.parseInt(m.group(1)), Optional.empty(), m.group(2));
            }
            m = ADMINISTRATIVE.matcher(t);
            if (m.matches()) {
                return new Parts(t, Form.STATE_ADMINISTRATIVE, Integer.parseInt(m.group(1)),
                        Optional.empty(), m.group(2));
            }
        }
        throw new InvalidIdentifierException(InvalidIdentifierException.Kind.DOCUMENT_NUMBER, text);
    }

    /**
     * Whether {@code text} is a document number in one of the three forms.
     *
     * @param text any text, may be null
     * @return true when {@link #parse(String)} would accept it
     */
    public static boolean isWellFormed(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Serialises as the text alone ({@code Optional} is not serialisable); reading parses it
     * again, so a stream cannot smuggle in parts that disagree with the text.
     */
    private Object writeReplace() {
        return new Serialized(text);
    }

    private record Serialized(String text) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return parse(text);
        }
    }
}
