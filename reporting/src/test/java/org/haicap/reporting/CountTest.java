package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.text.Language;

class CountTest {
    private static final LocalizedText L = LocalizedText.of("Hồ sơ", "Dossiers");

    @Test
    void buildsAQualifiedCompactCount() {
        Count c = Count.of(L, 1_900_000).withUnit(LocalizedText.of("lượt", "visits")).moreThan().compact(1);
        assertEquals(1_900_000, c.value());
        assertEquals(Count.Qualifier.MORE_THAN, c.qualifier());
        assertEquals(OptionalInt.of(1), c.compactDecimals());
        assertEquals("visits", c.unit().orElseThrow().in(Language.EN));
    }

    @Test
    void qualifierWordsInBothLanguages() {
        assertEquals("hơn", Count.Qualifier.MORE_THAN.word(Language.VI));
        assertEquals("more than", Count.Qualifier.MORE_THAN.word(Language.EN));
        assertEquals("trên", Count.Qualifier.OVER.word(Language.VI));
        assertEquals("", Count.Qualifier.EXACT.word(Language.EN));
    }

    @Test
    void roundedDownKeepsTheExactValueAndPrintsMoreThanWhenSomethingIsCut() {
        Count c = Count.of(L, 67_662).withUnit(LocalizedText.of("hồ sơ", "dossiers")).roundedDown(1000);
        assertEquals(67_662, c.value());
        assertEquals(Count.Qualifier.EXACT, c.qualifier());
        assertEquals(OptionalLong.of(1000), c.roundedDownTo());
        assertEquals(67_000, c.printedValue());
        assertEquals(Count.Qualifier.MORE_THAN, c.printedQualifier());
        Count exact = Count.of(L, 67_000).roundedDown(1000);
        assertEquals(67_000, exact.printedValue());
        assertEquals(Count.Qualifier.EXACT, exact.printedQualifier());
        Count small = Count.of(L, 999).roundedDown(1000);
        assertEquals(999, small.printedValue());
        assertEquals(Count.Qualifier.EXACT, small.printedQualifier());
        assertEquals(0, Count.of(L, 0).roundedDown(1000).printedValue());
    }

    @Test
    void withoutRoundingThePrintedFigureIsTheValue() {
        Count c = Count.of(L, 67_662).moreThan();
        assertEquals(OptionalLong.empty(), c.roundedDownTo());
        assertEquals(67_662, c.printedValue());
        assertEquals(Count.Qualifier.MORE_THAN, c.printedQualifier());
    }

    @Test
    void aQualifierOtherThanExactIsKeptWhenRounded() {
        Count c = Count.of(L, 1_779).withQualifier(Count.Qualifier.OVER).roundedDown(100);
        assertEquals(1_700, c.printedValue());
        assertEquals(Count.Qualifier.OVER, c.printedQualifier());
    }

    @Test
    void copiesKeepTheRounding() {
        Count c = Count.of(L, 42_317).roundedDown(1000).withUnit(L).compact(1).moreThan()
                .withSource(Source.of("x")).withNote(L);
        assertEquals(OptionalLong.of(1000), c.roundedDownTo());
        assertEquals(42_317, c.value());
        assertEquals(OptionalInt.of(1), c.compactDecimals());
    }

    @Test
    void theConstructorWithoutRoundingStillWorks() {
        Count c = new Count(L, 5, Count.Qualifier.ABOUT, Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
        assertEquals(OptionalLong.empty(), c.roundedDownTo());
        assertEquals(Count.of(L, 5).withQualifier(Count.Qualifier.ABOUT), c);
    }

    @Test
    void refusesAStepBelowOne() {
        InvalidReportException e = assertThrows(InvalidReportException.class, () -> Count.of(L, 5).roundedDown(0));
        assertEquals(InvalidReportException.Reason.STEP_NOT_POSITIVE, e.reason());
        assertEquals("Count.roundedDownTo", e.where());
        assertEquals("0", e.value());
        assertEquals("-1000", assertThrows(InvalidReportException.class,
                () -> Count.of(L, 5).roundedDown(-1000)).value());
    }

    @Test
    void refusesNegative() {
        InvalidReportException e = assertThrows(InvalidReportException.class, () -> Count.of(L, -5));
        assertEquals("-5", e.value());
        assertEquals("Count.value", e.where());
    }
}
