package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    Arbitrary<String> texts() {
        Arbitrary<String> digitsInShape = Arbitraries.strings().withChars("0123456789").ofLength(14)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8) + "T" + d.substring(8, 10)
                        + ":" + d.substring(10, 12) + ":" + d.substring(12, 14));
        Arbitrary<String> noisy = Arbitraries.strings().withChars("0129-T:+ ٣").ofLength(19);
        return Arbitraries.oneOf(digitsInShape, noisy, moments().map(LocalDateTime::toString));
    }
}
