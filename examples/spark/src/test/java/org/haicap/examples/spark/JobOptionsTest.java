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
        assertEquals(JobOptions.RuleFiles.none(), o.rules());
        JobOptions.RuleFiles files = JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out",
                "o", "--rules", "r.json", "--amendments", "a.json", "--fee-basis-salary", "5000000").rules();
        assertEquals(Optional.of(Path.of("r.json")), files.settings());
        assertEquals(Optional.of(Path.of("a.json")), files.amendments());
        assertEquals(Optional.empty(), files.feeBases());
        assertEquals(5_000_000, files.feeBasisSalary());
        assertEquals(Optional.of(Path.of("f.jsonl")), JobOptions.parse("--dataset", "d", "--dossiers", "x",
                "--payments", "p", "--out", "o", "--fee-bases", "f.jsonl").rules().feeBases());
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
        JobOptions.InvalidOptionException salary = assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                        "--fee-basis-salary", "-5"));
        assertEquals("--fee-basis-salary", salary.option());
        assertTrue(salary.getMessage().contains("positive whole number"), salary.getMessage());
        assertTrue(assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                        "--fee-basis-salary", "5", "--fee-bases", "f.jsonl")).getMessage()
                .contains("cannot be given with --fee-bases"));
        assertEquals("--rule-parameters", assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                        "--rule-parameters", "a.B")).option());
        assertEquals("--partitions", assertThrows(JobOptions.InvalidOptionException.class,
                () -> JobOptions.parse("--dataset", "d", "--dossiers", "x", "--payments", "p", "--out", "o",
                        "--partitions", "0")).option());
    }
}
