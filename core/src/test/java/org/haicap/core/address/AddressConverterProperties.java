package org.haicap.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.Successor;
import org.haicap.core.units.former.CommuneType;
import org.haicap.core.units.former.DistrictType;
import org.haicap.core.units.former.FormerCatalog;
import org.haicap.core.units.former.FormerCommune;
import org.haicap.core.units.former.FormerDistrict;
import org.haicap.core.units.former.FormerProvince;
import org.haicap.core.units.ProvinceType;

/**
 * Former communes written without diacritics and with abbreviated prefixes ({@code P.},
 * {@code Q.}, {@code TP.}) convert to their official successors; where folding makes two
 * communes of one district alike ({@code Xã Hoằng Phú} and {@code Xã Hoằng Phụ}) the answer is
 * ambiguous and lists the successors of both.
 */
class AddressConverterProperties {

    private static final FormerCatalog FORMER = FormerCatalog.asOf30June2025();
    private static final AddressConverter CONVERTER = AddressConverter.official();
    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    private static String commune(CommuneType t) {
        return switch (t) {
            case PHUONG -> "P.";
            case XA -> "X.";
            case THI_TRAN -> "TT.";
        };
    }

    private static String district(DistrictType t) {
        return switch (t) {
            case QUAN -> "Q.";
            case HUYEN -> "H.";
            case THI_XA -> "TX.";
            case THANH_PHO_THUOC_TINH, THANH_PHO_THUOC_THANH_PHO_TRUNG_UONG -> "TP.";
        };
    }

    private static String fold(String s) {
        return VietnameseText.fold(s);
    }

    /** The communes of the same district, type and folded name: those the folded address cannot tell apart. */
    private static List<FormerCommune> alike(FormerCommune c) {
        return FORMER.communes(c.districtCode()).stream()
                .filter(x -> x.type() == c.type() && fold(x.shortName()).equals(fold(c.shortName()))).toList();
    }

    /**
     * Communes whose folded name holds a type word the parser reads as a prefix when the whole
     * address has no diacritics (docs/addresses.md, limits): {@code tam quan bac} and
     * {@code tam quan nam} ({@code quan} = Quận), {@code my tinh an} ({@code tinh} = Tỉnh).
     * Written with diacritics they convert (see {@link AddressConverterAllCommunesTest}).
     */
    static final java.util.Set<String> TYPE_WORD_IN_NAME = java.util.Set.of("21655", "21658", "28603");

    @net.jqwik.api.Example
    void theTypeWordsInNamesAreTheOnlyExceptions() {
        for (String code : TYPE_WORD_IN_NAME) {
            for (boolean upper : new boolean[] {false, true}) {
                foldedAndAbbreviatedAddressesConvertToTheOfficialSuccessors(
                        FORMER.communes().indexOf(FORMER.commune(code).orElseThrow()), upper);
            }
        }
    }

    @Property(tries = 400, seed = "20250701")
    void foldedAndAbbreviatedAddressesConvertToTheOfficialSuccessors(@ForAll @IntRange(min = 0, max = 10034) int index,
            @ForAll boolean upper) {
        List<FormerCommune> all = FORMER.communes();
        FormerCommune c = all.get(index % all.size());
        FormerDistrict d = FORMER.districtOf(c);
        FormerProvince p = FORMER.provinceOf(d);
        String province = (p.type() == ProvinceType.CENTRAL_CITY ? "TP. " : "Tinh ") + fold(p.shortName());
        String address = commune(c.type()) + " " + fold(c.shortName()) + ", " + district(d.type()) + " "
                + fold(d.shortName()) + ", " + province;
        if (upper) {
            address = address.toUpperCase(Locale.ROOT);
        }
        Conversion conv = CONVERTER.convert(address, DAY);
        if (TYPE_WORD_IN_NAME.contains(c.code())) {
            assertEquals(ConversionStatus.NOT_FOUND, conv.status(), "the limit is gone; drop the exception: " + address);
            return;
        }
        List<FormerCommune> alike = alike(c);
        List<String> successors = FORMER.successors(c.code()).stream().map(s -> s.unit().code().value()).toList();
        if (alike.size() == 1) {
            String want = successors.isEmpty() ? "NOT_FOUND" : successors.size() == 1 ? "CONVERTED" : "AMBIGUOUS";
            assertEquals(want + " " + successors, conv.status() + " " + conv.candidateCodes(), address);
            if (!successors.isEmpty()) {
                assertEquals(c.code(), conv.old().orElseThrow().code(), address);
            }
        } else {
            assertEquals(ConversionStatus.AMBIGUOUS, conv.status(), address);
            List<String> want = alike.stream().flatMap(x -> FORMER.successors(x.code()).stream())
                    .map((Successor s) -> s.unit().code().value()).toList();
            assertEquals(want, conv.candidateCodes(), address);
        }
        assertTrue(conv.has(ConversionWarning.FOLDED_MATCH) || fold(c.shortName()).equals(c.shortName().toLowerCase(
                Locale.ROOT)) && fold(d.shortName()).equals(d.shortName().toLowerCase(Locale.ROOT))
                && fold(p.shortName()).equals(p.shortName().toLowerCase(Locale.ROOT)), address);
    }
}
