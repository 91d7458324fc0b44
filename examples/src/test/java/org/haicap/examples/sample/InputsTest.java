package org.haicap.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @Test
    void filesAreSortedByContent(@TempDir Path dir) throws Exception {
        Path dataset = Files.writeString(dir.resolve("city.json"), "{\n  \"format\": \"haicap-dataset\"\n}\n");
        Path dossiers = Files.writeString(dir.resolve("a.csv"), "code,procedure,unit\n");
        Path payments = Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"1\",\"kind\":\"PARTY_FEE\"}\n");
        Inputs in = Inputs.ofFiles(List.of(dossiers, payments, dataset));
        assertEquals("city.json", in.dataset().source());
        assertEquals(List.of("a.csv"), in.dossiers().stream().map(Inputs.Input::source).toList());
        assertTrue(in.dossiers().get(0).csv());
        assertEquals(List.of("b.jsonl"), in.payments().stream().map(Inputs.Input::source).toList());
        assertTrue(in.reported().isEmpty());
    }

    @Test
    void aCompactDatasetDocumentIsTheDataset(@TempDir Path dir) throws Exception {
        Path dataset = Files.writeString(dir.resolve("city.json"),
                "{\"format\":\"haicap-dataset\",\"organisations\":[{\"kind\":\"BASIC_PARTY_CELL\",\"procedure\":1}]}\n");
        assertEquals("city.json", Inputs.ofFiles(List.of(dataset)).dataset().source());
    }

    @Test
    void refusesWhatItCannotPlace(@TempDir Path dir) throws Exception {
        Path odd = Files.writeString(dir.resolve("x.txt"), "hello\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inputs.ofFiles(List.of(odd)));
        assertTrue(e.getMessage().contains("x.txt"), e.getMessage());
        Path d = Files.writeString(dir.resolve("d.json"), "{}\n");
        assertThrows(IllegalArgumentException.class, () -> Inputs.ofFiles(List.of(d, d)));
        Path stream = Files.writeString(dir.resolve("h.csv"), "code,procedure\n");
        assertThrows(IllegalArgumentException.class, () -> Inputs.ofFiles(List.of(stream)));
        assertThrows(IllegalArgumentException.class, () -> Inputs.sample("saigon"));
    }

    @Test
    void theSampleHasItsFourFiles() {
        Inputs s = Inputs.sample(HanoiSampleGenerator.NAME);
        assertEquals(HanoiSampleGenerator.DATASET_FILE, s.dataset().source());
        assertEquals(1, s.dossiers().size());
        assertEquals(1, s.payments().size());
        assertTrue(s.reported().isPresent());
    }
}
