package org.haicap.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {

    private static final AddressParser PARSER = AddressParser.official();

    private static String folded(Optional<UnitPart> part) {
        return part.map(UnitPart::folded).orElse("-");
    }

    /** street | commune | district | province, folded names, "-" for none. */
    private static String shape(ParsedAddress a) {
        return a.street() + " | " + folded(a.commune()) + " | " + folded(a.district()) + " | " + folded(a.province());
    }

    @Test
    void theWorkedExampleKeepsTheStreetAsWritten() {
        ParsedAddress a = PARSER.parse("Số 5 phố Quán Thánh, phường Quán Thánh, quận Ba Đình, Hà Nội");
        assertEquals("Số 5 phố Quán Thánh", a.street());
        UnitPart commune = a.commune().orElseThrow();
        assertEquals(AddressLevel.COMMUNE, commune.level());
        assertEquals(Optional.of(AddressUnitType.PHUONG), commune.type());
        assertEquals("phường", commune.typeAsWritten());
        assertEquals("Quán Thánh", commune.nameAsWritten());
        assertEquals("Quán Thánh", commune.name());
        assertEquals("quan thanh", commune.folded());
        assertEquals("phường Quán Thánh", a.input().substring(commune.start(), commune.end()));
        UnitPart district = a.district().orElseThrow();
        assertEquals(Optional.of(AddressUnitType.QUAN), district.type());
        assertEquals("Ba Đình", district.name());
        UnitPart province = a.province().orElseThrow();
        assertEquals(Optional.empty(), province.type());
        assertTrue(province.typeInferred());
        assertEquals("Hà Nội", province.name());
        assertEquals(AddressForm.OLD, a.form());
        assertTrue(a.has(AddressWarning.TYPE_PREFIX_INFERRED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Số 5 phố Quán Thánh, phường Quán Thánh, quận Ba Đình, Hà Nội | Số 5 phố Quán Thánh | quan thanh | ba dinh | ha noi",
        "so 5 pho quan thanh, phuong quan thanh, quan ba dinh, ha noi | so 5 pho quan thanh | quan thanh | ba dinh | ha noi",
        "SỐ 5 PHỐ QUÁN THÁNH, PHƯỜNG QUÁN THÁNH, QUẬN BA ĐÌNH, HÀ NỘI | SỐ 5 PHỐ QUÁN THÁNH | quan thanh | ba dinh | ha noi",
        "  Số 5   phố Quán Thánh ,phường   Quán Thánh,quận Ba Đình ,  Hà Nội  | Số 5   phố Quán Thánh | quan thanh | ba dinh | ha noi",
        "P5 Q3 TPHCM | \"\" | 5 | 3 | ho chi minh",
        "phuong 5 quan 3 tp hcm | \"\" | 5 | 3 | ho chi minh",
        "Phường 5, Quận 3, TP HCM | \"\" | 5 | 3 | ho chi minh",
        "P.05, Q.3, Tp.HCM | \"\" | 5 | 3 | ho chi minh",
        "12 Nguyễn Đình Chiểu, F.5, Q.3, HCM | 12 Nguyễn Đình Chiểu | 5 | 3 | ho chi minh",
        "Phường Bến Nghé, Quận 1, TP HCM | \"\" | ben nghe | 1 | ho chi minh",
        "P. Bến Nghé, Q. 1, Sài Gòn | \"\" | ben nghe | 1 | ho chi minh",
        "Phường Ba Đình, Thành phố Hà Nội | \"\" | ba dinh | - | ha noi",
        "Phường Ba Đình, TP. Hà Nội | \"\" | ba dinh | - | ha noi",
        "Phường Ba Đình, HN | \"\" | ba dinh | - | ha noi",
        "X. Đông Hội, H. Đông Anh, TP. Hà Nội | \"\" | dong hoi | dong anh | ha noi",
        "TT. Đông Anh, H. Đông Anh, Hà Nội | \"\" | dong anh | dong anh | ha noi",
        "Thị trấn Đông Anh, Huyện Đông Anh, Thành phố Hà Nội | \"\" | dong anh | dong anh | ha noi",
        "Xã Cổ Đông, TX. Sơn Tây, Hà Nội | \"\" | co dong | son tay | ha noi",
        "Phường Lê Lợi, Thị xã Sơn Tây, Hà Nội | \"\" | le loi | son tay | ha noi",
        "Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương | \"\" | phu cuong | thu dau mot | binh duong",
        "Phường Phú Cường, TP Thủ Dầu Một, T. Bình Dương | \"\" | phu cuong | thu dau mot | binh duong",
        "Đặc khu Phú Quốc, Tỉnh An Giang | \"\" | phu quoc | - | an giang",
        "ĐK. Côn Đảo, TP. Hồ Chí Minh | \"\" | con dao | - | ho chi minh",
        "xa dang xa huyen gia lam ha noi | \"\" | dang xa | gia lam | ha noi",
        "Xã Đặng Xá, Huyện Gia Lâm, Hà Nội | \"\" | dang xa | gia lam | ha noi",
        "Số 10 Xã Đàn, Phường Kim Liên, Quận Đống Đa, Hà Nội | Số 10 Xã Đàn | kim lien | dong da | ha noi",
        "Thôn 3, xã Ea Tiêu, huyện Cư Kuin, tỉnh Đắk Lắk | Thôn 3 | ea tieu | cu kuin | dak lak",
        "Xóm 2, Ấp Bình An, Tổ 7, Phường Bình Thọ | Xóm 2, Ấp Bình An, Tổ 7 | binh tho | - | -",
        "Ngõ 12 ngách 34 hẻm 5 đường Láng, Phường Láng, Hà Nội | Ngõ 12 ngách 34 hẻm 5 đường Láng | lang | - | ha noi",
        "Phường Quán Thánh, Quận Ba Đình, Hà Nội, Việt Nam | \"\" | quan thanh | ba dinh | ha noi",
        "phường quán thánh quận ba đình hà nội | \"\" | quan thanh | ba dinh | ha noi",
        "Số 5 Quán Thánh, Ba Đình, Hà Nội | Số 5 Quán Thánh, Ba Đình | - | - | ha noi",
        "Phường Quán Thánh, Ba Đình, Hà Nội | \"\" | quan thanh | ba dinh | ha noi",
        "Xã Ea Na, Huyện Krông Ana, Tỉnh Đắk Lắk | \"\" | ea na | krong ana | dak lak",
        "Phường 5 quan 3 Hồ Chí Minh | \"\" | 5 | 3 | ho chi minh",
        "Xã Sơn Quan Đông, Huyện Gia Lâm, Hà Nội | \"\" | son quan dong | gia lam | ha noi",
    })
    void splitsTheParts(String input, String street, String commune, String district, String province) {
        assertEquals(street + " | " + commune + " | " + district + " | " + province, shape(PARSER.parse(input)));
    }

    @Test
    void ordinalNumbersLoseTheirLeadingZeros() {
        ParsedAddress a = PARSER.parse("P.05, Q.03, TP.HCM");
        assertEquals("05", a.commune().orElseThrow().nameAsWritten());
        assertEquals("5", a.commune().orElseThrow().name());
        assertTrue(a.commune().orElseThrow().ordinal());
        assertEquals("P.", a.commune().orElseThrow().typeAsWritten());
        assertEquals("3", a.district().orElseThrow().name());
        assertTrue(a.has(AddressWarning.NUMBER_NORMALISED));
        assertEquals(Optional.of(AddressUnitType.THANH_PHO_TRUNG_UONG), a.province().orElseThrow().type());
        assertEquals("Hồ Chí Minh", a.province().orElseThrow().name());
        assertEquals("HCM", a.province().orElseThrow().nameAsWritten());
        assertTrue(a.has(AddressWarning.PROVINCE_ALIAS));
    }

    @Test
    void fIsAWardInSaigonUsage() {
        ParsedAddress a = PARSER.parse("F7 Q.Bình Thạnh");
        assertEquals(Optional.of(AddressUnitType.PHUONG), a.commune().orElseThrow().type());
        assertEquals("7", a.commune().orElseThrow().name());
        assertEquals(Optional.of(AddressUnitType.QUAN), a.district().orElseThrow().type());
        assertEquals("Bình Thạnh", a.district().orElseThrow().name());
    }

    @Test
    void tonePlacementIsNormalisedAndReported() {
        ParsedAddress a = PARSER.parse("Phường Thuỵ Khuê, Quận Tây Hồ, Hà Nội");
        assertEquals("Thuỵ Khuê", a.commune().orElseThrow().nameAsWritten());
        assertEquals("Thụy Khuê", a.commune().orElseThrow().name());
        assertTrue(a.has(AddressWarning.TONE_MARKS_NORMALISED));
        ParsedAddress b = PARSER.parse("Xã Hoà Bình, Huyện Hoà Vang, Đà Nẵng");
        assertEquals("Hòa Bình", b.commune().orElseThrow().name());
        assertEquals("Hòa Vang", b.district().orElseThrow().name());
        ParsedAddress c = PARSER.parse("Xã Hòa Bình, Huyện Hòa Vang, Đà Nẵng");
        assertEquals("Hòa Bình", c.commune().orElseThrow().name());
        assertFalse(c.has(AddressWarning.TONE_MARKS_NORMALISED));
        assertEquals(b.commune().orElseThrow().folded(), c.commune().orElseThrow().folded());
    }

    @Test
    void theTraditionalPlacementLeavesOtherWordsAlone() {
        assertEquals("Hòa Khỏe Thụy", AddressNames.tones("Hoà Khoẻ Thuỵ"));
        assertEquals("Quý Hoàng Thuyên Khuya", AddressNames.tones("Quý Hoàng Thuyên Khuya"));
        assertEquals("HÒA", AddressNames.tones("HOÀ"));
    }

    @Test
    void eitherApostropheGivesTheSameName() {
        ParsedAddress a = PARSER.parse("Xã Ea H’Leo, Tỉnh Đắk Lắk");
        ParsedAddress b = PARSER.parse("Xã Ea H'Leo, Tỉnh Đắk Lắk");
        assertEquals("Ea H'Leo", a.commune().orElseThrow().name());
        assertEquals("Ea H’Leo", a.commune().orElseThrow().nameAsWritten());
        assertEquals(a.commune().orElseThrow().name(), b.commune().orElseThrow().name());
        assertTrue(a.has(AddressWarning.APOSTROPHE_NORMALISED));
        assertFalse(b.has(AddressWarning.APOSTROPHE_NORMALISED));
    }

    @Test
    void nfdInputIsNormalisedFirst() {
        String nfc = "Phường Quán Thánh, Quận Ba Đình, Hà Nội";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        ParsedAddress a = PARSER.parse(nfd);
        assertEquals(nfc, a.input());
        assertEquals("Quán Thánh", a.commune().orElseThrow().name());
        assertEquals(Optional.of(AddressUnitType.QUAN), a.district().orElseThrow().type());
        assertTrue(a.has(AddressWarning.UNICODE_NORMALISED));
        assertFalse(PARSER.parse(nfc).has(AddressWarning.UNICODE_NORMALISED));
    }

    @Test
    void formIsAHint() {
        assertEquals(AddressForm.OLD, PARSER.parse("Phường 5, Quận 3, TP HCM").form());
        assertEquals(AddressForm.NEW, PARSER.parse("Phường Sài Gòn, TP HCM").form());
        assertEquals(AddressForm.UNKNOWN, PARSER.parse("Số 5 phố Quán Thánh").form());
    }

    @Test
    void aProvinceAloneIsRecognisedByNameOrAlias() {
        ParsedAddress a = PARSER.parse("Số 1, Tân Định, TP HCM");
        assertEquals("Hồ Chí Minh", a.province().orElseThrow().name());
        assertEquals("Số 1, Tân Định", a.street());
        ParsedAddress b = PARSER.parse("Tỉnh Hoà Bình");
        assertEquals("Hòa Bình", b.province().orElseThrow().name());
        assertEquals(Optional.of(AddressUnitType.TINH), b.province().orElseThrow().type());
    }

    @Test
    void anUnknownLastPartIsStillAProvinceCandidate() {
        ParsedAddress a = PARSER.parse("Phường 5, Quận 3, Atlantis");
        assertEquals("Atlantis", a.province().orElseThrow().name());
        assertTrue(a.has(AddressWarning.PROVINCE_NOT_RECOGNISED));
    }

    @Test
    void markupAndFormulasAreKeptAsText() {
        ParsedAddress a = PARSER.parse("<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", a.street());
        assertEquals(AddressForm.UNKNOWN, a.form());
        ParsedAddress b = PARSER.parse("=HYPERLINK(\"http://x\",\"Phường 5\")");
        assertTrue(b.input().startsWith("="));
        ParsedAddress c = PARSER.parse("=1+2, Phường <b>5</b>, Quận 3, TP HCM");
        assertEquals("=1+2", c.street());
        assertEquals("<b>5</b>", c.commune().orElseThrow().name());
        assertEquals("3", c.district().orElseThrow().name());
    }

    @Test
    void oddInputsNeverThrow() {
        for (String s : new String[] {",", ", , ,", "P.", "Phường", "Quận Quận Quận", "TP", "tp hcm", ".", "Q3",
                "P5 Q3", "Thành phố", "a,b,c,d,e,f", "Việt Nam", "VN, VN", "x . y", "P..5", "Phường 5, Việt Nam"}) {
            ParsedAddress a = PARSER.parse(s);
            assertEquals(s.strip().isEmpty() ? "" : a.input(), a.input());
        }
    }

    @Test
    void nullBlankOrTooLongIsRefusedInBothLanguages() {
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(null));
        assertEquals("địa chỉ là null / the address is null", n.getMessage());
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(" \t "));
        assertEquals("địa chỉ trống / the address is blank", b.getMessage());
        IllegalArgumentException l = assertThrows(IllegalArgumentException.class,
                () -> PARSER.parse("x".repeat(AddressParser.MAX_LENGTH + 1)));
        assertTrue(l.getMessage().contains(" / the address is 1001 characters long"), l.getMessage());
    }

    @Test
    void theAliasTableIsSmallAndPointsAtTheTwoCities() {
        assertEquals("79", AddressParser.provinceAliases().get("tphcm"));
        assertEquals("79", AddressParser.provinceAliases().get("sai gon"));
        assertEquals("01", AddressParser.provinceAliases().get("hn"));
        assertEquals(java.util.Set.of("79", "01"), new java.util.HashSet<>(AddressParser.provinceAliases().values()));
    }
    @Test
    void theCountryIsLeftOutAndTextAfterTheProvinceIsReported() {
        ParsedAddress a = PARSER.parse("Phường 5, Quận 3, TP HCM, Việt Nam");
        assertEquals("Hồ Chí Minh", a.province().orElseThrow().name());
        assertTrue(a.has(AddressWarning.COUNTRY_IGNORED));
        assertFalse(a.has(AddressWarning.TEXT_NOT_READ));
        ParsedAddress b = PARSER.parse("Phường 5, Quận 3, TP HCM, cổng sau");
        assertEquals("Hồ Chí Minh", b.province().orElseThrow().name());
        assertTrue(b.has(AddressWarning.TEXT_NOT_READ));
    }

    @Test
    void thanhPhoIsACityUnderAProvinceUnlessItEndsTheAddressWithAProvinceName() {
        ParsedAddress city = PARSER.parse("123/4 Lê Lợi, P. 7, TP. Vũng Tàu, Bà Rịa - Vũng Tàu");
        assertEquals(Optional.of(AddressUnitType.THANH_PHO_THUOC_TINH), city.district().orElseThrow().type());
        assertEquals("Vũng Tàu", city.district().orElseThrow().name());
        assertEquals("bà rịa vũng tàu", city.province().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                .replace(" -", ""));
        assertEquals("123/4 Lê Lợi", city.street());
        ParsedAddress province = PARSER.parse("Phường 5, TP Hồ Chí Minh");
        assertEquals(Optional.of(AddressUnitType.THANH_PHO_TRUNG_UONG), province.province().orElseThrow().type());
        assertEquals(Optional.empty(), province.district());
        ParsedAddress alone = PARSER.parse("Phường Phú Cường, TP Thủ Dầu Một");
        assertEquals(Optional.of(AddressUnitType.THANH_PHO_THUOC_TINH), alone.district().orElseThrow().type());
        assertEquals(Optional.empty(), alone.province());
    }

    @Test
    void aTypeWordInsideTheStreetStaysInTheStreet() {
        ParsedAddress a = PARSER.parse("so 5 pho Quan Thanh phuong Quan Thanh quan Ba Dinh ha noi");
        assertEquals("so 5 pho Quan Thanh", a.street());
        assertEquals("quan thanh", a.commune().orElseThrow().folded());
        assertEquals("ba dinh", a.district().orElseThrow().folded());
        assertEquals("ha noi", a.province().orElseThrow().folded());
    }

    @Test
    void theFirstWordOfANameIsNeverAPrefix() {
        ParsedAddress a = PARSER.parse("xa quan son huyen quan son thanh hoa");
        assertEquals("quan son", a.commune().orElseThrow().folded());
        assertEquals("quan son", a.district().orElseThrow().folded());
        assertEquals("thanh hoa", a.province().orElseThrow().folded());
    }

    @Test
    void theDocumentedLimitOfATypeWordInsideANameWithoutDiacritics() {
        ParsedAddress a = PARSER.parse("xa son quan dong huyen gia lam ha noi");
        assertEquals("son", a.commune().orElseThrow().folded());
        assertEquals("dong huyen gia lam", a.district().orElseThrow().folded());
        ParsedAddress b = PARSER.parse("Xã Sơn Quan Đông, Huyện Gia Lâm, Hà Nội");
        assertEquals("son quan dong", b.commune().orElseThrow().folded());
    }

    @Test
    void aNameWithoutCommasAndPrefixesRunsToTheProvince() {
        ParsedAddress a = PARSER.parse("phuong quan thanh ba dinh ha noi");
        assertEquals("quan thanh ba dinh", a.commune().orElseThrow().folded());
        assertEquals(Optional.empty(), a.district());
        assertEquals("ha noi", a.province().orElseThrow().folded());
    }

    @Test
    void warningsAreBilingual() {
        assertEquals("tone marks normalised", AddressWarning.TONE_MARKS_NORMALISED.english());
        assertEquals("đã chuẩn hóa vị trí dấu thanh", AddressWarning.TONE_MARKS_NORMALISED.vietnamese());
        assertEquals("type prefix inferred", AddressWarning.TYPE_PREFIX_INFERRED.english());
        for (AddressWarning w : AddressWarning.values()) {
            assertFalse(w.vietnamese().isBlank());
            assertFalse(w.english().isBlank());
        }
    }

    @Test
    void aPartRefusesAnInconsistentType() {
        assertThrows(IllegalArgumentException.class, () -> new UnitPart(AddressLevel.PROVINCE,
                Optional.of(AddressUnitType.QUAN), "Q.", "3", "3", "3", 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new UnitPart(AddressLevel.DISTRICT,
                Optional.of(AddressUnitType.QUAN), "Q.", "3", "3", "3", 4, 4));
    }

    @Test
    void theTypesKnowTheirLevelAndWhetherTheyAreFormerOnly() {
        assertEquals(AddressLevel.DISTRICT, AddressUnitType.THANH_PHO_THUOC_TINH.level());
        assertEquals(AddressLevel.PROVINCE, AddressUnitType.THANH_PHO_TRUNG_UONG.level());
        assertTrue(AddressUnitType.THI_TRAN.formerOnly());
        assertFalse(AddressUnitType.DAC_KHU.formerOnly());
        assertEquals("Thị xã", AddressUnitType.THI_XA.prefix());
    }
}
