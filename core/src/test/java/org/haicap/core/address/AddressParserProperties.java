package org.haicap.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.Province;
import org.haicap.core.units.ProvinceType;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitType;

/**
 * Addresses written every way people write them (random case, diacritics dropped, prefixes
 * abbreviated, commas and spaces dropped or doubled) give back the folded name of each part.
 */
class AddressParserProperties {

    private static final UnitCatalog CATALOG = UnitCatalog.official();
    private static final AddressParser PARSER = AddressParser.official();

    /** Words that are type prefixes or abbreviations: a name containing one is ambiguous without diacritics. */
    private static final Set<String> PREFIX_WORDS = Set.of("phuong", "xa", "thi", "tran", "dac", "khu", "quan",
            "huyen", "thanh", "pho", "tinh", "p", "f", "x", "tt", "dk", "q", "h", "tx", "tp", "t", "hn", "hcm",
            "viet", "vn", "vietnam");

    /** A unit part to write: its kind of prefix, its name, and how the parser should fold it. */
    record Unit(String full, String abbreviation, String name, String expected) {
    }

    record Address(String street, Unit commune, Optional<Unit> district, Unit province) {
    }

    /** How to write it. */
    record Style(int caseMode, boolean dropDiacritics, boolean abbreviate, boolean glue, int separator,
            boolean fullProvinceName) {
    }

    private static final List<String> PROVINCE_FOLDS = CATALOG.provinces().stream()
            .map(p -> VietnameseText.fold(p.shortName())).toList();

    private static boolean plainName(String name) {
        String f = VietnameseText.fold(name);
        if (f.isEmpty() || f.chars().anyMatch(Character::isDigit) || name.contains(".")) {
            return false;
        }
        for (String w : f.split(" ")) {
            if (PREFIX_WORDS.contains(w)) {
                return false;
            }
        }
        for (String p : PROVINCE_FOLDS) {
            if ((" " + f + " ").contains(" " + p.split(" ")[0] + " ") || f.endsWith(p.substring(p.lastIndexOf(' ') + 1))) {
                return false;
            }
        }
        return true;
    }

    private static final List<AdminUnit> COMMUNES = CATALOG.units().stream()
            .filter(u -> plainName(u.shortName())).toList();

    @Provide
    Arbitrary<Unit> communes() {
        Arbitrary<Unit> fromCatalogue = Arbitraries.of(COMMUNES).map(u -> {
            UnitType type = u.typeAsOf(UnitCatalog.EFFECTIVE_FROM);
            return switch (type) {
                case PHUONG -> new Unit("Phường", "P.", u.shortName(), VietnameseText.fold(u.shortName()));
                case XA -> new Unit("Xã", "X.", u.shortName(), VietnameseText.fold(u.shortName()));
                case DAC_KHU -> new Unit("Đặc khu", "ĐK.", u.shortName(), VietnameseText.fold(u.shortName()));
            };
        });
        Arbitrary<Unit> ordinal = Arbitraries.integers().between(1, 20).flatMap(n -> Arbitraries.of(
                new Unit("Phường", "P.", String.valueOf(n), String.valueOf(n)),
                new Unit("Phường", "P", String.valueOf(n), String.valueOf(n)),
                new Unit("Phường", "F.", String.format("%02d", n), String.valueOf(n))));
        Arbitrary<Unit> former = Arbitraries.of(
                new Unit("Thị trấn", "TT.", "Đông Anh", "dong anh"),
                new Unit("Xã", "X.", "Đặng Xá", "dang xa"),
                new Unit("Phường", "P.", "Quán Thánh", "quan thanh"),
                new Unit("Phường", "P.", "Thuỵ Khuê", "thuy khue"),
                new Unit("Xã", "X.", "Ea H’Leo", "ea hleo"),
                new Unit("Phường", "P.", "Bến Nghé", "ben nghe"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, fromCatalogue), net.jqwik.api.Tuple.of(2, ordinal),
                net.jqwik.api.Tuple.of(2, former));
    }

    @Provide
    Arbitrary<Optional<Unit>> districts() {
        Arbitrary<Unit> named = Arbitraries.of(
                new Unit("Quận", "Q.", "Ba Đình", "ba dinh"),
                new Unit("Huyện", "H.", "Gia Lâm", "gia lam"),
                new Unit("Huyện", "H.", "Krông Ana", "krong ana"),
                new Unit("Huyện", "H.", "Hoà Vang", "hoa vang"),
                new Unit("Thị xã", "TX.", "Sơn Tây", "son tay"),
                new Unit("Thị xã", "TX", "Sơn Tây", "son tay"),
                new Unit("Thành phố", "TP.", "Thủ Dầu Một", "thu dau mot"),
                new Unit("Thành phố", "Tp.", "Biên Hoà", "bien hoa"));
        Arbitrary<Unit> ordinal = Arbitraries.integers().between(1, 12).flatMap(n -> Arbitraries.of(
                new Unit("Quận", "Q.", String.valueOf(n), String.valueOf(n)),
                new Unit("Quận", "Q", String.format("%02d", n), String.valueOf(n))));
        return Arbitraries.oneOf(named, ordinal).optional(0.7);
    }

