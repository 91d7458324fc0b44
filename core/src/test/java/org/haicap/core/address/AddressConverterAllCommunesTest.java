package org.haicap.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.haicap.core.units.Successor;
import org.haicap.core.units.former.FormerCatalog;
import org.haicap.core.units.former.FormerCommune;
import org.haicap.core.units.former.FormerDistrict;
import org.haicap.core.units.former.FormerProvince;
import org.junit.jupiter.api.Test;

/**
 * Every former commune, written in full with diacritics ({@code Phường Quán Thánh, Quận Ba Đình,
 * Thành phố Hà Nội}), converts to exactly the units of {@link FormerCatalog#successors(String)}:
 * {@code CONVERTED} when there is one, {@code AMBIGUOUS} with that exact list when there are
 * several, {@code NOT_FOUND} when the conversion table lists none.
 *
 * <p>The data forces no exception: the few dozen pairs of communes of one district whose names fold
 * alike ({@code Thị trấn Yên Viên} and {@code Xã Yên Viên}, {@code Xã Hoằng Phú} and
 * {@code Xã Hoằng Phụ}) differ in type or in diacritics, which the full form carries; and the
 * workbook slips where a code belongs to a neighbour are inside {@code successors} itself.
 */
class AddressConverterAllCommunesTest {

    static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    static final FormerCatalog FORMER = FormerCatalog.asOf30June2025();
    static final AddressConverter CONVERTER = AddressConverter.official();

    static String expected(FormerCommune c) {
        List<Successor> s = FORMER.successors(c.code());
        if (s.isEmpty()) {
            return "NOT_FOUND []";
        }
        return (s.size() == 1 ? "CONVERTED " : "AMBIGUOUS ") + s.stream().map(x -> x.unit().code().value()).toList();
    }

    static String actual(Conversion c) {
        return c.status() + " " + c.candidateCodes();
    }

    static String fullAddress(FormerCommune c) {
        FormerDistrict d = FORMER.districtOf(c);
        FormerProvince p = FORMER.provinceOf(d);
        return c.name() + ", " + d.name() + ", " + p.name();
    }

    @Test
    void everyFormerCommuneConvertsToItsOfficialSuccessors() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (FormerCommune c : FORMER.communes()) {
            String address = fullAddress(c);
            Conversion conv = CONVERTER.convert(address, DAY);
            String want = expected(c);
            if (!want.equals(actual(conv))) {
                wrong.add(c.code() + " " + address + ": want " + want + ", got " + actual(conv) + " " + conv.warnings());
            }
            checked++;
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + checked);
        assertEquals(10_035, checked);
    }
}
