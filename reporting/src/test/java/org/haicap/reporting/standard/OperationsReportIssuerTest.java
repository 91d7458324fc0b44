package org.haicap.reporting.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.core.text.Language;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.render.ReportRenderers;
import org.junit.jupiter.api.Test;

/** The issuer and title of the operations report come from the data or the caller, never a fixed city. */
class OperationsReportIssuerTest {
    private static final UnitCatalog CATALOG = UnitCatalog.official();
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);

    private static List<UnitCode> unitsOf(String province, int n) {
        return CATALOG.units(ProvinceCode.of(province)).stream().limit(n).map(AdminUnit::code).toList();
    }

    private static Dataset dataset(String name, List<UnitCode> units) {
        return Dataset.builder(DatasetInfo.of(name, AS_OF)).units(units).build();
    }

    private static Report report(Dataset d, LocalDate asOf) {
        return OperationsReport.builder(d, asOf).period(asOf.minusDays(14), asOf.minusDays(2)).build();
    }

    @Test
    void aCentrallyRunCityGetsItsCityCommittee() {
        Report r = report(dataset("da-nang", unitsOf("48", 5)), AS_OF);
        assertEquals(Optional.of(LocalizedText.of("Ban Tổ chức Thành ủy Đà Nẵng",
                "Organisation Commission of the Đà Nẵng Party Committee")), r.issuer());
        String text = ReportRenderers.text().renderToString(r, Language.VI);
        assertTrue(text.startsWith("Ban Tổ chức Thành ủy Đà Nẵng\n"), text);
        assertFalse(text.contains("Hà Nội"), text);
        assertEquals("Ban Tổ chức Thành ủy Cần Thơ",
                report(dataset("can-tho", unitsOf("92", 3)), AS_OF).issuer().orElseThrow().vi());
    }

    @Test
    void aProvinceGetsItsProvincialCommittee() {
        Report r = report(dataset("nghe-an", unitsOf("40", 4)), AS_OF);
        assertEquals("Ban Tổ chức Tỉnh ủy Nghệ An", r.issuer().orElseThrow().vi());
        assertEquals("Organisation Commission of the Nghệ An Party Committee", r.issuer().orElseThrow().en().orElseThrow());
    }

    @Test
    void hanoiKeepsTheWordsOfTheSample() {
        assertEquals(Optional.of(LocalizedText.of("Ban Tổ chức Thành ủy Hà Nội",
                "Organisation Commission of the Hà Nội Party Committee")),
                report(dataset("ha-noi", unitsOf("01", 126)), AS_OF).issuer());
    }

    @Test
    void theTypeIsTheOneInForceOnTheReportDate() {
        Dataset quangNinh = dataset("quang-ninh", unitsOf("22", 3));
        assertEquals("Ban Tổ chức Tỉnh ủy Quảng Ninh", report(quangNinh, AS_OF).issuer().orElseThrow().vi());
        assertEquals("Ban Tổ chức Thành ủy Quảng Ninh",
                report(quangNinh, LocalDate.of(2026, 9, 15)).issuer().orElseThrow().vi());
    }

    @Test
    void theDeclaredProvinceWinsOverTheUnits() {
        Dataset d = Dataset.builder(DatasetInfo.of("declared", AS_OF).withProvince(ProvinceCode.of("40")))
                .units(unitsOf("01", 2)).build();
        assertEquals("Ban Tổ chức Tỉnh ủy Nghệ An", report(d, AS_OF).issuer().orElseThrow().vi());
        Dataset noUnits = Dataset.builder(DatasetInfo.of("declared", AS_OF).withProvince(ProvinceCode.of("92"))).build();
        assertEquals("Ban Tổ chức Thành ủy Cần Thơ", report(noUnits, AS_OF).issuer().orElseThrow().vi());
    }

    @Test
    void noProvinceMeansNoIssuer() {
        List<UnitCode> mixed = new java.util.ArrayList<>(unitsOf("48", 2));
        mixed.addAll(unitsOf("40", 2));
        assertEquals(Optional.empty(), report(dataset("mixed", mixed), AS_OF).issuer());
        assertEquals(Optional.empty(), report(dataset("empty", List.of()), AS_OF).issuer());
        List<UnitCode> unknown = new java.util.ArrayList<>(unitsOf("48", 2));
        unknown.add(UnitCode.of("99999"));
        assertEquals(Optional.empty(), OperationsReport.provinceOf(dataset("unknown", unknown), CATALOG));
        Dataset undeclared = Dataset.builder(DatasetInfo.of("x", AS_OF).withProvince(ProvinceCode.of("99"))).build();
        assertEquals(Optional.empty(), OperationsReport.issuerOf(undeclared, CATALOG, AS_OF));
        assertEquals(Optional.empty(), OperationsReport.issuerOf(dataset("early", unitsOf("48", 2)), CATALOG,
                LocalDate.of(2025, 6, 30)));
        String text = ReportRenderers.text().renderToString(report(dataset("mixed", mixed), AS_OF), Language.VI);
        assertTrue(text.startsWith(OperationsReport.DEFAULT_TITLE.vi() + "\n"), text);
    }

    @Test
    void explicitIssuerAndTitleOverrideTheDefaults() {
        LocalizedText issuer = LocalizedText.of("Văn phòng UBND thành phố Đà Nẵng", "Office of the Đà Nẵng People's Committee");
        LocalizedText title = LocalizedText.of("Báo cáo nhanh tháng 7", "Flash report, July");
        Report r = OperationsReport.builder(dataset("da-nang", unitsOf("48", 5)), AS_OF)
                .period(AS_OF.minusDays(14), AS_OF.minusDays(2)).issuer(issuer).title(title).build();
        assertEquals(Optional.of(issuer), r.issuer());
        assertEquals(title, r.title());
        assertEquals(OperationsReport.DEFAULT_TITLE, report(dataset("da-nang", unitsOf("48", 5)), AS_OF).title());
    }
}
