package org.haicap.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.haicap.reporting.Fraction;
import org.haicap.core.text.Language;
import org.haicap.reporting.Period;

/**
 * Human number and date formats of one language, written out explicitly so the output is the
 * same on every JDK (the JDK's locale data for {@code vi} has changed between releases):
 *
 * <table>
 * <caption>Formats</caption>
 * <tr><th>What</th><th>Vietnamese ({@code vi-VN})</th><th>English ({@code en})</th></tr>
 * <tr><td>integer</td><td>{@code 2.552}</td><td>{@code 2,552}</td></tr>
 * <tr><td>percent</td><td>{@code 99,6%}</td><td>{@code 99.6%}</td></tr>
 * <tr><td>fraction</td><td>{@code 1.233/1.238}</td><td>{@code 1,233/1,238}</td></tr>
 * <tr><td>date</td><td>{@code 14/7/2025} (no zero padding)</td><td>{@code 14 July 2025}</td></tr>
 * <tr><td>period, one month</td><td>{@code 1 - 13/7/2025}</td><td>{@code 1–13 July 2025}</td></tr>
 * <tr><td>period, two months</td><td>{@code 28/6 - 3/7/2025}</td><td>{@code 28 June – 3 July 2025}</td></tr>
 * <tr><td>period, two years</td><td>{@code 28/12/2024 - 3/1/2025}</td><td>{@code 28 December 2024 – 3 January 2025}</td></tr>
 * <tr><td>compact</td><td>{@code 1,9 triệu}, {@code 2,1 tỷ}</td><td>{@code 1.9 million}, {@code 2.1 billion}</td></tr>
 * </table>
 *
 * <p>English dates spell the month out ({@code 14 July 2025}) so that they cannot be misread
 * as month/day. Machine formats (JSON, CSV) do not use this class: they print {@code 2552},
 * {@code 62.6} and ISO dates.
 *
 * <p>Immutable and thread-safe.
 */
public final class Formats {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final Formats VI = new Formats(Language.VI, '.', ',');
    private static final Formats EN = new Formats(Language.EN, ',', '.');

    private final Language language;
    private final char grouping;
    private final char decimalSeparator;

    private Formats(Language language, char grouping, char decimalSeparator) {
        this.language = language;
        this.grouping = grouping;
        this.decimalSeparator = decimalSeparator;
    }

    /** The formats of {@code language}. */
    public static Formats of(Language language) {
        return Objects.requireNonNull(language, "language") == Language.VI ? VI : EN;
    }

    /** The language these formats belong to. */
    public Language language() {
        return language;
    }

    /** A whole number with grouping of thousands: {@code 2.552} / {@code 2,552}. */
    public String integer(long value) {
        String digits = Long.toString(value);
        return digits.startsWith("-") ? "-" + group(digits.substring(1)) : group(digits);
    }

    private String group(String digits) {
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                b.append(grouping);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /**
     * A decimal number as given (its scale is kept): {@code 99,6} / {@code 99.6};
     * the integer part is grouped.
     */
    public String decimal(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String groupedWhole = group(whole);
        String result = dot < 0 ? groupedWhole : groupedWhole + decimalSeparator + plain.substring(dot + 1);
        return value.signum() < 0 ? "-" + result : result;
    }

    /** A percentage as given, with its sign: {@code 99,6%} / {@code 99.6%}. */
    public String percent(BigDecimal percent) {
        return decimal(percent) + "%";
    }

    /** A fraction: {@code 1.233/1.238} / {@code 1,233/1,238}. */
    public String fraction(Fraction fraction) {
        return integer(fraction.numerator()) + "/" + integer(fraction.denominator());
    }

    /**
     * A large number abbreviated: a million or more as {@code 1,9 triệu} / {@code 1.9 million},
     * a billion or more as {@code tỷ} / {@code billion}, rounded HALF_UP to {@code decimals}
     * places with trailing zeros dropped ({@code 2 triệu}, not {@code 2,0 triệu}). Smaller
     * values print in full.
     *
     * @param decimals 0 to 6
     */
    public String compact(long value, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("số chữ số thập phân phải trong khoảng 0–6, nhận được " + decimals
                    + " / decimals must lie in 0–6, got " + decimals);
        }
        long abs = Math.abs(value);
        BigDecimal scale;
        String word;
        if (abs >= 1_000_000_000L) {
            scale = BILLION;
            word = language == Language.VI ? "tỷ" : "billion";
        } else if (abs >= 1_000_000L) {
            scale = MILLION;
            word = language == Language.VI ? "triệu" : "million";
        } else {
            return integer(value);
        }
        BigDecimal shown = BigDecimal.valueOf(value).divide(scale, decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return decimal(shown) + " " + word;
    }

    /** A date: {@code 14/7/2025} / {@code 14 July 2025}. */
    public String date(LocalDate date) {
        if (language == Language.VI) {
            return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
        }
        return date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
    }

    /**
     * A period, shortened the Vietnamese way: {@code 1 - 13/7/2025}, {@code 28/6 - 3/7/2025},
     * {@code 28/12/2024 - 3/1/2025}; English {@code 1–13 July 2025},
     * {@code 28 June – 3 July 2025}. A one-day period prints as its date.
     */
    public String period(Period period) {
        LocalDate s = period.start();
        LocalDate e = period.end();
        if (s.equals(e)) {
            return date(s);
        }
        boolean sameYear = s.getYear() == e.getYear();
        boolean sameMonth = sameYear && s.getMonthValue() == e.getMonthValue();
        if (language == Language.VI) {
            String start = sameMonth ? Integer.toString(s.getDayOfMonth())
                    : sameYear ? s.getDayOfMonth() + "/" + s.getMonthValue() : date(s);
            return start + " - " + date(e);
        }
        if (sameMonth) {
            return s.getDayOfMonth() + "–" + date(e);
        }
        String start = sameYear ? s.getDayOfMonth() + " " + month(s) : date(s);
        return start + " – " + date(e);
    }

    private static String month(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1];
    }

    @Override
    public String toString() {
        return "Formats[" + language.tag() + "]";
    }
}
