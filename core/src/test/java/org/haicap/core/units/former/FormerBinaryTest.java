package org.haicap.core.units.former;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class FormerBinaryTest {

    /** Set to {@code true} to rewrite the committed binary from the CSVs. */
    static final String REGENERATE = "haicap.former.regenerate";
    static final String COMMAND = "mvn -B -o -q -pl core -am test -Dtest=FormerBinaryTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true";
    private static final Path DIR = Path.of("src/main/resources/org/haicap/core/units/former");

    private static final FormerCatalog FROM_CSV = FormerCsv.loadOfficial();

    @Test
    void theCommittedBinaryIsInStepWithTheCsvs() throws IOException {
        byte[] expected = FormerBinary.write(FROM_CSV);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.write(DIR.resolve(FormerBinary.RESOURCE), expected);
            System.out.println("wrote " + DIR.resolve(FormerBinary.RESOURCE).toAbsolutePath() + " (" + expected.length
                    + " bytes)");
            return;
        }
        if (!Arrays.equals(expected, FormerCsv.resource(FormerBinary.RESOURCE))) {
            fail(FormerBinary.RESOURCE + " không khớp với " + FormerCsv.UNITS + " / " + FormerCsv.NAMES
                    + "; tạo lại bằng / is out of step with the CSVs; regenerate it with:\n  " + COMMAND);
        }
    }

    @Test
    void theBinaryReadsBackToTheSameCatalogue() {
        FormerCatalog binary = FormerCatalog.asOf30June2025();
        assertEquals(FROM_CSV.provinces(), binary.provinces());
        assertEquals(FROM_CSV.districts(), binary.districts());
        assertEquals(FROM_CSV.communes(), binary.communes());
        assertEquals(FROM_CSV.formerNames(), binary.formerNames());
        assertArrayEquals(FormerBinary.write(FROM_CSV), FormerBinary.write(binary));
    }

    @Test
    void theBinaryIsCompact() {
        int size = FormerCsv.resource(FormerBinary.RESOURCE).length;
        int csv = FormerCsv.resource(FormerCsv.UNITS).length + FormerCsv.resource(FormerCsv.NAMES).length;
        assertTrue(size < csv * 3L / 10, size + " bytes vs " + csv + " of CSV");
    }

    @Test
    void theShippedCsvsAreCopiesOfTheSharedData() throws IOException {
        for (String name : new String[] {FormerCsv.UNITS, FormerCsv.NAMES}) {
            Optional<Path> shared = shared(name);
            assumeTrue(shared.isPresent(), "shared data folder not present");
            assertArrayEquals(Files.readAllBytes(shared.get()), FormerCsv.resource(name), name);
        }
    }

    private static Optional<Path> shared(String name) {
        for (String p : new String[] {"../../shared/data/", "../shared/data/", "../../../shared/data/"}) {
            Path path = Path.of(p + name);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    @Test
    void officialIsLoadedOnceAndSharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<FormerCatalog> load = FormerCatalog::asOf30June2025;
            Future<FormerCatalog> a = pool.submit(load);
            Future<FormerCatalog> b = pool.submit(load);
            assertSame(a.get(), b.get());
            assertSame(a.get(), FormerCatalog.asOf30June2025());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void damagedBytesAreRefusedWithTheReason() {
        byte[] good = FormerBinary.write(FROM_CSV);
        IllegalStateException magic = assertThrows(IllegalStateException.class,
                () -> FormerBinary.read(new byte[] {1, 2, 3}, "x.bin"));
        assertTrue(magic.getMessage().startsWith("x.bin: không phải"), magic.getMessage());
        assertTrue(magic.getMessage().contains("not a haicap pre-2025 catalogue"), magic.getMessage());

        byte[] version = good.clone();
        version[7] = 9;
        assertTrue(assertThrows(IllegalStateException.class, () -> FormerBinary.read(version, "x.bin")).getMessage()
                .contains("version 9, this library reads version 1"));

        byte[] cut = Arrays.copyOf(good, good.length - 1);
        assertTrue(assertThrows(IllegalStateException.class, () -> FormerBinary.read(cut, "x.bin")).getMessage()
                .contains("expected " + (good.length - 16)));

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x55;
        assertTrue(assertThrows(IllegalStateException.class, () -> FormerBinary.read(flipped, "x.bin")).getMessage()
                .contains("CRC-32 mismatch"));

        // a valid header over content that ends early: a clear message, not an index error
        byte[] payload = {5};
        byte[] early = new byte[16 + payload.length];
        System.arraycopy(good, 0, early, 0, 8);
        early[11] = (byte) payload.length;
        CRC32 crc = new CRC32();
        crc.update(payload);
        int c = (int) crc.getValue();
        early[12] = (byte) (c >>> 24);
        early[13] = (byte) (c >>> 16);
        early[14] = (byte) (c >>> 8);
        early[15] = (byte) c;
        early[16] = payload[0];
        IllegalStateException damaged = assertThrows(IllegalStateException.class, () -> FormerBinary.read(early, "x.bin"));
        assertTrue(damaged.getMessage().contains("damaged data"), damaged.getMessage());
    }
}
