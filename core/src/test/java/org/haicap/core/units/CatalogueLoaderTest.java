package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {

    private static final String HEADER = "province_code,province_name,province_short_name,province_type,unit_code,"
            + "unit_name,unit_short_name,unit_type,former_unit_codes,former_unit_names,former_unit_merge_notes,"
            + "former_unit_districts,former_unit_provinces,province_type_2026_04_30,unit_type_2026_04_30,notes\n";
    private static final String ROW = "75,Tỉnh Đồng Nai,Đồng Nai,Tỉnh,25270,Xã Lộc Ninh,Lộc Ninh,Xã,25270;25271,"
            + "Thị trấn Lộc Ninh;Xã Lộc Thái,\"Nhập toàn bộ;Nhập một phần diện tích, toàn bộ dân số\","
            + "Huyện Lộc Ninh (691);Huyện Lộc Ninh (691),Tỉnh Bình Phước (70);Tỉnh Bình Phước (70),"
            + "Thành phố trung ương,Phường,\n";

    private static UnitCatalog load(String text) throws IOException {
        return CatalogueLoader.load(new StringReader(text), "test.csv");
    }

    @Test
    void loadsDatedTypeChangesFromTheColumns() throws IOException {
        UnitCatalog c = load(HEADER + ROW);
        AdminUnit u = c.unit("25270").orElseThrow();
        assertEquals(UnitType.XA, u.typeAsOf(LocalDate.of(2026, 4, 29)));
        assertEquals(UnitType.PHUONG, u.typeAsOf(LocalDate.of(2026, 4, 30)));
        assertEquals(ProvinceType.CENTRAL_CITY, u.province().typeAsOf(LocalDate.of(2026, 4, 30)));
        assertEquals(MergeShare.PART, u.formerUnits().get(1).share());
        assertEquals(2, u.mergedCommuneCount());
    }

    @Test
    void aLaterDatedColumnIsOneMoreChange() throws IOException {
        String header = HEADER.replace(",notes\n", ",unit_type_2027_01_01,notes\n");
        String row = ROW.replace("Phường,\n", "Phường,Xã,\n");
        AdminUnit u = load(header + row).unit("25270").orElseThrow();
        assertEquals(3, u.typeHistory().size());
        assertEquals(UnitType.XA, u.typeAsOf(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void corruptRowsFailNamingTheLine() {
        assertLine(2, HEADER + ROW.replace("25270,Xã", "2527,Xã"));
        assertLine(2, HEADER + ROW.replace(",Xã,", ",Thôn,"));
        assertLine(2, HEADER + ROW.replace("Nhập toàn bộ;", "Sáp nhập;"));
        assertLine(2, HEADER + ROW.replace("Thị trấn Lộc Ninh;", ""));
        assertLine(2, HEADER + ROW.replace("Huyện Lộc Ninh (691);", "Huyện Lộc Ninh;"));
        assertLine(3, HEADER + ROW + ROW);
        assertLine(3, HEADER + ROW + "75,Tỉnh Đồng Nai\n");
        assertLine(1, HEADER.replace("unit_code,", "code,"));
        assertLine(2, HEADER + ROW.replace("Xã Lộc Ninh,", "Phường Lộc Ninh,"));
    }

    @Test
    void theOfficialResourceLoads() {
        UnitCatalog c = CatalogueLoader.loadOfficial();
        assertEquals(3321, c.units().size());
        assertTrue(c != UnitCatalog.official(), "a separate load gives a separate, equal catalogue");
        assertEquals(UnitCatalog.official().units(), c.units());
    }

    private static void assertLine(int line, String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(text));
        assertTrue(e.getMessage().startsWith("test.csv, dòng/line " + line + ":"), e.getMessage());
    }
}
