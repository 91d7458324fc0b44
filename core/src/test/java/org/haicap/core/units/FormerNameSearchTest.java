package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.haicap.core.text.VietnameseText;
import org.junit.jupiter.api.Test;

/** Search over the names of former (pre-2025) units, and exact versus folded matches. */
class FormerNameSearchTest {

    private static final UnitCatalog CATALOG = UnitCatalog.official();

    private static SearchHit formerHit(List<SearchHit> hits, String formerCode) {
        return hits.stream().filter(h -> h.isFormer() && h.former().orElseThrow().code().equals(formerCode))
                .findFirst().orElseThrow(() -> new AssertionError("no former " + formerCode + " in " + hits));
    }

    private static List<String> successorCodes(SearchHit h) {
        return h.successors().stream().map(s -> s.unit().code().value()).collect(Collectors.toList());
    }

    @Test
    void quanThanhIsFoundAsTheFormerPhuongNowInBaDinh() {
        List<SearchHit> hits = CATALOG.search("Quán Thánh");
        SearchHit first = hits.get(0);
        assertEquals(SearchHit.Source.FORMER, first.source());
        assertTrue(first.isFormer());
        assertEquals(MatchKind.EXACT, first.match());
        FormerUnit f = first.former().orElseThrow();
        assertEquals("00013", f.code());
        assertEquals("Phường Quán Thánh", f.name());
        assertEquals("Quận Ba Đình", f.districtName());
        assertEquals("001", f.districtCode());
        assertEquals("Thành phố Hà Nội", f.provinceName());
        assertEquals("01", f.provinceCode());
        assertEquals(List.of("00004"), successorCodes(first));
        assertEquals(MergeShare.WHOLE, first.successors().get(0).share());
        assertEquals("00004", first.unit().code().value());
        assertEquals("Phường Ba Đình", first.unit().name());
        // the same successors as the conversion by code
        assertEquals(CATALOG.successors("00013"), first.successors());

        // Xã Quan Thành (Nghệ An) is found, but only folded, and after the exact former hit
        SearchHit quanThanh = hits.stream().filter(h -> h.unit().code().value().equals("17569") && !h.isFormer())
                .findFirst().orElseThrow();
        assertEquals(MatchKind.FOLDED, quanThanh.match());
        assertNotEquals(MatchKind.EXACT, quanThanh.match());
        assertTrue(hits.indexOf(quanThanh) > 0);
        assertEquals(SearchHit.Source.CURRENT, quanThanh.source());
        assertTrue(quanThanh.former().isEmpty());
    }

    @Test
    void withoutDiacriticsEveryHitIsFolded() {
        List<SearchHit> all = CATALOG.search("quan thanh", 100);
        assertTrue(all.stream().noneMatch(h -> h.match() == MatchKind.EXACT), all.toString());
        // the names equal to the query are folded hits (words in another order, Thanh Quân, are fuzzy)
        List<SearchHit> hits = all.stream().filter(h -> h.match() != MatchKind.FUZZY).collect(Collectors.toList());
        assertTrue(hits.size() >= 2, all.toString());
        for (SearchHit h : hits) {
            assertEquals(MatchKind.FOLDED, h.match(), h.toString());
            String name = h.isFormer() ? h.former().orElseThrow().name() : h.unit().shortName();
            assertTrue(VietnameseText.fold(name).endsWith("quan thanh"), h.toString());
        }
        // current names before former ones of the same kind
        assertFalse(hits.get(0).isFormer());
        assertEquals("17569", hits.get(0).unit().code().value());
        assertTrue(hits.stream().anyMatch(h -> h.isFormer() && h.former().orElseThrow().code().equals("00013")));
        int firstFormer = indexOf(hits, SearchHit::isFormer);
        for (int i = firstFormer; i < hits.size(); i++) {
            assertTrue(hits.get(i).isFormer(), hits.toString());
        }
    }

    @Test
    void aSplitFormerPhuongListsEverySuccessorWithPart() {
        // Phường Điện Biên (Quận Ba Đình) was split between four new phường
        SearchHit h = formerHit(CATALOG.search("Phường Điện Biên", 50), "00019");
        assertEquals(List.of("00004", "00070", "00190", "00226"), successorCodes(h));
        h.successors().forEach(s -> assertEquals(MergeShare.PART, s.share(), s.toString()));
        assertEquals(CATALOG.successors("00019"), h.successors());
        assertTrue(h.typeMatched());
        assertEquals(MatchKind.EXACT, h.match());
    }

