package org.haicap.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.haicap.core.units.BeforeReformException;
import org.haicap.core.units.MergeShare;
import org.haicap.core.units.Successor;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.former.FormerCatalog;
import org.junit.jupiter.api.Test;

class AddressConverterTest {

    private static final AddressConverter CONVERTER = AddressConverter.official();
    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    private static Conversion convert(String address) {
        return CONVERTER.convert(address, DAY);
    }

    @Test
    void theWorkedExampleConvertsToBaDinhWithTheStreetKept() {
        Conversion c = convert("Số 5 phố Quán Thánh, phường Quán Thánh, quận Ba Đình, Hà Nội");
        assertEquals(ConversionStatus.CONVERTED, c.status());
        assertEquals("Số 5 phố Quán Thánh", c.street());
        assertEquals(List.of("00004"), c.candidateCodes());
        Conversion.Candidate unit = c.candidates().get(0);
        assertEquals("Phường Ba Đình", unit.name());
        assertEquals("01", unit.provinceCode());
        assertEquals("Thành phố Hà Nội", unit.provinceName());
        assertEquals(MergeShare.WHOLE, unit.share());
        assertEquals(Optional.of("Số 5 phố Quán Thánh, Phường Ba Đình, Thành phố Hà Nội"), c.newAddress());
        Conversion.OldCommune old = c.old().orElseThrow();
        assertEquals("00013", old.code());
        assertEquals("Phường Quán Thánh", old.name());
        assertEquals("001", old.districtCode());
        assertEquals("Quận Ba Đình", old.districtName());
        assertEquals("01", old.provinceCode());
        assertEquals("Thành phố Hà Nội", old.provinceName());
        assertFalse(c.has(ConversionWarning.FOLDED_MATCH));
        assertFalse(c.has(ConversionWarning.PROVINCE_INFERRED));
    }

    @Test
    void benNgheInDistrictOneIsNowSaiGon() {
        Conversion c = convert("Phường Bến Nghé, Quận 1, TP HCM");
        assertEquals(ConversionStatus.CONVERTED, c.status());
        assertEquals(List.of("26740"), c.candidateCodes());
        assertEquals("Phường Sài Gòn", c.candidates().get(0).name());
        assertEquals(Optional.of("Phường Sài Gòn, Thành phố Hồ Chí Minh"), c.newAddress());
        assertEquals("", c.street());
        assertTrue(c.has(ConversionWarning.of(AddressWarning.PROVINCE_ALIAS)));
    }

    @Test
    void aSplitCommuneListsEveryOfficialSuccessorAndPicksNone() {
        Conversion c = convert("Phường Điện Biên, Quận Ba Đình, Thành phố Hà Nội");
        assertEquals(ConversionStatus.AMBIGUOUS, c.status());
        assertEquals(List.of("00004", "00070", "00190", "00226"), c.candidateCodes().stream().sorted().toList());
        assertTrue(c.candidates().stream().allMatch(x -> x.share() == MergeShare.PART));
        assertTrue(c.candidates().stream().allMatch(x -> x.formerCode().equals("00019")));
        assertEquals(FormerCatalog.asOf30June2025().successors("00019").stream()
                .map(s -> s.unit().code().value()).toList(), c.candidateCodes());
        assertEquals("00019", c.old().orElseThrow().code());
        assertEquals(Optional.empty(), c.newAddress());
    }

    @Test
    void anAddressInTheNewFormIsAlreadyNew() {
        Conversion c = convert("Số 1 Lê Duẩn, Phường Sài Gòn, Thành phố Hồ Chí Minh");
        assertEquals(ConversionStatus.ALREADY_NEW, c.status());
        assertEquals(List.of("26740"), c.candidateCodes());
        assertEquals(Optional.of("Số 1 Lê Duẩn, Phường Sài Gòn, Thành phố Hồ Chí Minh"), c.newAddress());
        assertEquals(Optional.empty(), c.old());
        Conversion abbreviated = convert("P. Ba Đình, TP. Hà Nội");
        assertEquals(ConversionStatus.ALREADY_NEW, abbreviated.status());
        assertEquals(List.of("00004"), abbreviated.candidateCodes());
    }

    @Test
    void nonsenseIsNotFound() {
        Conversion c = convert("qwerty zxcv");
        assertEquals(ConversionStatus.NOT_FOUND, c.status());
        assertEquals(List.of(), c.candidates());
        assertEquals(Optional.empty(), c.newAddress());
        Conversion unknown = convert("Phường Không Có Thật, Quận 1, TP HCM");
        assertEquals(ConversionStatus.NOT_FOUND, unknown.status());
        assertEquals(Optional.empty(), unknown.old());
    }

    @Test
    void aProvinceLeftOutIsInferredWhenTheDistrictAndCommuneSettleIt() {
        Conversion c = convert("Phường Quán Thánh, Quận Ba Đình");
        assertEquals(ConversionStatus.CONVERTED, c.status());
        assertEquals(List.of("00004"), c.candidateCodes());
        assertTrue(c.has(ConversionWarning.PROVINCE_INFERRED));
        assertEquals("01", c.old().orElseThrow().provinceCode());
    }

