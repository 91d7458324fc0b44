package org.haicap.core.units.former;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haicap.core.testsupport.PackageReferences;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.FormerUnit;
import org.haicap.core.units.Successor;
import org.haicap.core.units.UnitCatalog;
import org.junit.jupiter.api.Test;

/**
 * Every commune of 30 June 2025 either has successors in the official catalogue of 1 July 2025
 * or is one of the listed exceptions (docs/catalogue.md explains each).
 */
class FormerSuccessorsTest {

    private static final FormerCatalog C = FormerCatalog.asOf30June2025();

    /**
     * Communes the NSO conversion workbook never lists by their own code: it gives each one under
     * the code of a neighbouring commune of the same district (a code slip, flagged in the
     * {@code notes} of vn-admin-units-2025.csv), so they are reached by name, not by code.
     */
    static final Map<String, String> WITHOUT_SUCCESSORS = Map.of(
            "01651", "01615", // Xã Mỹ Hưng, Huyện Quảng Hòa (Cao Bằng): listed as 01615 under 01648 Xã Phục Hòa
            "02482", "02485"); // Xã Phú Thịnh, Huyện Yên Sơn (Tuyên Quang): listed as 02485 under 02494 Xã Thái Bình

    @Test
    void everyCommuneHasSuccessorsOrIsAnExplainedException() {
        List<String> missing = new ArrayList<>();
        int split = 0;
        for (FormerCommune c : C.communes()) {
            List<Successor> s = C.successors(c.code());
            if (s.isEmpty()) {
                missing.add(c.code());
                continue;
            }
            if (s.size() > 1) {
                split++;
            }
            for (Successor x : s) {
                assertEquals(c.code(), x.former().unitCode().orElseThrow().value());
            }
        }
        assertEquals(WITHOUT_SUCCESSORS.keySet().stream().sorted().toList(), missing);
        assertEquals(441, split, "former communes split across more than one new unit");
    }

    @Test
    void theExceptionsAreListedByNameUnderTheirNeighboursCode() {
        UnitCatalog official = UnitCatalog.official();
        WITHOUT_SUCCESSORS.forEach((code, slip) -> {
            FormerCommune c = C.commune(code).orElseThrow();
            List<Successor> bySlip = official.successors(slip);
            assertTrue(bySlip.stream().map(Successor::former).map(FormerUnit::name)
                    .anyMatch(n -> VietnameseText.fold(n).equals(VietnameseText.fold(c.name()))),
                    c + " is listed by name under " + slip + ": " + bySlip);
        });
    }

    @Test
    void everyFormerCodeOfTheWorkbookIsACommuneOfThisCatalogue() {
        int checked = 0;
        for (var unit : UnitCatalog.official().units()) {
            for (FormerUnit f : unit.formerUnits()) {
                if (f.unitCode().isPresent()) {
                    assertTrue(C.commune(f.unitCode().get().value()).isPresent(), unit + ": " + f);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_500, "checked " + checked);
    }

    @Test
    void theCatalogueOf2025NamesNothingOfThisPackage() {
        // so that loading UnitCatalog.official() never loads the catalogue of 30 June 2025
        assertEquals(List.of(), PackageReferences.filesReferring("org.haicap.core.units", "org.haicap.core.units.former"));
        assertFalse(PackageReferences.filesReferring("org.haicap.core.units.former", "org.haicap.core.units").isEmpty());
    }
}