    @Test
    void benNgheIsNowPhuongSaiGon() {
        for (String q : List.of("Bến Nghé", "ben nghe", "P. Bến Nghé", "Phường Bến Nghé, TP HCM")) {
            List<SearchHit> hits = CATALOG.search(q);
            SearchHit first = hits.get(0);
            assertTrue(first.isFormer(), q + " -> " + hits);
            assertEquals("26740", first.former().orElseThrow().code());
            assertEquals("Phường Bến Nghé", first.former().orElseThrow().name());
            assertEquals(List.of("26740"), successorCodes(first));
            assertEquals("Phường Sài Gòn", first.unit().name());
            assertEquals(MergeShare.WHOLE, first.successors().get(0).share());
        }
        assertEquals(MatchKind.EXACT, CATALOG.search("Bến Nghé").get(0).match());
        assertEquals(MatchKind.FOLDED, CATALOG.search("ben nghe").get(0).match());
        assertTrue(CATALOG.search("P. Bến Nghé").get(0).typeMatched());
        assertFalse(CATALOG.search("X. Bến Nghé").get(0).typeMatched());
    }

    @Test
    void aProvinceKeepsFormerUnitsWhoseSuccessorIsInIt() {
        assertTrue(CATALOG.search("Bến Nghé, Hà Nội").stream().noneMatch(SearchHit::isFormer));
        assertTrue(CATALOG.search("Bến Nghé", ProvinceCode.of("01")).isEmpty());
        assertEquals("26740", CATALOG.search("Bến Nghé", ProvinceCode.of("79")).get(0).unit().code().value());
    }

    @Test
    void thiTranIsReadAsAFormerType() {
        FormerUnit any = CATALOG.units().stream().flatMap(u -> u.formerUnits().stream())
                .filter(f -> f.name().startsWith("Thị trấn ") && !f.code().isEmpty()
                        && CATALOG.successors(f.code()).size() > 1)
                .findFirst().orElseThrow();
        String shortName = any.name().substring("Thị trấn ".length());
        SearchHit h = formerHit(CATALOG.search("TT. " + shortName, 100), any.code());
        assertTrue(h.typeMatched());
        assertEquals(MatchKind.EXACT, h.match());
    }

    @Test
    void aFormerUnitThatKeptItsNameIsFoundByTheCurrentNameOnly() {
        // Phường Hoàn Kiếm (00070) exists today; no former unit of that name went whole into it alone
        List<SearchHit> hits = CATALOG.search("Hoàn Kiếm", 100);
        assertEquals("00070", hits.get(0).unit().code().value());
        assertEquals(MatchKind.EXACT, hits.get(0).match());
        assertFalse(hits.get(0).isFormer());
        for (SearchHit h : hits) {
            if (h.isFormer() && h.successors().size() == 1 && h.successors().get(0).share() == MergeShare.WHOLE) {
                assertNotEquals(VietnameseText.fold(h.unit().shortName()), "hoan kiem", h.toString());
            }
        }
    }

    @Test
    void exactBeatsFoldedAcrossCurrentAndFormer() {
        for (String q : List.of("Quán Thánh", "Tân Thành", "Hòa Bình", "Điện Biên", "quan thanh")) {
            List<SearchHit> hits = CATALOG.search(q, 300);
            for (int i = 1; i < hits.size(); i++) {
                SearchHit a = hits.get(i - 1);
                SearchHit b = hits.get(i);
                assertTrue(a.match().compareTo(b.match()) <= 0, q + ": " + hits);
                if (a.match() == b.match()) {
                    assertFalse(a.isFormer() && !b.isFormer(), q + ": " + hits);
                }
            }
        }
    }

    @Test
    void hitsAreChecked() {
        AdminUnit baDinh = CATALOG.unit("00004").orElseThrow();
        AdminUnit hoanKiem = CATALOG.unit("00070").orElseThrow();
        List<Successor> next = CATALOG.successors("00013");
        assertEquals(List.of(), new SearchHit(baDinh, MatchKind.EXACT, false).successors());
        assertEquals(SearchHit.Source.FORMER, new SearchHit(baDinh, MatchKind.EXACT, false, next).source());
        assertThrows(IllegalArgumentException.class, () -> new SearchHit(hoanKiem, MatchKind.EXACT, false, next));
        assertThrows(NullPointerException.class, () -> new SearchHit(baDinh, MatchKind.EXACT, false, null));
    }

    private static int indexOf(List<SearchHit> hits, java.util.function.Predicate<SearchHit> p) {
        for (int i = 0; i < hits.size(); i++) {
            if (p.test(hits.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
