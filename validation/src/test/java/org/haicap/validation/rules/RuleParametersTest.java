package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Severity;
import org.junit.jupiter.api.Test;

class RuleParametersTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RuleParameters p = RuleParameters.defaults();
        assertEquals(2, p.committeeViceChairs(UnitCode.of("00004")));
        assertEquals(2.5, p.provinceViceChairAverage());
        assertEquals(LocalDate.of(2025, 11, 17), p.provinceViceChairAverageFrom());
        assertEquals(LocalDate.of(2030, 7, 1), p.overQuotaToleranceEnd());
        assertEquals(27, p.executiveCommitteeCap(2));
        assertEquals(33, p.executiveCommitteeCap(3));
        assertEquals(9, p.standingCommitteeMin());
        assertEquals(11, p.standingCommitteeMax());
        assertEquals(3, p.minimumFullMembers());
        assertEquals(30, p.basicCommitteeThreshold());
        assertEquals(Period.ZERO, p.secretaryGracePeriod());
        assertTrue(p.feeBasis().isEmpty());
        assertEquals(HdndChairArrangement.STANDING_DEPUTY_SECRETARY,
                p.hdndChair().arrangementFor(UnitCode.of("00004")));
        assertEquals(Severity.WARNING, p.overQuotaSeverity(LocalDate.of(2030, 6, 30)));
        assertEquals(Severity.ERROR, p.overQuotaSeverity(LocalDate.of(2030, 7, 1)));
    }

    @Test
    void changesAndRefusals() {
        RuleParameters p = RuleParameters.builder().committeeViceChairs(3).committeeViceChairs(UnitCode.of("00004"), 1)
                .severity("vn.commune.council-chair", Severity.INFO).build();
        assertEquals(1, p.committeeViceChairs(UnitCode.of("00004")));
        assertEquals(3, p.committeeViceChairs(UnitCode.of("00008")));
        assertEquals(Severity.INFO, p.severity("vn.commune.council-chair", Severity.WARNING));
        assertEquals(3, p.toBuilder().build().committeeViceChairs(UnitCode.of("00008")));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> RuleParameters.builder().minimumFullMembers(0));
        assertEquals("minimumFullMembers", e.parameter());
        assertEquals("0", e.value());
        assertThrows(InvalidParameterException.class, () -> RuleParameters.builder().severity("vn.x", Severity.INFO));
        assertThrows(InvalidParameterException.class,
                () -> RuleParameters.builder().secretaryGracePeriod(Period.ofDays(-1)));
        assertThrows(InvalidParameterException.class, () -> RuleParameters.builder().standingCommittee(12, 11));
    }

    @Test
    void timelinessCountsTheOriginalDueDateUnlessTold() {
        assertEquals(org.haicap.core.procedures.DueDateBasis.ORIGINAL, RuleParameters.defaults().timelinessDueDate());
        RuleParameters revised = RuleParameters.builder()
                .timelinessDueDate(org.haicap.core.procedures.DueDateBasis.REVISED).build();
        assertEquals(org.haicap.core.procedures.DueDateBasis.REVISED, revised.timelinessDueDate());
        assertEquals(org.haicap.core.procedures.DueDateBasis.REVISED, revised.toBuilder().build().timelinessDueDate());
        assertThrows(NullPointerException.class, () -> RuleParameters.builder().timelinessDueDate(null));
    }
}
