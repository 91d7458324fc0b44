package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast paths agree with the ISO formatters, on good and bad text alike. */
class IsoTimesProperties {

    @Property
    void formatsAsTheIsoFormatters(@ForAll("moments") LocalDateTime t) {
        assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t), IsoTimes.formatDateTime(t));
        assertEquals(DateTimeFormatter.ISO_LOCAL_DATE.format(t.toLocalDate()), IsoTimes.formatDate(t.toLocalDate()));
        assertEquals(t, IsoTimes.parseDateTime(IsoTimes.formatDateTime(t)));
    }

    @Property
    void acceptsExactlyWhatTheIsoParsersAccept(@ForAll("texts") String s) {
        assertEquals(outcome(() -> LocalDateTime.parse(s)), outcome(() -> IsoTimes.parseDateTime(s)), s);
        String date = s.substring(0, Math.min(10, s.length()));
        assertEquals(outcome(() -> LocalDate.parse(date)), outcome(() -> IsoTimes.parseDate(date)), date);
        String month = s.substring(0, Math.min(7, s.length()));
        assertEquals(outcome(() -> YearMonth.parse(month)), outcome(() -> IsoTimes.parseYearMonth(month)), month);
        char[] framed = ("«" + s + "»").toCharArray();
        assertEquals(outcome(() -> LocalDateTime.parse(s)),
                outcome(() -> orParse(IsoTimes.dateTime(framed, 1, s.length()), () -> LocalDateTime.parse(s))), s);
        char[] framedMonth = ("«" + month + "»").toCharArray();
        assertEquals(outcome(() -> YearMonth.parse(month)),
                outcome(() -> orParse(IsoTimes.yearMonth(framedMonth, 1, month.length()), () -> YearMonth.parse(month))),
                month);
    }

    @Property
    void readsMonthsAsYearMonthParse(@ForAll("months") String s) {
        assertEquals(outcome(() -> YearMonth.parse(s)), outcome(() -> IsoTimes.parseYearMonth(s)), s);
    }

    private static Object orParse(Object fast, java.util.function.Supplier<Object> parse) {
        return fast != null ? fast : parse.get();
    }

    private static String outcome(java.util.function.Supplier<Object> parse) {
        try {
            return String.valueOf(parse.get());
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return Arbitraries.longs().between(-5_000_000_000L, 300_000_000_000L)
                .map(s -> LocalDateTime.of(1900, 1, 1, 0, 0).plusSeconds(s))
                .flatMap(t -> Arbitraries.of(0, 0, 0, 5000, 123_000_000).map(t::withNano));
    }

    @Provide
    Arbitrary<String> months() {
        Arbitrary<String> digitsInShape = Arbitraries.strings().withChars("0123456789").ofLength(6)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6));
        Arbitrary<String> noisy = Arbitraries.strings().withChars("0129-+ ٣").ofMinLength(5).ofMaxLength(9);
        return Arbitraries.oneOf(digitsInShape, noisy, moments().map(t -> t.toString().substring(0, 7)));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> digitsInShape = Arbitraries.strings().withChars("0123456789").ofLength(14)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8) + "T" + d.substring(8, 10)
                        + ":" + d.substring(10, 12) + ":" + d.substring(12, 14));
        Arbitrary<String> noisy = Arbitraries.strings().withChars("0129-T:+ ٣").ofLength(19);
        return Arbitraries.oneOf(digitsInShape, noisy, moments().map(LocalDateTime::toString));
    }
}
