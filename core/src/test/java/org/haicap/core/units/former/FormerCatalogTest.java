package org.haicap.core.units.former;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.haicap.core.units.MergeShare;
import org.haicap.core.units.ProvinceType;
import org.haicap.core.units.Successor;
import org.junit.jupiter.api.Test;

class FormerCatalogTest {

    private static final FormerCatalog C = FormerCatalog.asOf30June2025();

    @Test
    void totals() {
        assertEquals(63, C.provinces().size());
        assertEquals(696, C.districts().size());
        assertEquals(10_035, C.communes().size());
        assertEquals(2_483, C.formerNames().size());
        assertEquals(6, C.provinces().stream().filter(p -> p.type() == ProvinceType.CENTRAL_CITY).count());
        Map<DistrictType, Long> districts = C.districts().stream()
                .collect(Collectors.groupingBy(FormerDistrict::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(DistrictType.QUAN, 49L, DistrictType.HUYEN, 508L, DistrictType.THI_XA, 52L,
                DistrictType.THANH_PHO_THUOC_TINH, 85L, DistrictType.THANH_PHO_THUOC_THANH_PHO_TRUNG_UONG, 2L), districts);
        Map<CommuneType, Long> communes = C.communes().stream()
                .collect(Collectors.groupingBy(FormerCommune::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(CommuneType.XA, 7_695L, CommuneType.PHUONG, 1_724L, CommuneType.THI_TRAN, 616L), communes);
        assertEquals(30, C.districts("01").size());
        assertEquals(526, C.districts("01").stream().mapToInt(d -> C.communes(d.code()).size()).sum());
        assertEquals(22, C.districts("79").size());
        assertEquals(273, C.districts("79").stream().mapToInt(d -> C.communes(d.code()).size()).sum());
        assertEquals(10, C.communes("760").size());
        assertEquals(427, C.communes().stream().filter(FormerCommune::hasNotes).count());
    }

    @Test
    void everyDistrictAndCommuneIsUnderItsParent() {
        int communes = 0;
        for (FormerProvince p : C.provinces()) {
            for (FormerDistrict d : C.districts(p.code())) {
                assertEquals(p, C.provinceOf(d));
                for (FormerCommune c : C.communes(d.code())) {
                    assertEquals(d, C.districtOf(c));
                    assertEquals(p, C.provinceOf(c));
                    communes++;
                }
            }
        }
        assertEquals(C.communes().size(), communes);
    }

    @Test
    void fiveIslandDistrictsHadNoCommunes() {
        List<String> empty = C.districts().stream().filter(d -> C.communes(d.code()).isEmpty())
                .map(d -> d.code() + " " + d.name()).toList();
        assertEquals(List.of("318 Huyện Bạch Long Vĩ", "471 Huyện Cồn Cỏ", "498 Huyện Hoàng Sa", "536 Huyện Lý Sơn",
                "755 Huyện Côn Đảo"), empty);
    }

    @Test
    void quanThanhInBaDinhHanoi() {
        FormerCommune c = C.commune("00013").orElseThrow();
        assertEquals("Phường Quán Thánh", c.name());
        assertEquals("Quán Thánh", c.shortName());
        assertEquals(CommuneType.PHUONG, c.type());
        assertEquals("001", c.districtCode());
        FormerDistrict d = C.districtOf(c);
        assertEquals("Quận Ba Đình", d.name());
        assertEquals(DistrictType.QUAN, d.type());
        FormerProvince p = C.provinceOf(d);
        assertEquals("01", p.code());
        assertEquals("Thành phố Hà Nội", p.name());
        assertEquals("Hà Nội", p.shortName());
        assertEquals(ProvinceType.CENTRAL_CITY, p.type());
        assertTrue(C.communes("001").contains(c));
        assertEquals(13, C.communes("001").size());
    }

    @Test
    void benNgheInDistrict1HoChiMinhCity() {
        FormerCommune c = C.commune("26740").orElseThrow();
        assertEquals("Phường Bến Nghé", c.name());
        assertEquals("760", c.districtCode());
        assertEquals("Quận 1", C.districtOf(c).name());
        assertEquals("1", C.districtOf(c).shortName());
        assertEquals("Thành phố Hồ Chí Minh", C.provinceOf(c).name());
        assertEquals("79", c.provinceCode());
    }

    @Test
    void listsAreInCodeOrder() {
        List<String> codes = C.communes("760").stream().map(FormerCommune::code).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        assertEquals("26734", codes.get(0));
        assertEquals("01", C.provinces().get(0).code());
        assertEquals("96", C.provinces().get(62).code());
    }

    @Test
    void unknownCodesAreEmptyAndMalformedOnesAreRefused() {
        assertTrue(C.commune("99999").isEmpty());
        assertTrue(C.district("999").isEmpty());
        assertTrue(C.province("99").isEmpty());
        assertTrue(C.communes("999").isEmpty());
        FormerCodeException e = assertThrows(FormerCodeException.class, () -> C.commune("123"));
        assertEquals(FormerName.Level.COMMUNE, e.level());
        assertEquals("123", e.value());
        assertEquals("cấp xã: mã trước 1/7/2025 phải gồm đúng 5 chữ số, nhận được \"123\"", e.bilingualMessage().vi());
        assertTrue(e.getMessage().contains("a pre-2025 code is exactly 5 digits, got \"123\""), e.getMessage());
        assertThrows(FormerCodeException.class, () -> C.district("01"));
        assertThrows(FormerCodeException.class, () -> C.province("1a"));
        assertThrows(FormerCodeException.class, () -> C.districts("001"));
    }

    @Test
    void formerNamesByFoldedName() {
        List<FormerName> thongNong = C.formerNames("huyen thong nong");
        assertEquals(1, thongNong.size());
        FormerName n = thongNong.get(0);
        assertEquals(FormerName.Level.DISTRICT, n.level());
        assertEquals(FormerName.Change.MERGED, n.change());
        assertEquals("044", n.code());
        assertEquals("04", n.provinceCode());
        assertEquals(LocalDate.of(2020, 2, 1), n.ceasedOn());
        assertEquals("864/NQ-UBTVQH14", n.resolution());
        assertEquals(List.of("045"), n.successorCodes());
        assertEquals(List.of("Huyện Hà Quảng"), n.successorNames());
        assertEquals(LocalDate.of(2021, 2, 1), n.firstAbsent());
        assertTrue(C.formerNames("Thông Nông").contains(n), "short name matches too");
        assertEquals(C.formerNames("Tỉnh Thừa Thiên Huế"), C.formerNames("TINH THUA THIEN-HUE"));
        FormerName hue = C.formerNames("Thừa Thiên Huế").get(0);
        assertEquals(FormerName.Change.RENAMED, hue.change());
        assertEquals(List.of("46"), hue.successorCodes());
        assertEquals(LocalDate.of(2025, 1, 1), hue.ceasedOn());
        assertEquals(List.of(), C.formerNames("   "));
        assertEquals(List.of(), C.formerNames("no such place"));
    }

    @Test
    void everyFormerNameWithASuccessorPointsIntoTheCatalogue() {
        int checked = 0;
        for (FormerName n : C.formerNames()) {
            for (String code : n.successorCodes()) {
                boolean known = switch (n.level()) {
                    case PROVINCE -> C.province(code).isPresent();
                    case DISTRICT -> C.district(code).isPresent();
                    case COMMUNE -> C.commune(code).isPresent();
                };
                assertTrue(known, n + ": successor " + code + " is not a unit of 30 June 2025");
                checked++;
            }
        }
        assertTrue(checked > 2_400, "checked " + checked);
        assertEquals(33, C.formerNames().stream().filter(n -> !n.hasSuccessor()).count());
    }

    @Test
    void successorsOnFirstJuly2025() {
        List<Successor> quanThanh = C.successors("00013");
        assertEquals(1, quanThanh.size());
        assertEquals("00004", quanThanh.get(0).unit().code().value());
        assertEquals("Phường Ba Đình", quanThanh.get(0).unit().name());
        assertEquals(MergeShare.WHOLE, quanThanh.get(0).share());
        List<Successor> benNghe = C.successors("26740");
        assertEquals(MergeShare.WHOLE, benNghe.get(0).share());
        assertEquals(List.of("26740 Phường Sài Gòn"),
                benNghe.stream().map(s -> s.unit().code().value() + " " + s.unit().name()).toList());
        // Ngọc Hà (00016) was split: part to Ba Đình, part to Ngọc Hà
        List<String> ngocHa = C.successors("00016").stream().map(s -> s.unit().code().value() + " " + s.share())
                .sorted().toList();
        assertEquals(List.of("00004 PART", "00008 PART"), ngocHa);
        assertThrows(FormerCodeException.class, () -> C.successors("0001"));
    }

    @Test
    void theNameIndexIsBuiltOnceForConcurrentCallers() throws Exception {
        FormerCatalog fresh = FormerBinary.read(FormerCsv.resource(FormerBinary.RESOURCE), "test");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<FormerName>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> fresh.formerNames("Thông Nông")));
            }
            for (var a : answers) {
                assertEquals(C.formerNames("Thông Nông"), a.get());
                assertEquals(2, a.get().size(), "the district and the township of that name");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void valuesCheckThemselves() {
        assertThrows(FormerCodeException.class, () -> new FormerDistrict("01", "Quận X", "X", DistrictType.QUAN, "01"));
        assertThrows(NullPointerException.class, () -> new FormerCommune("00001", null, "X", CommuneType.XA, "001", "01",
                ""));
        assertFalse(C.commune("00013").orElseThrow().hasNotes());
        assertEquals("Thị trấn", CommuneType.THI_TRAN.vietnamese());
        assertEquals(CommuneType.THI_TRAN, CommuneType.fromVietnamese("Thị trấn"));
        assertThrows(IllegalArgumentException.class, () -> DistrictType.fromVietnamese("Thành phố"));
    }
}
