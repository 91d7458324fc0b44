package org.haicap.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.junit.jupiter.api.Test;

class ReportInputsTest {
    private static final Dataset EMPTY = Dataset.builder(DatasetInfo.of("t", LocalDate.of(2025, 7, 15))).build();

    @Test
    void carriesTheAggregateParameters() {
        ReportInputs in = ReportInputs.of(EMPTY, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 13));
        assertEquals(LocalDate.of(2025, 7, 15), in.dossierParameters().asOf());
        assertEquals(LocalDate.of(2025, 7, 13), in.dossierParameters().until());
        assertEquals(ReportInputs.CALENDAR, in.dossierParameters().calendar());
        assertTrue(in.ruleParameters().feeBasis().isEmpty());
    }

    @Test
    void refusesAReversedPeriodAndANegativeSample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportInputs.of(EMPTY,
                LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 1)));
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReportInputs(EMPTY, LocalDate.of(2025, 7, 15),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), -1));
    }

    @Test
    void namedParametersAreBuiltFromTheClassAndAWrongClassFailsOnTheDriver() {
        ReportInputs in = ReportInputs.of(EMPTY, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 13));
        ReportInputs named = in.withParametersClass(
                "org.haicap.examples.bench.NationalDataGenerator$RuleParametersSupplier");
        assertTrue(named.ruleParameters().feeBasis().isPresent());
        ReportInputs.UnusableParametersClassException missing = assertThrows(
                ReportInputs.UnusableParametersClassException.class, () -> in.withParametersClass("no.such.Type"));
        assertTrue(missing.getMessage().contains("class not found"), missing.getMessage());
        assertTrue(missing.vietnamese().contains("không tìm thấy"), missing.vietnamese());
        assertTrue(assertThrows(ReportInputs.UnusableParametersClassException.class,
                () -> in.withParametersClass("java.lang.Object")).english().contains("Supplier"));
        assertTrue(assertThrows(ReportInputs.UnusableParametersClassException.class,
                () -> in.withParametersClass("java.lang.Runtime")).english().contains("no-argument"));
    }
}
