package org.haicap.examples.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.people.Person;
import org.haicap.core.procedures.Procedure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HanoiSampleGeneratorTest {

    static final List<String> FILES = List.of(HanoiSampleGenerator.DATASET_FILE, HanoiSampleGenerator.DOSSIERS_FILE,
            HanoiSampleGenerator.PAYMENTS_FILE, HanoiSampleGenerator.FEE_BASES_FILE, HanoiSampleGenerator.REPORTED_FILE,
            HanoiSampleGenerator.MANIFEST_FILE);

    @TempDir
    static Path dir;

    private static HanoiSampleGenerator.Generated standard;

    static synchronized HanoiSampleGenerator.Generated standard() {
        if (standard == null) {
            standard = HanoiSampleGenerator.generate(HanoiSampleGenerator.DEFAULT_SEED);
        }
        return standard;
    }

    @BeforeAll
    static void regenerate() throws IOException {
        HanoiSampleGenerator.write(dir, HanoiSampleGenerator.DEFAULT_SEED, standard());
    }

    static byte[] shipped(String file) throws IOException {
        try (InputStream in = HanoiSampleGenerator.class.getResourceAsStream(
                Inputs.RESOURCES + HanoiSampleGenerator.NAME + "/" + file)) {
            assertTrue(in != null, "shipped file " + file);
            return in.readAllBytes();
        }
    }

    /**
     * Same seed, same bytes. The gzip files are compared uncompressed: the compressed bytes also
     * depend on the zlib the JDK uses, which is not the generator's to fix.
     */
    @Test
    void sameSeedSameBytesAsTheShippedFiles() throws IOException {
        for (String file : FILES) {
            byte[] expected = shipped(file);
            byte[] actual = Files.readAllBytes(dir.resolve(file));
            if (file.endsWith(".gz")) {
                expected = gunzip(expected);
                actual = gunzip(actual);
            }
            assertArrayEquals(expected, actual, file + " differs from the shipped file");
        }
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void gzipHeadersCarryNoTimestamp() throws IOException {
        for (String file : List.of(HanoiSampleGenerator.DATASET_FILE, HanoiSampleGenerator.DOSSIERS_FILE,
                HanoiSampleGenerator.PAYMENTS_FILE, HanoiSampleGenerator.FEE_BASES_FILE)) {
            byte[] b = shipped(file);
            assertEquals(0x1f, b[0] & 0xff);
            assertEquals(0, b[4] | b[5] | b[6] | b[7], file + ": gzip mtime");
        }
    }

    @Test
    void anotherSeedGivesAnotherSampleWithTheSameFigures() {
        HanoiSampleGenerator.Generated a = HanoiSampleGenerator.generate(1L);
        HanoiSampleGenerator.Generated b = standard();
        assertFalse(a.dossiers().get(0).equals(b.dossiers().get(0)));
        assertEquals(a.dossiers().size(), b.dossiers().size());
        assertEquals(a.payments().size(), b.payments().size());
        Map<String, Integer> ca = new TreeMap<>(a.dataset().counts());
        Map<String, Integer> cb = new TreeMap<>(b.dataset().counts());
        // the number of seals per basic organisation is drawn; the units with a seal request are not
        ca.remove("seals");
        cb.remove("seals");
        assertEquals(ca, cb);
    }

    @Test
    void peopleHaveObviouslyGeneratedNamesAndProceduresSayWhenIllustrative() {
        Dataset d = standard().dataset();
        for (Person p : d.people()) {
            assertTrue(p.fullName().startsWith("Cán bộ Mẫu ") || p.fullName().startsWith("Đảng viên Mẫu "), p.fullName());
        }
        assertEquals(126, d.units().size());
        assertEquals(559, d.procedures().size());
        long real = d.procedures().stream().filter(p -> !p.illustrative()).count();
        assertEquals(4, real);
        for (Procedure p : d.procedures()) {
            assertEquals(p.illustrative(), p.code().value().startsWith("9."), p.code().value());
        }
    }

    @Test
    void everyMemberBehindThePaymentsHasAFeeBasisGivingTheFeePaid() {
        HanoiSampleGenerator.Generated g = standard();
        org.haicap.core.party.FeeBases bases = org.haicap.core.party.FeeBases.of(g.feeBases());
        assertEquals(23_500, bases.members().size());
        java.util.Set<org.haicap.core.party.FeeBasisKind> kinds = new java.util.HashSet<>();
        g.feeBases().forEach(e -> kinds.add(e.kind()));
        assertEquals(java.util.Set.of(org.haicap.core.party.FeeBasisKind.SALARY, org.haicap.core.party.FeeBasisKind.PENSION),
                kinds);
        assertTrue(g.feeBases().stream().anyMatch(e -> e.allowances().isPresent()));
        org.haicap.core.party.PartyFeeRules rules = org.haicap.core.party.PartyFeeRules.defaults();
        for (org.haicap.core.money.Payment p : g.payments()) {
            org.haicap.core.money.PaymentSubject.PartyFee fee = p.partyFee().orElseThrow();
            assertEquals(p.amount(), rules.due(bases.basis(fee.memberId(), fee.month()).orElseThrow(), fee.month()).amount(),
                    p.id());
        }
    }

    @Test
    void theManifestNamesSeedAndVersion() throws IOException {
        String m = new String(shipped(HanoiSampleGenerator.MANIFEST_FILE), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(m.contains("seed=" + HanoiSampleGenerator.DEFAULT_SEED + "\n"), m);
        assertTrue(m.contains("version=" + HanoiSampleGenerator.VERSION + "\n"), m);
    }
}
