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
        assertEquals(LocalDate.of(2025, 7, 1), in.dossierParameters().from());
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
    void theRulesTravelAsSettingsTextAndAreBuiltFromIt() {
        ReportInputs in = ReportInputs.of(EMPTY, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 13));
        assertEquals(RuleSetup.defaults(), in.rules());
        String json = "{\"format\": \"haicap-rule-settings\", \"version\": \"1.0\", \"unpaidFeeMonths\": 5}";
        ReportInputs set = in.withRules(RuleSetup.defaults().withSettings(json, "rules.json").withFeeBasisSalary(5_000_000));
        assertEquals(json, set.rules().settings());
        assertEquals(5, set.ruleParameters().unpaidFeeMonths());
        assertEquals(3, in.ruleParameters().unpaidFeeMonths());
        assertTrue(set.ruleParameters().feeBasis().isPresent());
        assertTrue(in.ruleParameters().feeBasis().isEmpty());
    }
}
