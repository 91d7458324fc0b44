package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Locale;
import org.haicap.core.io.HaicapInputException;
import org.haicap.core.testsupport.MainClasses;
import org.junit.jupiter.api.Test;

/** Labels of validation use the one bilingual text type; its refusals of input the one exception base. */
class OneOfEachTest {
    @Test
    void noClassHandRollsABilingualPair() {
        assertEquals(List.of(), MainClasses.handRollingBilingualPairs());
    }

    @Test
    void everyArgumentExceptionHasTheInputBase() {
        assertEquals(List.of(), MainClasses.argumentExceptionsOutsideTheInputBase());
    }

    @Test
    void severityReadsItsLabel() {
        assertEquals("cảnh báo", Severity.WARNING.vietnamese());
        assertEquals("warning", Severity.WARNING.in(Locale.ENGLISH));
        assertInstanceOf(HaicapInputException.class, new org.haicap.core.units.InvalidCodeException(
                org.haicap.core.units.InvalidCodeException.Kind.UNIT, "1"));
    }
}
