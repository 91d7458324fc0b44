package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitCatalogTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate DONG_NAI_CITY = LocalDate.of(2026, 4, 30);
    private static final UnitCatalog CATALOG = UnitCatalog.official();

    // ------------------------------------------------------------ the shipped resource

    @Test
    void shippedResourceIsAByteForByteCopyOfTheSharedData() throws IOException {
        Optional<Path> shared = TestData.sharedCsv();
        assumeTrue(shared.isPresent(), "shared data folder not present: only the counts are checked");
        byte[] expected = Files.readAllBytes(shared.get());
        byte[] shipped;
        try (InputStream in = UnitCatalog.class.getResourceAsStream(CatalogueLoader.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(expected, shipped);
    }

    // ------------------------------------------------------------ counts

    @Test
    void thirtyFourProvincesSixCitiesOnReformDaySevenAfterDongNai() {
        assertEquals(34, CATALOG.provinces().size());
        Map<ProvinceType, Long> before = countProvinces(REFORM);
        assertEquals(6L, before.get(ProvinceType.CENTRAL_CITY));
        assertEquals(28L, before.get(ProvinceType.PROVINCE));
        Map<ProvinceType, Long> after = countProvinces(DONG_NAI_CITY);
        assertEquals(7L, after.get(ProvinceType.CENTRAL_CITY));
        assertEquals(27L, after.get(ProvinceType.PROVINCE));
        assertEquals(before, countProvinces(DONG_NAI_CITY.minusDays(1)));
    }

    @Test
    void unitCountsByTypeOnBothDates() {
        assertEquals(3321, CATALOG.units().size());
        Map<UnitType, Long> before = countUnits(REFORM);
        assertEquals(Map.of(UnitType.XA, 2621L, UnitType.PHUONG, 687L, UnitType.DAC_KHU, 13L), before);
        Map<UnitType, Long> after = countUnits(DONG_NAI_CITY);
        assertEquals(Map.of(UnitType.XA, 2611L, UnitType.PHUONG, 697L, UnitType.DAC_KHU, 13L), after);
    }

    @Test
    void haNoiHas126Units51Phuong75Xa() {
        List<AdminUnit> hanoi = CATALOG.units(ProvinceCode.of("01"));
        assertEquals(126, hanoi.size());
        Map<UnitType, Long> byType = hanoi.stream()
                .collect(Collectors.groupingBy(u -> u.typeAsOf(REFORM), Collectors.counting()));
        assertEquals(Map.of(UnitType.PHUONG, 51L, UnitType.XA, 75L), byType);
    }

    @Test
    void everyProvinceListIsNonEmptyAndAllUnitsAreListedOnce() {
        Set<UnitCode> seen = new HashSet<>();
        for (Province p : CATALOG.provinces()) {
            List<AdminUnit> list = CATALOG.units(p.code());
            assertFalse(list.isEmpty(), p.toString());
            list.forEach(u -> assertTrue(seen.add(u.code())));
            list.forEach(u -> assertEquals(p, u.province()));
        }
        assertEquals(3321, seen.size());
    }

    // ------------------------------------------------------------ lookups and lists

    @Test
    void lookupByCode() {
        AdminUnit baDinh = CATALOG.unit("00004").orElseThrow();
        assertEquals("Phường Ba Đình", baDinh.name());
        assertEquals("Ba Đình", baDinh.shortName());
        assertEquals(UnitType.PHUONG, baDinh.typeAsOf(REFORM));
        assertEquals("Thành phố Hà Nội", baDinh.province().name());
        assertEquals(baDinh, CATALOG.unit(UnitCode.of("00004")).orElseThrow());
        assertEquals("Hà Nội", CATALOG.province("01").orElseThrow().shortName());
    }

    @Test
    void code26740IsPhuongSaiGonInTheNewCatalogue() {
        assertEquals("Phường Sài Gòn", CATALOG.unit("26740").orElseThrow().name());
        assertEquals("Phường Bến Nghé", CATALOG.successors("26740").get(0).former().name());
    }

    @Test
    void unknownWellFormedCodesAreEmpty() {
        assertTrue(CATALOG.unit("99999").isEmpty());
        assertTrue(CATALOG.unit("00013").isEmpty(), "a pre-2025 code that was not reused");
        assertTrue(CATALOG.province("99").isEmpty());
        assertTrue(CATALOG.units(ProvinceCode.of("99")).isEmpty());
        assertTrue(CATALOG.predecessors("99999").isEmpty());
        assertTrue(CATALOG.successors("99999").isEmpty());
    }

    @Test
    void malformedCodesThrow() {
        for (String bad : List.of("", "1", "0004", "000044", "0000A", "abcde")) {
            InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CATALOG.unit(bad));
            assertEquals(InvalidCodeException.Kind.UNIT, e.kind());
        }
        assertThrows(InvalidCodeException.class, () -> CATALOG.successors("12"));
        assertThrows(InvalidCodeException.class, () -> CATALOG.predecessors("x"));
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CATALOG.province("1"));
        assertEquals(InvalidCodeException.Kind.PROVINCE, e.kind());
        assertEquals("1", e.value());
    }

    @Test
    void unitsOfAProvinceSortedByCodeAndByName() {
        ProvinceCode hn = ProvinceCode.of("01");
        List<AdminUnit> byCode = CATALOG.units(hn);
        for (int i = 1; i < byCode.size(); i++) {
            assertTrue(byCode.get(i - 1).code().compareTo(byCode.get(i).code()) < 0);
        }
        List<AdminUnit> byName = CATALOG.unitsByName(hn);
        assertEquals(new HashSet<>(byCode), new HashSet<>(byName));
        java.text.Collator c = org.haicap.core.text.VietnameseText.collator();
        for (int i = 1; i < byName.size(); i++) {
            assertTrue(c.compare(byName.get(i - 1).shortName(), byName.get(i).shortName()) <= 0,
                    byName.get(i - 1) + " before " + byName.get(i));
        }
        assertEquals("An Khánh", byName.get(0).shortName());
    }

    @Test
    void listsAreImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.units().clear());
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.provinces().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> CATALOG.unit("00004").orElseThrow().formerUnits().clear());
    }

    // ------------------------------------------------------------ as of a date

    @Test
    void dongNaiBecameACityAndTenOfItsXaBecamePhuong() {
        Province dongNai = CATALOG.province("75").orElseThrow();
        assertEquals(ProvinceType.PROVINCE, dongNai.typeAsOf(REFORM));
        assertEquals(ProvinceType.PROVINCE, dongNai.typeAsOf(DONG_NAI_CITY.minusDays(1)));
        assertEquals(ProvinceType.CENTRAL_CITY, dongNai.typeAsOf(DONG_NAI_CITY));
        assertEquals("Thành phố Đồng Nai", dongNai.nameAsOf(DONG_NAI_CITY));
        AdminUnit locNinh = CATALOG.unit("25270").orElseThrow();
        assertEquals(UnitType.XA, locNinh.typeAsOf(DONG_NAI_CITY.minusDays(1)));
        assertEquals(UnitType.PHUONG, locNinh.typeAsOf(DONG_NAI_CITY));
        assertEquals("Phường Lộc Ninh", locNinh.nameAsOf(LocalDate.of(2030, 1, 1)));
        assertEquals(2, locNinh.typeHistory().size());
        long changed = CATALOG.units().stream().filter(u -> u.typeHistory().size() > 1)
                .filter(u -> u.province().code().value().equals("75")).count();
        assertEquals(10, changed);
    }

    @Test
    void aDateBeforeTheReformIsAClearError() {
        AdminUnit u = CATALOG.unit("00004").orElseThrow();
        LocalDate before = LocalDate.of(2025, 6, 30);
        BeforeReformException e = assertThrows(BeforeReformException.class, () -> u.typeAsOf(before));
        assertEquals(before, e.date());
        assertTrue(e.getMessage().contains("2025-06-30"));
        assertTrue(e.getMessage().contains("out of"));
        assertTrue(e.getMessage().contains("ngoài phạm vi"));
        assertThrows(BeforeReformException.class, () -> u.province().typeAsOf(before));
        assertThrows(IllegalArgumentException.class, () -> u.nameAsOf(LocalDate.of(2020, 1, 1)));
        assertEquals(UnitType.PHUONG, u.typeAsOf(REFORM));
    }

    // ------------------------------------------------------------ search

    @Test
    void searchWithoutDiacritics() {
        assertFirst("00070", CATALOG.search("hoan kiem"));
        // equal only once the diacritics are removed: folded, not exact
        assertEquals(MatchKind.FOLDED, CATALOG.search("hoan kiem").get(0).match());
        assertEquals(MatchKind.EXACT, CATALOG.search("Hoàn Kiếm").get(0).match());
    }

    @Test
    void searchWithTypePrefixesAndAbbreviations() {
        for (String q : List.of("P. Hoàn Kiếm", "phường hoàn kiếm", "phuong hoan kiem", "P.Hoan Kiem",
                "Phường Hoàn Kiếm, Hà Nội", "hoan kiem, TP. Ha Noi", "Hoàn Kiếm, Thành phố Hà Nội")) {
            List<SearchHit> hits = CATALOG.search(q);
            assertFirst("00070", hits);
        }
        SearchHit typed = CATALOG.search("P. Hoàn Kiếm").get(0);
        assertTrue(typed.typeMatched());
        assertFirst("24496", CATALOG.search("X. Ea Kly"));
        assertTrue(CATALOG.search("X. Ea Kly").get(0).typeMatched());
        assertFirst("24496", CATALOG.search("xã ea kly"));
    }

    @Test
    void searchWithEitherApostrophe() {
        assertFirst("24184", CATALOG.search("ea h'leo"));
        assertFirst("24184", CATALOG.search("Ea H’Leo"));
        assertFirst("24184", CATALOG.search("EA HLEO"));
    }

    @Test
    void searchWithEitherTonePlacement() {
        List<UnitCode> hoa = codes(CATALOG.search("Hòa Bình", 100));
        List<UnitCode> hoaOld = codes(CATALOG.search("Hoà Bình", 100));
        assertEquals(hoa, hoaOld);
        assertTrue(hoa.size() > 3);
        assertFirst("12865", CATALOG.search("Thuỵ Anh"));
        assertFirst("12865", CATALOG.search("Thụy Anh"));
        assertEquals("Xã Thụy Anh", CATALOG.unit("12865").orElseThrow().name());
    }

    @Test
    void aTypeThatMatchesRanksHigher() {
        // Hòa Bình is both a phường and a xã in several provinces
        // current names only: former units of the name rank after them (see FormerNameSearchTest)
        List<SearchHit> xa = current(CATALOG.search("xã hòa bình", 100));
        List<SearchHit> phuong = CATALOG.search("phường hòa bình", 100);
        assertEquals(UnitType.XA, xa.get(0).unit().typeAsOf(REFORM));
        assertEquals(UnitType.PHUONG, phuong.get(0).unit().typeAsOf(REFORM));
        int firstMismatch = indexOf(xa, h -> !h.typeMatched());
        assertTrue(firstMismatch > 0);
        for (int i = firstMismatch; i < xa.size(); i++) {
            assertFalse(xa.get(i).typeMatched() && xa.get(i).match() == xa.get(firstMismatch).match());
        }
    }

    @Test
    void exactBeatsPrefixBeatsFuzzy() {
        for (String q : List.of("thanh", "hoa binh", "an", "tan thanh", "kiem")) {
            List<SearchHit> hits = CATALOG.search(q, 300);
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).match().compareTo(hits.get(i).match()) <= 0, hits.toString());
            }
        }
        List<SearchHit> hoaBinh = CATALOG.search("hoa binh", 300);
        assertEquals(MatchKind.FOLDED, hoaBinh.get(0).match());
        assertEquals(MatchKind.EXACT, CATALOG.search("hòa bình", 300).get(0).match());
        assertTrue(hoaBinh.stream().anyMatch(h -> h.match() != MatchKind.EXACT), hoaBinh.toString());
        // no current unit is called Thanh (former Xã Thanh, Quảng Trị, comes first as an exact former hit)
        assertEquals(MatchKind.PREFIX, current(CATALOG.search("thanh")).get(0).match());
        assertTrue(CATALOG.search("thanh").get(0).isFormer());
        assertEquals(MatchKind.FUZZY, CATALOG.search("kiem").get(0).match());
    }

    @Test
    void oneTypoIsForgiven() {
        SearchHit h = CATALOG.search("hoan kem").get(0);
        assertEquals("00070", h.unit().code().value());
        assertEquals(MatchKind.FUZZY, h.match());
        assertFirst("00070", CATALOG.search("hoan kime"));
        assertFirst("00070", CATALOG.search("kiem, ha noi"));
    }

    @Test
    void provinceNarrowsTheSearch() {
        List<SearchHit> all = current(CATALOG.search("loc ninh"));
        assertEquals(2, all.size());
        List<SearchHit> tayNinh = current(CATALOG.search("loc ninh", ProvinceCode.of("80")));
        assertEquals(1, tayNinh.size());
        assertEquals("80", tayNinh.get(0).unit().province().code().value());
        assertEquals(codes(tayNinh), codes(current(CATALOG.search("Lộc Ninh, Tây Ninh"))));
        assertEquals(codes(tayNinh), codes(current(CATALOG.search("Lộc Ninh, tinh tay ninh"))));
        assertTrue(CATALOG.search("Lộc Ninh, Đồng Nai", ProvinceCode.of("80")).isEmpty());
        assertFirst("26740", CATALOG.search("sai gon, hcm"));
    }

    @Test
    void homonymsAreSeparatedByTheirDiacritics() {
        assertFirst("27826", CATALOG.search("Tân Thạnh, Tây Ninh"));
        assertFirst("25534", CATALOG.search("Tân Thành, Tây Ninh"));
        assertEquals(Set.of("27826", "25534"), CATALOG.search("tan thanh, tay ninh").stream()
                .filter(h -> h.match() == MatchKind.FOLDED && !h.isFormer()).map(h -> h.unit().code().value())
                .collect(Collectors.toSet()));
    }

    @Test
    void badQueriesAreRejectedClearly() {
        assertReason(InvalidQueryException.Reason.BLANK, "");
        assertReason(InvalidQueryException.Reason.BLANK, "   ");
        assertReason(InvalidQueryException.Reason.TOO_LONG, "a".repeat(201));
        assertReason(InvalidQueryException.Reason.NO_NAME, "--");
        assertReason(InvalidQueryException.Reason.NO_NAME, ", Hà Nội");
        assertReason(InvalidQueryException.Reason.UNKNOWN_PROVINCE, "Hoàn Kiếm, Atlantis");
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> CATALOG.search("x", ProvinceCode.of("99")));
        assertEquals(InvalidQueryException.Reason.UNKNOWN_PROVINCE, e.reason());
        assertThrows(InvalidQueryException.class, () -> CATALOG.search("x", 0));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> CATALOG.search("a".repeat(200), 5));
        assertThrows(NullPointerException.class, () -> CATALOG.search(null));
    }

    @Test
    void findProvinceByName() {
        assertEquals("79", CATALOG.findProvince("TP. Hồ Chí Minh").orElseThrow().code().value());
        assertEquals("79", CATALOG.findProvince("hcm").orElseThrow().code().value());
        assertEquals("75", CATALOG.findProvince("tinh dong nai").orElseThrow().code().value());
        assertEquals("51", CATALOG.findProvince("quang ng").orElseThrow().code().value());
        assertEquals("01", CATALOG.findProvince("Ha Noj").orElseThrow().code().value());
        assertEquals("01", CATALOG.findProvince("01").orElseThrow().code().value());
        assertTrue(CATALOG.findProvince("quang").isEmpty(), "ambiguous beginning");
        assertTrue(CATALOG.findProvince("Atlantis").isEmpty());
    }

    // ------------------------------------------------------------ old to new

    @Test
    void quanThanhWentWhollyIntoBaDinh() {
        List<Successor> s = CATALOG.successors("00013");
        assertEquals(1, s.size());
        assertEquals("00004", s.get(0).unit().code().value());
        assertEquals(MergeShare.WHOLE, s.get(0).share());
        assertEquals("Phường Quán Thánh", s.get(0).former().name());
        assertEquals("Nhập toàn bộ", s.get(0).former().mergeNote());
        assertEquals("Quận Ba Đình", s.get(0).former().districtName());
        assertEquals("001", s.get(0).former().districtCode());
    }

    @Test
    void aSplitCommuneHasWholeAndPartShares() {
        // Phường Ngọc Hà (00016) was split: part into Ba Đình, part into Ngọc Hà
        List<Successor> s = CATALOG.successors("00016");
        assertTrue(s.size() >= 2, s.toString());
        assertTrue(s.stream().allMatch(x -> x.share() == MergeShare.PART));
        Set<String> targets = s.stream().map(x -> x.unit().code().value()).collect(Collectors.toSet());
        assertTrue(targets.containsAll(Set.of("00004", "00008")));
        // Xã Kỳ Lợi (Hà Tĩnh): all of its area went to one unit, parts of its population to two others
        List<Successor> kyLoi = CATALOG.successors("18796");
        assertEquals(3, kyLoi.size());
        assertEquals(List.of(MergeShare.PART, MergeShare.WHOLE, MergeShare.PART),
                kyLoi.stream().map(Successor::share).collect(Collectors.toList()));
        assertEquals("Nhập toàn bộ diện tích", kyLoi.get(1).former().mergeNote());
        assertEquals("Nhập một phần dân số", kyLoi.get(0).former().mergeNote());
    }

    @Test
    void fourHundredFortyOneFormerCodesAreSplit() {
        Map<String, Set<UnitCode>> targets = new java.util.HashMap<>();
        for (AdminUnit u : CATALOG.units()) {
            for (FormerUnit f : u.formerUnits()) {
                if (!f.code().isEmpty()) {
                    targets.computeIfAbsent(f.code(), k -> new HashSet<>()).add(u.code());
                }
            }
        }
        assertEquals(10033, targets.size());
        assertEquals(441, targets.values().stream().filter(t -> t.size() > 1).count());
    }

    @Test
    void successorsByNameWithDistrictAndProvince() {
        List<Successor> benNghe = CATALOG.successorsByName("Phường Bến Nghé", "Quận 1", "Hồ Chí Minh");
        assertEquals(1, benNghe.size());
        assertEquals("26740", benNghe.get(0).unit().code().value());
        assertEquals(benNghe, CATALOG.successorsByName("ben nghe", "", "79"));
        assertEquals(benNghe, CATALOG.successorsByName("p. ben nghe", "760", ""));
        assertTrue(CATALOG.successorsByName("Xã Bến Nghé").isEmpty(), "type given and not matching");
        List<Successor> many = CATALOG.successorsByName("Tân Thành");
        assertTrue(many.size() > 5);
        List<Successor> narrowed = CATALOG.successorsByName("Tân Thành", "", "Tỉnh Long An");
        assertTrue(narrowed.size() < many.size() && !narrowed.isEmpty());
        narrowed.forEach(s -> assertEquals("80", s.former().provinceCode()));
        assertEquals(1, CATALOG.successorsByName("Xã Tân Thành", "", "Hòa Bình").size(), "Hoà/Hòa");
        assertThrows(InvalidQueryException.class, () -> CATALOG.successorsByName(" "));
        assertThrows(InvalidQueryException.class, () -> CATALOG.successorsByName(" - "));
    }

    @Test
    void predecessorsInWorkbookOrderIncludingWholeDistricts() {
        List<FormerUnit> baDinh = CATALOG.predecessors("00004");
        assertEquals(List.of("00004", "00013", "00016", "00019", "00022", "00028", "00112", "00040", "00055", "00073"),
                baDinh.stream().map(FormerUnit::code).collect(Collectors.toList()));
        assertEquals(10, CATALOG.unit("00004").orElseThrow().mergedCommuneCount());
        for (String code : List.of("11948", "19742", "20333", "21548", "26732")) {
            List<FormerUnit> p = CATALOG.predecessors(code);
            assertEquals(1, p.size(), code);
            assertTrue(p.get(0).unitCode().isEmpty());
            assertTrue(p.get(0).isWholeDistrict());
            assertEquals(MergeShare.WHOLE, p.get(0).share());
            assertTrue(p.get(0).name().startsWith("Huyện "));
            assertEquals(1, CATALOG.unit(code).orElseThrow().mergedCommuneCount());
        }
        assertEquals("Huyện Côn Đảo", CATALOG.predecessors("26732").get(0).name());
    }

    @Test
    void mergedCommuneCountCountsDistinctFormerCommunes() {
        // Kim Đông: two communes and a coastal area without a code, which is not a commune
        AdminUnit kimDong = CATALOG.unit("14698").orElseThrow();
        assertEquals(3, kimDong.formerUnits().size());
        assertEquals(2, kimDong.mergedCommuneCount());
        for (AdminUnit u : CATALOG.units()) {
            assertTrue(u.mergedCommuneCount() >= 1);
            assertTrue(u.mergedCommuneCount() <= u.formerUnits().size());
        }
        long unchanged = CATALOG.units().stream().filter(u -> u.mergedCommuneCount() == 1).count();
        assertTrue(unchanged > 100);
    }

    @Test
    void theThreeWorkbookSlipsAreVisible() {
        Map<String, String> slips = Map.of("00562", "00553", "01648", "01615", "02494", "02485");
        slips.forEach((unit, former) -> {
            AdminUnit u = CATALOG.unit(unit).orElseThrow();
            assertTrue(u.hasNotes());
            assertTrue(u.notes().contains(former));
            FormerUnit flagged = u.formerUnits().stream().filter(f -> f.code().equals(former)).findFirst()
                    .orElseThrow();
            assertTrue(flagged.hasSourceNote());
            assertEquals(u.notes(), flagged.sourceNote());
            assertEquals(1, u.formerUnits().stream().filter(FormerUnit::hasSourceNote).count());
            assertTrue(CATALOG.successors(former).stream()
                    .anyMatch(s -> s.unit().equals(u) && s.former().hasSourceNote()));
        });
        long flaggedEverywhere = CATALOG.units().stream().flatMap(u -> u.formerUnits().stream())
                .filter(FormerUnit::hasSourceNote).count();
        assertEquals(3, flaggedEverywhere);
        assertEquals(7, CATALOG.units().stream().filter(AdminUnit::hasNotes).count());
    }

    // ------------------------------------------------------------ loading

    @Test
    void officialIsOneInstanceUnderConcurrentFirstAccess() throws Exception {
        // A fresh class loader gives a JVM-like first access: the catalogue class is not yet
        // initialised there, and all threads race to official() at once.
        java.net.URL classes = UnitCatalog.class.getProtectionDomain().getCodeSource().getLocation();
        java.net.URL slf4j = org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.net.URLClassLoader fresh = new java.net.URLClassLoader(new java.net.URL[] {classes, slf4j},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> type = Class.forName(UnitCatalog.class.getName(), false, fresh);
            assertTrue(type != UnitCatalog.class);
            java.lang.reflect.Method official = type.getMethod("official");
            int threads = 12;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    Callable<Object> c = () -> {
                        start.await();
                        return official.invoke(null);
                    };
                    results.add(pool.submit(c));
                }
                start.countDown();
                Object first = results.get(0).get();
                for (Future<Object> f : results) {
                    assertSame(first, f.get());
                }
                assertEquals(CATALOG.toString(), first.toString());
            } finally {
                pool.shutdownNow();
            }
        }
        assertSame(CATALOG, UnitCatalog.official());
    }

    @Test
    void serialisationRoundTripOfAUnit() throws Exception {
        AdminUnit u = CATALOG.unit("00562").orElseThrow();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(u);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(u, in.readObject());
        }
    }

    // ------------------------------------------------------------ helpers

    private static Map<ProvinceType, Long> countProvinces(LocalDate d) {
        return CATALOG.provinces().stream().collect(Collectors.groupingBy(p -> p.typeAsOf(d), Collectors.counting()));
    }

    private static Map<UnitType, Long> countUnits(LocalDate d) {
        return CATALOG.units().stream().collect(Collectors.groupingBy(u -> u.typeAsOf(d), Collectors.counting()));
    }

    private static void assertFirst(String code, List<SearchHit> hits) {
        assertFalse(hits.isEmpty(), "no hit, expected " + code);
        assertEquals(code, hits.get(0).unit().code().value(), hits.toString());
    }

    /** The hits on current names. */
    private static List<SearchHit> current(List<SearchHit> hits) {
        return hits.stream().filter(h -> !h.isFormer()).collect(Collectors.toList());
    }

    private static List<UnitCode> codes(List<SearchHit> hits) {
        return hits.stream().map(h -> h.unit().code()).collect(Collectors.toList());
    }

    private static int indexOf(List<SearchHit> hits, Function<SearchHit, Boolean> p) {
        for (int i = 0; i < hits.size(); i++) {
            if (p.apply(hits.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void assertReason(InvalidQueryException.Reason reason, String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> CATALOG.search(query));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(query, e.query());
    }
}
