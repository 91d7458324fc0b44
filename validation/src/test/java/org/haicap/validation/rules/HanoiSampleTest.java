package org.haicap.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.people.Appointment;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.Measure;
import org.haicap.validation.Severity;
import org.haicap.validation.ValidationResult;
import org.haicap.validation.testing.ValidCommune;
import org.haicap.validation.testing.ValidCommuneArbitraries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The staffing the Hà Nội report of 15 July 2025 describes (125/126 bí thư, 251/252 phó bí thư,
 * 125/126 phó chủ tịch HĐND, 240/252 phó chủ tịch UBND) yields exactly those gaps as errors,
 * and nothing else at error level.
 */
class HanoiSampleTest {

    @Test
    @DisplayName("Hà Nội, 15/7/2025: the gaps the report implies are the only errors")
    void hanoiGaps() {
        List<AdminUnit> units = UnitCatalog.official().units(UnitCatalog.official().province("01").orElseThrow().code());
        assertEquals(126, units.size());
        Dataset.Builder b = Dataset.builder(DatasetInfo.of("hanoi", LocalDate.of(2025, 7, 15)));
        ValidCommune first = null;
        for (int i = 0; i < units.size(); i++) {
            ValidCommune c = ValidCommuneArbitraries.example(units.get(i).code());
            first = first == null ? c : first;
            Dataset d = c.dataset();
            List<Appointment> apps = new ArrayList<>(d.appointments());
            String u = c.unit().value();
            if (i == 0) {
                apps.removeIf(a -> a.id().value().equals(u + "-A-SEC"));
            } else if (i == 1) {
                apps.removeIf(a -> a.id().value().equals(u + "-A-SDS"));
            } else if (i == 2) {
                apps.removeIf(a -> a.id().value().equals(u + "-A-HVC"));
            } else if (i < 15) {
                apps.removeIf(a -> a.id().value().equals(u + "-A-UVC2"));
            }
            b.units(d.units()).people(d.people()).posts(d.posts()).appointments(apps).organisations(d.organisations())
                    .congresses(d.congresses());
        }
        ValidationResult r = DatasetValidator.of(first.parameters()).validate(b.build(), LocalDate.of(2025, 7, 15));
        Map<String, Long> errors = new TreeMap<>();
        r.rules().forEach((id, s) -> {
            if (s.errors() > 0) {
                errors.put(id, s.errors());
            }
        });
        assertEquals(Map.of(Rules.COMMUNE_SECRETARY.id(), 1L, Rules.COMMUNE_DEPUTY_SECRETARIES.id(), 1L,
                Rules.COMMUNE_COUNCIL_VICE_CHAIR.id(), 1L, Rules.COMMUNE_COMMITTEE_VICE_CHAIRS.id(), 12L), errors);
        assertEquals(new Measure(125, 126), r.measure(Rules.COMMUNE_SECRETARY.id()).orElseThrow());
        assertEquals(new Measure(114, 126), r.measure(Rules.COMMUNE_COMMITTEE_VICE_CHAIRS.id()).orElseThrow());
        // the Bí thư who left also chaired the HĐND in that unit: its chair is no longer held as configured
        assertEquals(1, r.count(Severity.WARNING));
    }
}
