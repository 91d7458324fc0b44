package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.haicap.reporting.Fraction;
import org.haicap.core.text.Language;
import org.haicap.reporting.Period;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Formats VI = Formats.of(Language.VI);
    private static final Formats EN = Formats.of(Language.EN);

    @Test
    void integersGroupThousands() {
        assertEquals("2.552", VI.integer(2552));
        assertEquals("2,552", EN.integer(2552));
        assertEquals("0", VI.integer(0));
        assertEquals("999", VI.integer(999));
        assertEquals("72.995", VI.integer(72_995));
        assertEquals("1.234.567", VI.integer(1_234_567));
        assertEquals("-1.000", VI.integer(-1000));
        assertEquals("-9.223.372.036.854.775.808", VI.integer(Long.MIN_VALUE));
    }

    @Test
    void percentagesUseTheLanguagesDecimalSeparatorAndKeepScale() {
        assertEquals("99,6%", VI.percent(new BigDecimal("99.6")));
        assertEquals("99.6%", EN.percent(new BigDecimal("99.6")));
        assertEquals("20,12%", VI.percent(new BigDecimal("20.12")));
        assertEquals("14%", VI.percent(new BigDecimal("14")));
        assertEquals("100,0%", VI.percent(new BigDecimal("100.0")));
        assertEquals("1.234,5", VI.decimal(new BigDecimal("1234.5")));
    }

    @Test
    void fractionsAsTheSeedPrintsThem() {
        assertEquals("1.233/1.238", VI.fraction(Fraction.of(1233, 1238)));
        assertEquals("1,233/1,238", EN.fraction(Fraction.of(1233, 1238)));
    }

    @Test
    void datesHaveNoZeroPaddingInVietnameseAndAMonthNameInEnglish() {
        assertEquals("14/7/2025", VI.date(LocalDate.of(2025, 7, 14)));
        assertEquals("1/1/2026", VI.date(LocalDate.of(2026, 1, 1)));
        assertEquals("14 July 2025", EN.date(LocalDate.of(2025, 7, 14)));
    }

    @Test
    void periodsShortenTheVietnameseWay() {
        assertEquals("1 - 13/7/2025", VI.period(Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))));
        assertEquals("28/6 - 3/7/2025", VI.period(Period.of(LocalDate.of(2025, 6, 28), LocalDate.of(2025, 7, 3))));
        assertEquals("28/12/2024 - 3/1/2025",
                VI.period(Period.of(LocalDate.of(2024, 12, 28), LocalDate.of(2025, 1, 3))));
        assertEquals("14/7/2025", VI.period(Period.day(LocalDate.of(2025, 7, 14))));
        assertEquals("1–13 July 2025", EN.period(Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 13))));
        assertEquals("28 June – 3 July 2025", EN.period(Period.of(LocalDate.of(2025, 6, 28), LocalDate.of(2025, 7, 3))));
        assertEquals("28 December 2024 – 3 January 2025",
                EN.period(Period.of(LocalDate.of(2024, 12, 28), LocalDate.of(2025, 1, 3))));
    }

    @Test
    void largeNumbersAbbreviate() {
        assertEquals("1,9 triệu", VI.compact(1_900_000, 1));
        assertEquals("1.9 million", EN.compact(1_900_000, 1));
        assertEquals("2 triệu", VI.compact(1_960_000, 1).replace("2,0", "2"));
        assertEquals("2 triệu", VI.compact(2_000_000, 1));
        assertEquals("1,95 triệu", VI.compact(1_950_000, 2));
        assertEquals("2 triệu", VI.compact(1_950_000, 0));
        assertEquals("2,1 tỷ", VI.compact(2_100_000_000L, 1));
        assertEquals("2.1 billion", EN.compact(2_100_000_000L, 1));
        assertEquals("66.000", VI.compact(66_000, 1));
        assertThrows(IllegalArgumentException.class, () -> VI.compact(1, 7));
    }

    @Property(tries = 300)
    void groupingIsOnlyPunctuation(@ForAll long value) {
        assertEquals(Long.toString(value), VI.integer(value).replace(".", ""));
        assertEquals(Long.toString(value), EN.integer(value).replace(",", ""));
    }

    @Property(tries = 300)
    void decimalsSwapSeparatorsBetweenLanguages(@ForAll long unscaled, @ForAll("scales") int scale) {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale);
        String vi = VI.decimal(d);
        String swapped = vi.replace('.', '#').replace(',', '.').replace('#', ',');
        assertEquals(EN.decimal(d), swapped);
        assertEquals(d, new BigDecimal(EN.decimal(d).replace(",", "")));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> scales() {
        return net.jqwik.api.Arbitraries.integers().between(0, 6);
    }
}
