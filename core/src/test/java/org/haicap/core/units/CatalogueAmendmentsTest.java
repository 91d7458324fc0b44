package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.haicap.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueAmendmentsTest {

    private static final UnitCatalog OFFICIAL = UnitCatalog.official();
    private static final LocalDate OCT_2026 = LocalDate.of(2026, 10, 1);
    private static final List<String> BAC_NINH_PHUONG = List.of("07294", "07375", "07399", "07444", "07840", "09193",
            "09292", "09313", "09319", "09454", "09475", "09496");

    @TempDir
    Path dir;

    private static CatalogueAmendments parse(String json) {
        return CatalogueAmendments.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String file(String amendments) {
        return "{\"format\": \"haicap-catalogue-amendments\", \"version\": \"1.0\", \"amendments\": [" + amendments + "]}";
    }

    private static String entry(String resolution, String effective, String changes) {
        return "{\"resolution\": \"" + resolution + "\", \"effective\": \"" + effective + "\", \"changes\": [" + changes + "]}";
    }

    private static AmendmentException refused(String json) {
        return assertThrows(AmendmentException.class, () -> OFFICIAL.withAmendments(parse(json)));
    }

    // ------------------------------------------------------------ the shipped amendments

    @Test
    void theShippedAmendmentsCiteTheirResolutionsAndSources() {
        List<CatalogueAmendment> a = CatalogueAmendments.shipped().amendments();
        assertEquals(List.of("30/2026/QH16", "237/NQ-UBTVQH16", "36/2026/QH16", "39/2026/QH16", "388/NQ-UBTVQH16"),
                a.stream().map(CatalogueAmendment::resolution).toList());
        assertEquals(List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 20)), a.stream().map(CatalogueAmendment::effective).toList());
        // issue dates as the sources give them; none for 30/2026/QH16, which no source dates on its own
        assertTrue(a.get(0).issuedDate().isEmpty());
        assertFalse(a.get(0).issuedNote().isEmpty());
        assertEquals(LocalDate.of(2026, 4, 14), a.get(1).issued());
        assertEquals(LocalDate.of(2026, 8, 24), a.get(2).issued());
        assertEquals(LocalDate.of(2026, 8, 24), a.get(3).issued());
        assertEquals(LocalDate.of(2026, 8, 4), a.get(4).issued());
        for (CatalogueAmendment x : a) {
            assertFalse(x.sources().isEmpty(), x.resolution());
        }
        assertEquals(10, a.get(1).changes().size());
        assertEquals(BAC_NINH_PHUONG, a.get(4).changes().stream().map(AmendmentChange::code).toList());
        assertEquals(List.of(OFFICIAL.amendments()), List.of(a));
    }

    @Test
    void theThirtiethOfAprilAmendmentsAgreeWithTheCsvColumns() {
        UnitCatalog columns = CatalogueLoader.loadWithDatedColumns();
        UnitCatalog april = UnitCatalog.base().withAmendments(CatalogueAmendments.of("first two", null,
                CatalogueAmendments.shipped().amendments().subList(0, 2)));
        assertEquals(columns.provinces(), april.provinces());
        assertEquals(columns.units(), april.units());
        assertEquals(columns.loadOrder(), april.loadOrder());
    }

    @Test
    void nationalTotalsOnTheFirstOfOctober2026() {
        Map<ProvinceType, Integer> provinces = new EnumMap<>(ProvinceType.class);
        for (Province p : OFFICIAL.provinces()) {
            provinces.merge(p.typeAsOf(OCT_2026), 1, Integer::sum);
        }
        assertEquals(Map.of(ProvinceType.CENTRAL_CITY, 9, ProvinceType.PROVINCE, 25), provinces);
        Map<UnitType, Integer> units = new EnumMap<>(UnitType.class);
        for (AdminUnit u : OFFICIAL.units()) {
            units.merge(u.typeAsOf(OCT_2026), 1, Integer::sum);
        }
        // 687 phường on 1/7/2025, + 10 (237/NQ-UBTVQH16), + 12 (388/NQ-UBTVQH16)
        assertEquals(Map.of(UnitType.PHUONG, 709, UnitType.XA, 2599, UnitType.DAC_KHU, 13), units);

        Province bacNinh = OFFICIAL.province("24").orElseThrow();
        assertEquals("Thành phố Bắc Ninh", bacNinh.nameAsOf(OCT_2026));
        assertEquals("Tỉnh Bắc Ninh", bacNinh.nameAsOf(LocalDate.of(2026, 9, 19)));
        int[] c = new int[3];
        for (AdminUnit u : OFFICIAL.units(bacNinh.code())) {
            c[u.typeAsOf(OCT_2026).ordinal()]++;
        }
        assertEquals(45, c[UnitType.PHUONG.ordinal()]);
        assertEquals(54, c[UnitType.XA.ordinal()]);
        Province quangNinh = OFFICIAL.province("22").orElseThrow();
        assertEquals(ProvinceType.PROVINCE, quangNinh.typeAsOf(LocalDate.of(2026, 8, 31)));
        assertEquals(ProvinceType.CENTRAL_CITY, quangNinh.typeAsOf(LocalDate.of(2026, 9, 1)));
        assertEquals("Thành phố Quảng Ninh", quangNinh.nameAsOf(OCT_2026));
        AdminUnit boHa = OFFICIAL.unit("07294").orElseThrow();
        assertEquals("Xã Bố Hạ", boHa.nameAsOf(LocalDate.of(2026, 9, 19)));
        assertEquals("Phường Bố Hạ", boHa.nameAsOf(LocalDate.of(2026, 9, 20)));
        assertEquals("Thành phố Bắc Ninh", boHa.province().nameAsOf(OCT_2026));
    }

    @Test
    void searchAndConversionFollowTheAmendments() {
        SearchHit hit = OFFICIAL.search("phuong bo ha").get(0);
        assertEquals("07294", hit.unit().code().value());
        assertTrue(hit.typeMatched());
        Successor s = OFFICIAL.successors(OFFICIAL.unit("07294").orElseThrow().formerUnits().get(0).unitCode().orElseThrow()).get(0);
        assertEquals(UnitType.PHUONG, s.unit().typeAsOf(OCT_2026));
        assertEquals(ProvinceType.CENTRAL_CITY, OFFICIAL.findProvince("thanh pho bac ninh").orElseThrow().typeAsOf(OCT_2026));
    }

    // ------------------------------------------------------------ the horizon

    @Test
    void theHorizonNamesTheLastResolutionAndTheCheck() {
        CatalogueHorizon h = OFFICIAL.horizon();
        assertEquals(LocalDate.of(2026, 9, 25), h.checkedOn());
        assertEquals(h.checkedOn(), h.knownUntil());
        assertEquals("388/NQ-UBTVQH16", h.lastResolution());
        assertEquals(LocalDate.of(2026, 9, 20), h.lastEffective());
        assertTrue(h.covers(LocalDate.of(2026, 9, 25)));
        assertFalse(h.covers(LocalDate.of(2026, 9, 26)));
        assertFalse(h.covers(LocalDate.of(2027, 6, 1)));
        String w = h.warning(LocalDate.of(2027, 6, 1));
        assertTrue(w.contains("2027-06-01") && w.contains("388/NQ-UBTVQH16") && w.contains(" / "), w);
        assertFalse(w.contains("\n"));
        CatalogueHorizon base = UnitCatalog.base().horizon();
        assertEquals(UnitCatalog.EFFECTIVE_FROM, base.knownUntil());
        assertEquals("", base.lastResolution());
    }

    @Test
    void aUserFileMovesTheHorizonAndAppliesItsChanges() throws IOException {
        Path f = dir.resolve("nq-2027.json");
        Files.writeString(f, "{\"format\": \"haicap-catalogue-amendments\", \"version\": \"1.0\", \"checkedOn\": \"2027-03-01\","
                + " \"amendments\": [" + entry("512/NQ-UBTVQH16", "2027-01-01",
                "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}, \"name\": {\"from\": \"Nhã Nam\", \"to\": \"Nhã Nam Mới\"}},"
                        + "{\"province\": \"20\", \"name\": {\"from\": \"Lạng Sơn\", \"to\": \"Xứ Lạng\"}}") + "]}");
        UnitCatalog c = OFFICIAL.withAmendments(f);
        assertEquals(LocalDate.of(2027, 3, 1), c.horizon().knownUntil());
        assertEquals("512/NQ-UBTVQH16", c.horizon().lastResolution());
        AdminUnit u = c.unit("07306").orElseThrow();
        assertEquals("Xã Nhã Nam", u.nameAsOf(LocalDate.of(2026, 12, 31)));
        assertEquals("Phường Nhã Nam Mới", u.nameAsOf(LocalDate.of(2027, 1, 1)));
        assertEquals("Xã Nhã Nam", u.name());
        assertEquals("Tỉnh Xứ Lạng", c.province("20").orElseThrow().nameAsOf(LocalDate.of(2027, 1, 1)));
        assertEquals("07306", c.search("nha nam moi").get(0).unit().code().value());
        assertEquals("20", c.findProvince("xu lang").orElseThrow().code().value());
        assertEquals(OFFICIAL.amendments().size() + 1, c.amendments().size());
        // the official catalogue is unchanged
        assertEquals("Xã Nhã Nam", OFFICIAL.unit("07306").orElseThrow().nameAsOf(LocalDate.of(2027, 1, 1)));
    }

    // ------------------------------------------------------------ loading errors

    @Test
    void malformedJsonNamesTheFileLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\": \"haicap-catalogue-amendments\",\n  \"version\": 1.0 x}");
        AmendmentException e = assertThrows(AmendmentException.class, () -> CatalogueAmendments.read(f));
        assertTrue(e.getMessage().startsWith(f + ", dòng/line 2, cột/column"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertTrue(e instanceof InvalidValueException);
        assertFalse(e.getMessage().contains("\n"));
        AmendmentException none = assertThrows(AmendmentException.class,
                () -> CatalogueAmendments.read(dir.resolve("missing.json")));
        assertTrue(none.getMessage().contains("no such file"), none.getMessage());
    }

    @Test
    void unknownCodesAreRefusedWithTheEntry() {
        AmendmentException e = refused(file(entry("500/NQ-UBTVQH16", "2027-01-01",
                "{\"unit\": \"99999\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}")));
        assertEquals("test.json, mục 0 (500/NQ-UBTVQH16), amendments[0].changes[0]: không có đơn vị mã 99999 trong danh mục"
                + " / test.json, entry 0 (500/NQ-UBTVQH16), amendments[0].changes[0]: no unit has code 99999 in the catalogue",
                e.getMessage());
        assertEquals(0, e.entry());
        assertEquals("500/NQ-UBTVQH16", e.resolution());
        AmendmentException p = refused(file(entry("40/2027/QH16", "2027-01-01",
                "{\"province\": \"99\", \"type\": {\"from\": \"Tỉnh\", \"to\": \"Thành phố trung ương\"}}")));
        assertTrue(p.getMessage().contains("no province has code 99"), p.getMessage());
        AmendmentException malformed = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                "2027-01-01", "{\"unit\": \"123\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}"))));
        assertTrue(malformed.getMessage().contains("exactly 5 digits"), malformed.getMessage());
    }

    @Test
    void aChangeThatContradictsTheStateIsRefused() {
        AmendmentException already = refused(file(entry("500/NQ-UBTVQH16", "2027-01-01",
                "{\"unit\": \"07294\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}")));
        assertTrue(already.getMessage().contains("code 07294 is Phường on 2026-12-31, not Xã"), already.getMessage());
        AmendmentException same = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                "2027-01-01", "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Xã\"}}"))));
        assertTrue(same.getMessage().contains("the type it already has"), same.getMessage());
        AmendmentException name = refused(file(entry("500/NQ-UBTVQH16", "2027-01-01",
                "{\"unit\": \"07306\", \"name\": {\"from\": \"Nhà Nam\", \"to\": \"Nhã Nam Mới\"}}")));
        assertTrue(name.getMessage().contains("is named \"Nhã Nam\""), name.getMessage());
    }

    @Test
    void overlappingAndDuplicateDatesAreRefused() {
        AmendmentException earlier = refused(file(entry("500/NQ-UBTVQH16", "2026-09-01",
                "{\"unit\": \"07294\", \"name\": {\"from\": \"Bố Hạ\", \"to\": \"Bố Hạ Mới\"}}")));
        assertTrue(earlier.getMessage().contains("already has a change effective 2026-09-20, after this amendment's 2026-09-01"),
                earlier.getMessage());
        AmendmentException sameDay = refused(file(entry("500/NQ-UBTVQH16", "2027-01-01",
                "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}") + ","
                + entry("501/NQ-UBTVQH16", "2027-01-01",
                "{\"unit\": \"07306\", \"name\": {\"from\": \"Nhã Nam\", \"to\": \"Nhã Nam Mới\"}}")));
        assertTrue(sameDay.getMessage().contains("entry 1 (501/NQ-UBTVQH16)"), sameDay.getMessage());
        assertTrue(sameDay.getMessage().contains("same date 2027-01-01"), sameDay.getMessage());
        AmendmentException twice = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                "2027-01-01", "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}},"
                        + "{\"unit\": \"07306\", \"name\": {\"from\": \"Nhã Nam\", \"to\": \"X\"}}"))));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
        AmendmentException included = refused(file(entry("36/2026/QH16", "2027-01-01",
                "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}")));
        assertTrue(included.getMessage().contains("already in the catalogue"), included.getMessage());
    }

    @Test
    void datesAndResolutionNumbersAreChecked() {
        AmendmentException before = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                "2025-07-01", "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}"))));
        assertTrue(before.getMessage().contains("must be after 2025-07-01"), before.getMessage());
        for (String bad : List.of("500/NQ-UBTVQH", "36/26/QH16", "036/2026/QH16", "NQ 36/2026/QH16", "36/2026/QH16 ",
                "388/NQ-CP", "36-2026-QH16")) {
            AmendmentException e = assertThrows(AmendmentException.class, () -> parse(file(entry(bad, "2027-01-01",
                    "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}"))), bad);
            assertTrue(e.getMessage().contains("entry 0"), e.getMessage());
        }
        assertTrue(CatalogueAmendment.isResolutionNumber("388/NQ-UBTVQH16"));
        assertTrue(CatalogueAmendment.isResolutionNumber("30/2026/QH16"));
        AmendmentException date = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                "2027-02-30", "{\"unit\": \"07306\", \"type\": {\"from\": \"Xã\", \"to\": \"Phường\"}}"))));
        assertTrue(date.getMessage().contains("invalid date \"2027-02-30\""), date.getMessage());
    }

    @Test
    void changeKindsNotSupportedYetAreAClearError() {
        for (String kind : List.of("merge", "split", "new", "abolish")) {
            AmendmentException e = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                    "2027-01-01", "{\"" + kind + "\": {\"codes\": [\"07306\"]}}"))), kind);
            assertTrue(e.getMessage().contains("change kind \"" + kind + "\" is not supported yet"), e.getMessage());
            assertTrue(e.getMessage().contains("entry 0 (500/NQ-UBTVQH16)"), e.getMessage());
        }
        AmendmentException unknown = assertThrows(AmendmentException.class, () -> parse(file(entry("500/NQ-UBTVQH16",
                "2027-01-01", "{\"unit\": \"07306\", \"typ\": {\"from\": \"Xã\", \"to\": \"Phường\"}}"))));
        assertTrue(unknown.getMessage().contains("unknown field \"typ\""), unknown.getMessage());
        AmendmentException format = assertThrows(AmendmentException.class,
                () -> parse("{\"format\": \"other\", \"version\": \"1.0\", \"amendments\": []}"));
        assertTrue(format.getMessage().contains("expected \"haicap-catalogue-amendments\""), format.getMessage());
    }
}