    @Test
    void anExactNameBeatsAFoldedOne() {
        // Xã Quan Thành (Nghệ An) folds alike; the diacritics written settle it.
        Conversion c = convert("Phường Quán Thánh");
        assertEquals(ConversionStatus.CONVERTED, c.status());
        assertEquals(List.of("00004"), c.candidateCodes());
        assertFalse(c.has(ConversionWarning.FOLDED_MATCH));
        assertTrue(c.has(ConversionWarning.PROVINCE_INFERRED));
    }

    @Test
    void aFoldedOnlyMatchSaysSo() {
        Conversion c = convert("so 5 pho quan thanh, phuong quan thanh, quan ba dinh, ha noi");
        assertEquals(ConversionStatus.CONVERTED, c.status());
        assertEquals(List.of("00004"), c.candidateCodes());
        assertTrue(c.has(ConversionWarning.FOLDED_MATCH));
        assertEquals(Optional.of("so 5 pho quan thanh, Phường Ba Đình, Thành phố Hà Nội"), c.newAddress());
    }

    @Test
    void anOrdinalNameWithoutItsDistrictIsAmbiguousAcrossDistricts() {
        Conversion c = convert("Phường 5, TP HCM");
        assertEquals(ConversionStatus.AMBIGUOUS, c.status());
        assertEquals(Optional.empty(), c.old());
        long formers = c.candidates().stream().map(Conversion.Candidate::formerCode).distinct().count();
        assertTrue(formers > 1, "several former Phường 5 in Hồ Chí Minh: " + formers);
        assertTrue(c.candidates().stream().allMatch(x -> x.provinceCode().equals("79")));
        Conversion settled = convert("P.5, Q.3, TP.HCM");
        assertEquals(1, settled.old().map(o -> 1).orElse(0));
        assertEquals("Quận 3", settled.old().orElseThrow().districtName());
    }

    @Test
    void theNewAddressUsesTheNamesInForceOnTheDay() {
        // Đồng Nai became a centrally-run city and Xã Lộc Ninh a ward on 30 April 2026.
        FormerCatalog former = FormerCatalog.asOf30June2025();
        String code = former.communes().stream()
                .filter(x -> UnitCatalog.official().successors(x.code()).stream()
                        .map(Successor::unit).anyMatch(u -> u.shortName().equals("Lộc Ninh")
                                && u.province().shortName().equals("Đồng Nai"))
                        && former.successors(x.code()).size() == 1)
                .findFirst().orElseThrow().code();
        var commune = former.commune(code).orElseThrow();
        var district = former.districtOf(commune);
        String address = commune.name() + ", " + district.name() + ", " + former.provinceOf(district).name();
        assertEquals(Optional.of("Xã Lộc Ninh, Tỉnh Đồng Nai"), CONVERTER.convert(address, DAY).newAddress());
        assertEquals(Optional.of("Phường Lộc Ninh, Thành phố Đồng Nai"),
                CONVERTER.convert(address, LocalDate.of(2026, 4, 30)).newAddress());
    }

    @Test
    void aWrongTypeDoesNotStopTheMatchButIsReported() {
        Conversion c = convert("Xã Bến Nghé, Quận 1, TP HCM");
        assertEquals(ConversionStatus.CONVERTED, c.status());
        assertEquals(List.of("26740"), c.candidateCodes());
        assertTrue(c.has(ConversionWarning.TYPE_IGNORED));
    }

    @Test
    void aNameThatIsBothNewAndFormerIsReadAsNewWithAWarning() {
        Conversion c = convert("Xã Lộc Ninh, Đồng Nai");
        assertEquals(ConversionStatus.ALREADY_NEW, c.status());
        assertEquals(Optional.of("Xã Lộc Ninh, Tỉnh Đồng Nai"), c.newAddress());
        assertTrue(c.has(ConversionWarning.ALSO_FORMER_NAME));
    }

    @Test
    void aDistrictAloneIsNotFoundAndSaysWhy() {
        Conversion c = convert("Huyện Côn Đảo, Bà Rịa - Vũng Tàu");
        assertEquals(ConversionStatus.NOT_FOUND, c.status());
        assertTrue(c.has(ConversionWarning.NO_COMMUNE));
        assertEquals("NO_COMMUNE", ConversionWarning.NO_COMMUNE.code());
        assertTrue(ConversionWarning.NO_COMMUNE.english().contains("commune"));
        assertTrue(ConversionWarning.NO_COMMUNE.vietnamese().contains("xã"));
    }

    @Test
    void aDateBeforeTheReformIsRefused() {
        BeforeReformException e = assertThrows(BeforeReformException.class,
                () -> CONVERTER.convert("Phường Bến Nghé, Quận 1, TP HCM", LocalDate.of(2025, 6, 30)));
        assertTrue(e.getMessage().contains("2025-06-30"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CONVERTER.convert("  ", DAY));
    }

    @Test
    void aConverterOverGivenCataloguesAnswersAlike() {
        AddressConverter own = AddressConverter.of(UnitCatalog.official(), FormerCatalog.asOf30June2025());
        assertEquals(convert("Phường Bến Nghé, Quận 1, TP HCM"), own.convert("Phường Bến Nghé, Quận 1, TP HCM", DAY));
    }
}
