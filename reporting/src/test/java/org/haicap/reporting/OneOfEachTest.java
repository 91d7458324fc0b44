package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.haicap.core.io.HaicapInputException;
import org.haicap.core.testsupport.MainClasses;
import org.haicap.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Labels of reporting use the one bilingual text type; its refusals of input the one exception base. */
class OneOfEachTest {
    @Test
    void noClassHandRollsABilingualPair() {
        assertEquals(List.of(), MainClasses.handRollingBilingualPairs());
    }

    @Test
    void everyArgumentExceptionHasTheInputBaseButTheMergeOfMismatchedAggregates() {
        // merging aggregates built with different parameters is a programming error, not input
        assertEquals(List.of("org.haicap.reporting.aggregate.AggregateMismatchException"),
                MainClasses.argumentExceptionsOutsideTheInputBase());
    }

    @Test
    void aRefusedReportValueSpeaksBothLanguages() {
        HaicapInputException e = assertThrows(HaicapInputException.class, () -> Count.of(LocalizedText.of("x"), -1));
        assertEquals(InvalidReportException.class, e.getClass());
        assertEquals(e.message(Locale.forLanguageTag("vi")) + " / " + e.message(Locale.ENGLISH), e.getMessage());
        assertEquals("the value must not be negative, got \"-1\"", e.message(Locale.ENGLISH));
    }
}
