package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    static final CommandSpec SPEC = new CommandSpec(List.of("t"), "test", "", "",
            List.of(Option.value("limit", "N", "n"), Option.repeatable("data", "PATH", "p"), Option.flag("quiet", "q")),
            1, 2, "QUERY", List.of());

    @Test
    void valuesFlagsAndPositionals() {
        Arguments a = Arguments.parse(SPEC, List.of("x", "--limit", "3", "--data=a", "--data", "b", "--quiet"));
        assertEquals(Optional.of("3"), a.value("limit"));
        assertEquals(List.of("a", "b"), a.values("data"));
        assertTrue(a.flag("quiet"));
        assertEquals(List.of("x"), a.positionals());
        assertFalse(a.helpRequested());
    }

    @Test
    void doubleDashEndsOptions() {
        Arguments a = Arguments.parse(SPEC, List.of("--", "--limit", "-x"));
        assertEquals(List.of("--limit", "-x"), a.positionals());
        assertTrue(a.value("limit").isEmpty());
    }

    @Test
    void rulesAreUsageErrors() {
        for (List<String> bad : List.<List<String>>of(List.of("x", "--limit", "1", "--limit", "2"), List.of("x", "--limit"),
                List.of("x", "--limit", "--quiet"), List.of("x", "--quiet=yes"), List.of("x", "--nope"),
                List.of("x", "-n"), List.of(), List.of("a", "b", "c"))) {
            CliException e = assertThrows(CliException.class, () -> Arguments.parse(SPEC, bad), bad.toString());
            assertEquals(2, e.exitCode(), bad.toString());
        }
    }

    @Test
    void anEqualsValueMayBeEmptyOrStartWithADash() {
        assertEquals(Optional.of("-5"), Arguments.parse(SPEC, List.of("x", "--limit=-5")).value("limit"));
        assertEquals(Optional.of(""), Arguments.parse(SPEC, List.of("x", "--limit=")).value("limit"));
    }

    @Test
    void distance() {
        assertEquals(1, Arguments.distance("province", "provnce"));
        assertEquals(0, Arguments.distance("a", "a"));
    }
}
