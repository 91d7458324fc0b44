package org.haicap.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void parsesTheOptionsWithDefaults() {
        JobOptions o = JobOptions.parse("--dataset", "d.json", "--dossiers", "x.jsonl", "--payments", "p.jsonl",
                "--out", "out", "--as-of", "2025-07-15");
        assertEquals(Path.of("d.json"), o.dataset());
        assertEquals("x.jsonl", o.dossiers());
        assertEquals(Optional.of(LocalDate.of(2025, 7, 15)), o.asOf());
        assertEquals(Optional.empty(), o.from());
        assertEquals("local[*]", o.master());
        assertTrue(o.partitions() >= 1);
        assertEquals("", o.parametersClass());
        assertEquals("a.B", JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                "--rule-parameters", "a.B").parametersClass());
    }

    @Test
    void badInputNamesTheOptionAndValue() {
        JobOptions.InvalidOptionException e = assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                        "--as-of", "15/7/2025"));
        assertEquals("--as-of", e.option());
        assertEquals("15/7/2025", e.value());
        assertTrue(e.getMessage().contains("not a date"), e.getMessage());
        assertEquals("--out", assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p")).option());
        assertEquals("--bogus", assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--bogus", "1")).option());
        assertEquals("--partitions", assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                        "--partitions", "0")).option());
    }
}
