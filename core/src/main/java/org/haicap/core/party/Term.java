package org.haicap.core.party;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.text.VietnameseText;

/**
 * A term of office (nhiệm kỳ) in whole years, such as 2025–2030. Commune party committees and
 * basic organisations have 5-year terms; cells before 1 July 2025 held two congresses in 5 years,
 * so any length from 1 to 10 years is accepted. This is an immutable, thread-safe value type.
 *
 * @param startYear the first year, 1930 or later
 * @param endYear the last year, 1 to 10 years after {@code startYear}
 */
public record Term(int startYear, int endYear) implements Comparable<Term>, Serializable {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[-–—/]\\s*(\\d{4})");

    /**
     * Checks the years.
     *
     * @throws InvalidPartyDataException if the start is before 1930 or after 2200, or the end
     *     is not 1 to 10 years after the start
     */
    public Term {
        if (startYear < 1930 || startYear > 2200) {
            throw new InvalidPartyDataException("startYear", Integer.toString(startYear),
                    "năm bắt đầu nhiệm kỳ phải từ 1930 đến 2200", "a term starts in 1930 to 2200");
        }
        if (endYear <= startYear || endYear - startYear > 10) {
            throw new InvalidPartyDataException("endYear", startYear + "–" + endYear,
                    "nhiệm kỳ phải kéo dài từ 1 đến 10 năm", "a term lasts 1 to 10 years");
        }
    }

    /** The term {@code startYear}–{@code endYear}. */
    public static Term of(int startYear, int endYear) {
        return new Term(startYear, endYear);
    }

    /**
     * Parses {@code 2025–2030}, {@code 2025-2030} or {@code 2025 - 2030} (hyphen, en or em dash,
     * or slash; surrounding white space ignored).
     *
     * @throws InvalidPartyDataException if the text is not two years so separated, or the years
     *     are not a valid term
     */
    public static Term parse(String text) {
        PartyChecks.present("term", text);
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidPartyDataException("term", VietnameseText.excerpt(text, 40),
                    "nhiệm kỳ phải có dạng 2025–2030", "a term has the form 2025–2030");
        }
        return new Term(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The number of years from start to end. */
    public int years() {
        return endYear - startYear;
    }

    /** Whether {@code year} lies in the term, both ends included. */
    public boolean includes(int year) {
        return year >= startYear && year <= endYear;
    }

    @Override
    public int compareTo(Term other) {
        int c = Integer.compare(startYear, other.startYear);
        return c != 0 ? c : Integer.compare(endYear, other.endYear);
    }

    /** The term with an en dash, as printed: {@code 2025–2030}. */
    @Override
    public String toString() {
        return startYear + "–" + endYear;
    }
}