    @Provide
    Arbitrary<Unit> provinces() {
        return Arbitraries.of(CATALOG.provinces()).map(AddressParserProperties::province);
    }

    private static Unit province(Province p) {
        boolean city = p.typeAsOf(UnitCatalog.EFFECTIVE_FROM) == ProvinceType.CENTRAL_CITY;
        return new Unit(city ? "Thành phố" : "Tỉnh", city ? "TP." : "T.", p.shortName(),
                VietnameseText.fold(p.shortName()));
    }

    @Provide
    Arbitrary<String> streets() {
        return Arbitraries.of("", "Số 5 phố Quán Thánh", "12 ngõ 34 ngách 5 đường Láng", "Thôn 3", "Xóm Bến",
                "Ấp 2", "Tổ 7 khu phố 4", "số 9 hẻm 12/3 đường Lê Lợi");
    }

    @Provide
    Arbitrary<Style> styles() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 4),
                Arbitraries.of(true, false)).as(Style::new);
    }

    @Property(tries = 1000)
    void recoversTheFoldedNameOfEachPart(@ForAll("streets") String street, @ForAll("communes") Unit commune,
            @ForAll("districts") Optional<Unit> district, @ForAll("provinces") Unit province,
            @ForAll("styles") Style style) {
        String text = write(street, commune, district, province, style);
        ParsedAddress a = PARSER.parse(text);
        String expected = commune.expected() + " | " + district.map(Unit::expected).orElse("-") + " | "
                + province.expected();
        String actual = a.commune().map(UnitPart::folded).orElse("-") + " | "
                + a.district().map(UnitPart::folded).orElse("-") + " | "
                + a.province().map(UnitPart::folded).orElse("-");
        assertEquals(expected, actual, text);
        assertEquals(VietnameseText.fold(street), VietnameseText.fold(a.street()), text);
        assertEquals(district.isPresent() ? AddressForm.OLD : AddressForm.NEW, a.form(), text);
    }

    private static String write(String street, Unit commune, Optional<Unit> district, Unit province, Style s) {
        List<String> parts = new ArrayList<>();
        if (!street.isEmpty()) {
            parts.add(street);
        }
        parts.add(unit(commune, s));
        district.ifPresent(d -> parts.add(unit(d, s)));
        if (s.fullProvinceName() && s.separator() != 4) {
            parts.add(province.name());
        } else {
            parts.add(unit(province, s));
        }
        String separator = switch (s.separator()) {
            case 0 -> ", ";
            case 1 -> ",";
            case 2 -> " ";
            case 3 -> "  ,   ";
            default -> "   ";
        };
        String text = String.join(separator, parts);
        if (s.dropDiacritics()) {
            text = drop(text);
        }
        return switch (s.caseMode()) {
            case 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> text.toUpperCase(Locale.ROOT);
            default -> text;
        };
    }

    private static String unit(Unit u, Style s) {
        if (!s.abbreviate()) {
            return u.full() + " " + u.name();
        }
        boolean canGlue = u.abbreviation().endsWith(".") || u.name().chars().allMatch(Character::isDigit);
        return u.abbreviation() + (s.glue() && canGlue ? "" : " ") + u.name();
    }

    private static String drop(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    @Property(tries = 200)
    void nfdAndNfcParseAlike(@ForAll("communes") Unit commune, @ForAll("districts") Optional<Unit> district,
            @ForAll("provinces") Unit province, @ForAll("styles") Style style) {
        String text = write("Số 5 phố Quán Thánh", commune, district, province, style);
        ParsedAddress nfc = PARSER.parse(text);
        ParsedAddress nfd = PARSER.parse(Normalizer.normalize(text, Normalizer.Form.NFD));
        assertEquals(nfc.parts(), nfd.parts(), text);
        assertEquals(nfc.street(), nfd.street(), text);
    }

    @Property(tries = 1)
    void theCommunesUsedAreMany() {
        Set<String> names = new HashSet<>();
        COMMUNES.forEach(u -> names.add(u.shortName()));
        org.junit.jupiter.api.Assertions.assertTrue(names.size() > 1000, "only " + names.size());
    }
}
