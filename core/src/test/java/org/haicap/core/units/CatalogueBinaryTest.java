package org.haicap.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CatalogueBinaryTest {

    /** Set to {@code true} to rewrite the committed binary from the CSV (see the freshness test). */
    static final String REGENERATE = "haicap.catalogue.regenerate";
    static final String COMMAND = "mvn -B -o -q -pl core -am test -Dtest=CatalogueBinaryTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true";
    private static final Path SOURCE = Path.of("src/main/resources/org/haicap/core/units", CatalogueBinary.RESOURCE);

    private static final UnitCatalog FROM_CSV = CatalogueLoader.loadOfficial();
    private static final List<LocalDate> DATES = List.of(UnitCatalog.EFFECTIVE_FROM, LocalDate.of(2026, 4, 29),
            LocalDate.of(2026, 4, 30), LocalDate.of(2030, 1, 1));

    /** Read on first use, so that the freshness test runs (and can regenerate) even when the binary is damaged. */
    private static final class Binary {
        static final UnitCatalog CATALOG = CatalogueBinary.loadOfficial();
    }

    private static byte[] shipped() throws IOException {
        try (InputStream in = CatalogueBinary.class.getResourceAsStream(CatalogueBinary.RESOURCE)) {
            assertTrue(in != null, "the binary resource is on the class path");
            return in.readAllBytes();
        }
    }

    // ------------------------------------------------------------ in step with the CSV

    @Test
    void theCommittedBinaryIsInStepWithTheCsv() throws IOException {
        byte[] expected = CatalogueBinary.write(FROM_CSV);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.write(SOURCE, expected);
            System.out.println("wrote " + SOURCE.toAbsolutePath() + " (" + expected.length + " bytes)");
            return;
        }
        if (!Arrays.equals(expected, shipped())) {
            fail(CatalogueBinary.RESOURCE + " không khớp với " + CatalogueLoader.RESOURCE + "; tạo lại bằng / is out of"
                    + " step with " + CatalogueLoader.RESOURCE + "; regenerate it with:\n  " + COMMAND
                    + "\n(or, in core/ after compiling: java -cp target/classes org.haicap.core.units.CatalogueBinary "
                    + SOURCE.getParent() + "/" + CatalogueLoader.RESOURCE + " " + SOURCE + ")");
        }
    }

    @Test
    void writingIsDeterministic() {
        assertTrue(Arrays.equals(CatalogueBinary.write(FROM_CSV), CatalogueBinary.write(Binary.CATALOG)));
    }

    @Test
    void officialIsReadFromTheBinary() {
        assertEquals(Binary.CATALOG.units(), UnitCatalog.official().units());
        assertNotSame(FROM_CSV, UnitCatalog.official());
    }

    // ------------------------------------------------------------ equal in every observable respect

    @Test
    void provincesAndUnitsAreEqual() {
        assertEquals(FROM_CSV.provinces(), Binary.CATALOG.provinces());
        assertEquals(FROM_CSV.units(), Binary.CATALOG.units());
        assertEquals(FROM_CSV.loadOrder(), Binary.CATALOG.loadOrder());
        assertEquals(FROM_CSV.toString(), Binary.CATALOG.toString());
        assertEquals(34, Binary.CATALOG.provinces().size());
        assertEquals(3321, Binary.CATALOG.units().size());
        for (int i = 0; i < FROM_CSV.units().size(); i++) {
            AdminUnit a = FROM_CSV.units().get(i);
            AdminUnit b = Binary.CATALOG.units().get(i);
            assertEquals(a.toString(), b.toString());
            assertEquals(a.formerUnits(), b.formerUnits());
            assertEquals(a.typeHistory(), b.typeHistory());
            assertEquals(a.notes(), b.notes());
            assertEquals(a.mergedCommuneCount(), b.mergedCommuneCount());
            assertSame(Binary.CATALOG.province(b.province().code()).orElseThrow(), b.province(),
                    "a unit's province is the catalogue's instance");
            for (LocalDate d : DATES) {
                assertEquals(a.typeAsOf(d), b.typeAsOf(d));
                assertEquals(a.nameAsOf(d), b.nameAsOf(d));
            }
            assertThrows(BeforeReformException.class, () -> b.typeAsOf(LocalDate.of(2025, 6, 30)));
            for (int f = 0; f < a.formerUnits().size(); f++) {
                FormerUnit x = a.formerUnits().get(f);
                FormerUnit y = b.formerUnits().get(f);
                assertEquals(x.toString(), y.toString());
                assertEquals(x.unitCode(), y.unitCode());
                assertEquals(x.isWholeDistrict(), y.isWholeDistrict());
                assertEquals(x.hasSourceNote(), y.hasSourceNote());
            }
        }
        for (Province p : FROM_CSV.provinces()) {
            Province q = Binary.CATALOG.province(p.code()).orElseThrow();
            assertEquals(p, q);
            for (LocalDate d : DATES) {
                assertEquals(p.typeAsOf(d), q.typeAsOf(d));
                assertEquals(p.nameAsOf(d), q.nameAsOf(d));
            }
        }
    }

    @Test
    void lookupsAndListsAreEqual() {
        for (AdminUnit u : FROM_CSV.units()) {
            assertEquals(FROM_CSV.unit(u.code()), Binary.CATALOG.unit(u.code()));
            assertEquals(FROM_CSV.predecessors(u.code()), Binary.CATALOG.predecessors(u.code()));
        }
        for (String code : List.of("00000", "99999", "00001")) {
            assertEquals(FROM_CSV.unit(code), Binary.CATALOG.unit(code));
            assertEquals(FROM_CSV.successors(code), Binary.CATALOG.successors(code));
        }
        for (int p = 0; p <= 99; p++) {
            ProvinceCode code = new ProvinceCode(String.format("%02d", p));
            assertEquals(FROM_CSV.province(code), Binary.CATALOG.province(code));
            assertEquals(FROM_CSV.units(code), Binary.CATALOG.units(code));
            assertEquals(FROM_CSV.unitsByName(code), Binary.CATALOG.unitsByName(code));
        }
    }

    @Test
    void conversionsAreEqual() {
        Set<String> codes = new LinkedHashSet<>();
        List<FormerUnit> sample = new ArrayList<>();
        int n = 0;
        for (AdminUnit u : FROM_CSV.units()) {
            for (FormerUnit f : u.formerUnits()) {
                if (!f.code().isEmpty()) {
                    codes.add(f.code());
                }
                if (n++ % 37 == 0 || f.hasSourceNote() || f.code().isEmpty()) {
                    sample.add(f);
                }
            }
        }
        for (String code : codes) {
            List<Successor> expected = FROM_CSV.successors(code);
            assertFalse(expected.isEmpty());
            assertEquals(expected, Binary.CATALOG.successors(code));
        }
        assertTrue(sample.size() > 250, "sample size " + sample.size());
        for (FormerUnit f : sample) {
            assertEquals(FROM_CSV.successorsByName(f.name()), Binary.CATALOG.successorsByName(f.name()));
            List<Successor> narrowed = FROM_CSV.successorsByName(f.name(), f.districtName(), f.provinceName());
            assertFalse(narrowed.isEmpty(), f.toString());
            assertEquals(narrowed, Binary.CATALOG.successorsByName(f.name(), f.districtName(), f.provinceName()));
            assertEquals(FROM_CSV.successorsByName(f.name(), f.districtCode(), f.provinceCode()),
                    Binary.CATALOG.successorsByName(f.name(), f.districtCode(), f.provinceCode()));
        }
    }

    @Test
    void searchesAreEqual() {
        List<String> queries = new ArrayList<>(List.of("hoan kiem", "P. Hoàn Kiếm, Hà Nội", "ea h'leo", "X. Ea Kly",
                "hoa binh", "Tân Thạnh, Tây Ninh", "sai gon, hcm", "phường bến thành", "ba dinh, ha noi",
                "xa tam dao", "hoan kem", "ba dnh, ha noi", "tam dao x", "sai gonn", "kiem", "đk côn đảo",
                "loc ninh, dong nai", "tan"));
        for (int i = 0; i < FROM_CSV.units().size(); i += 97) {
            queries.add(FROM_CSV.units().get(i).name());
        }
        for (String q : queries) {
            assertEquals(FROM_CSV.search(q), Binary.CATALOG.search(q), q);
            assertEquals(FROM_CSV.search(q, 3), Binary.CATALOG.search(q, 3), q);
            assertEquals(FROM_CSV.search(q, ProvinceCode.of("01")), Binary.CATALOG.search(q, ProvinceCode.of("01")), q);
        }
        for (String p : List.of("Hà Nội", "ha noi", "TP. Hồ Chí Minh", "tinh dong nai", "HCM", "79", "quang ng",
                "dong naii", "quang", "xyz")) {
            assertEquals(FROM_CSV.findProvince(p), Binary.CATALOG.findProvince(p), p);
        }
        InvalidQueryException a = assertThrows(InvalidQueryException.class, () -> FROM_CSV.search("x, nowhere"));
        InvalidQueryException b = assertThrows(InvalidQueryException.class, () -> Binary.CATALOG.search("x, nowhere"));
        assertEquals(a.getMessage(), b.getMessage());
    }

    // ------------------------------------------------------------ lazy indexes under concurrency

    @Test
    void lazyIndexesGiveTheSameAnswersUnderConcurrentFirstUse() throws Exception {
        byte[] bytes = shipped();
        for (int round = 0; round < 3; round++) {
            UnitCatalog fresh = CatalogueBinary.read(bytes, "test.bin");
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Object>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Callable<List<Object>> task = () -> {
                        start.await();
                        return List.of(fresh.unit("00004"), fresh.units(ProvinceCode.of("01")),
                                fresh.successors("00013"), fresh.successorsByName("Phường Bến Nghé"),
                                fresh.unitsByName(ProvinceCode.of("79")), fresh.search("hoan kiem"),
                                fresh.province("75"));
                    };
                    results.add(pool.submit(task));
                }
                start.countDown();
                List<Object> first = results.get(0).get();
                assertEquals(List.of(FROM_CSV.unit("00004"), FROM_CSV.units(ProvinceCode.of("01")),
                        FROM_CSV.successors("00013"), FROM_CSV.successorsByName("Phường Bến Nghé"),
                        FROM_CSV.unitsByName(ProvinceCode.of("79")), FROM_CSV.search("hoan kiem"),
                        FROM_CSV.province("75")), first);
                for (Future<List<Object>> f : results) {
                    List<Object> r = f.get();
                    assertEquals(first, r);
                    // units, successors and unitsByName hand out the index's own lists
                    for (int k : new int[] {1, 2, 4}) {
                        assertSame(first.get(k), r.get(k), "every thread sees the one index built");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // ------------------------------------------------------------ damaged or missing

    @Test
    void aMissingResourceIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CatalogueBinary.load("no-such-catalogue.bin"));
        assertTrue(e.getMessage().contains("thiếu tài nguyên no-such-catalogue.bin"), e.getMessage());
        assertTrue(e.getMessage().contains("resource no-such-catalogue.bin is missing"), e.getMessage());
    }

    @Test
    void aDamagedResourceIsAClearError() throws IOException {
        byte[] good = shipped();
        assertDamaged("not a haicap binary catalogue", new byte[] {'P', 'K', 3, 4});
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertDamaged("not a haicap binary catalogue", magic);
        byte[] version = good.clone();
        version[7] = 99;
        assertDamaged("version 99, this library reads version " + CatalogueBinary.VERSION, version);
        assertDamaged("expected", Arrays.copyOf(good, good.length - 1));
        assertDamaged("expected", Arrays.copyOf(good, good.length + 1));
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        assertDamaged("CRC-32 mismatch", flipped);
    }

    @Test
    void aPayloadWithAValidChecksumButBadContentIsAClearError() throws IOException {
        byte[] good = shipped();
        byte[] bad = good.clone();
        // the first varint of the payload is the string count: make it far too large
        bad[16] = (byte) 0xFF;
        bad[17] = (byte) 0xFF;
        bad[18] = (byte) 0x7F;
        CRC32 crc = new CRC32();
        crc.update(bad, 16, bad.length - 16);
        int c = (int) crc.getValue();
        bad[12] = (byte) (c >>> 24);
        bad[13] = (byte) (c >>> 16);
        bad[14] = (byte) (c >>> 8);
        bad[15] = (byte) c;
        assertDamaged("damaged data", bad);
    }

    private static void assertDamaged(String english, byte[] bytes) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CatalogueBinary.read(bytes, "test.bin"));
        assertTrue(e.getMessage().startsWith("test.bin: "), e.getMessage());
        assertTrue(e.getMessage().contains(" / "), "bilingual: " + e.getMessage());
        assertTrue(e.getMessage().contains(english), e.getMessage());
    }

    // ------------------------------------------------------------ round trip of any catalogue

    /** Any part of the catalogue, in any row order, reads back from its binary form unchanged. */
    @Property(tries = 30)
    void anySubsetRoundTrips(@ForAll @IntRange(min = 1, max = 400) int step, @ForAll @IntRange(min = 0, max = 399) int offset) {
        List<AdminUnit> rows = new ArrayList<>();
        List<AdminUnit> all = FROM_CSV.loadOrder();
        for (int i = offset % step; i < all.size(); i += step) {
            rows.add(all.get(all.size() - 1 - i));
        }
        Set<Province> provinces = new LinkedHashSet<>();
        rows.forEach(u -> provinces.add(u.province()));
        UnitCatalog original = new UnitCatalog(List.copyOf(provinces), rows);
        UnitCatalog back = CatalogueBinary.read(CatalogueBinary.write(original), "subset.bin");
        assertEquals(original.provinces(), back.provinces());
        assertEquals(original.units(), back.units());
        assertEquals(original.loadOrder(), back.loadOrder());
    }
}
