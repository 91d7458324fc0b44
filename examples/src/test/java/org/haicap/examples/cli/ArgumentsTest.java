package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The option rules of the picocli front end, through a test command. */
class ArgumentsTest {
    static final CommandSpec SPEC = new CommandSpec(List.of("t"), "test", "", "",
            List.of(Values.positiveOption("limit", "N", "n"), Values.asOf("d"),
                    Option.repeatable("data", "PATH", "p", Path.class, t -> Values.path("data", t)),
                    Option.value("name", "TEXT", "s"), Option.flag("quiet", "q")),
            1, 2, "QUERY", List.of());

    /** A command that keeps what it was given. */
    static final class Probe implements Command {
        final AtomicReference<Arguments> seen = new AtomicReference<>();

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Arguments args, Context ctx) {
            seen.set(args);
            return 0;
        }
    }

    record Result(int code, Optional<Arguments> args, String err) {
    }

    static Result parse(String... args) {
        Probe probe = new Probe();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context ctx = new Context(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Run.TODAY);
        int code = Haicap.commandLine(List.of(probe), ctx).execute(concat("t", args));
        return new Result(code, Optional.ofNullable(probe.seen.get()), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void valuesFlagsAndPositionalsAreTyped() {
        Arguments a = parse("x", "--limit", "3", "--data=a", "--data", "b", "--quiet", "--as-of", "15/7/2025").args().get();
        assertEquals(Optional.of(3), a.get("limit"));
        assertEquals(List.of(Path.of("a"), Path.of("b")), a.values("data"));
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 7, 15)), a.get("as-of"));
        assertEquals(Optional.of("15/7/2025"), a.value("as-of"));
        assertTrue(a.flag("quiet"));
        assertFalse(a.flag("name"));
        assertEquals(Optional.empty(), a.get("name"));
        assertEquals(List.of("x"), a.positionals());
    }

    @Test
    void doubleDashEndsOptions() {
        Arguments a = parse("--", "--limit", "-x").args().get();
        assertEquals(List.of("--limit", "-x"), a.positionals());
        assertTrue(a.get("limit").isEmpty());
    }

    @Test
    void anArgumentFileIsNotExpanded() {
        assertEquals(List.of("@nope"), parse("@nope").args().get().positionals());
    }

    @Test
    void rulesAreUsageErrorsOfOneLine() {
        for (List<String> bad : List.<List<String>>of(List.of("x", "--limit", "1", "--limit", "2"), List.of("x", "--limit"),
                List.of("x", "--limit", "--quiet"), List.of("x", "--quiet=yes"), List.of("x", "--nope"),
                List.of("x", "-n"), List.of(), List.of("a", "b", "c"), List.of("x", "--limit", "0"),
                List.of("x", "--limit", "ten"), List.of("x", "--as-of", "2025-02-30"), List.of("x", "--as-of", "1/6/2025"))) {
            Result r = parse(bad.toArray(String[]::new));
            assertEquals(2, r.code(), bad.toString());
            assertTrue(r.args().isEmpty(), bad.toString());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("haicap: ") && r.err().contains(" / "), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void messagesSayWhatIsWrongInBothLanguages() {
        assertTrue(parse("x", "--limit", "1", "--limit", "2").err().contains("tùy chọn --limit được cho hai lần / option --limit given twice"));
        assertTrue(parse("x", "--limit").err().contains("option --limit needs a value N"));
        assertTrue(parse().err().contains("thiếu QUERY cho lệnh 't' / missing QUERY for 't' (haicap t --help)"));
        assertTrue(parse("a", "b", "c").err().contains("unexpected argument \"c\" for 't'"));
        assertTrue(parse("x", "--limt", "1").err().contains("did you mean --limit?"));
        assertTrue(parse("x", "--limit", "ten").err().contains("--limit \"ten\": cần một số nguyên dương / needs a positive whole number"));
        assertTrue(parse("x", "--as-of", "2025-02-30").err().contains("ngày không hợp lệ, viết 2025-07-15 hoặc 15/7/2025 / not a date"));
    }

    @Test
    void anEqualsValueMayBeEmptyOrStartWithADash() {
        assertEquals(Optional.of("-5"), parse("x", "--name=-5").args().get().value("name"));
        assertEquals(Optional.of(""), parse("x", "--name=").args().get().value("name"));
        assertTrue(parse("x", "--limit=-5").err().contains("--limit \"-5\""));
    }

    @Test
    void distance() {
        assertEquals(1, Arguments.distance("province", "provnce"));
        assertEquals(0, Arguments.distance("a", "a"));
    }

    static String[] concat(String head, String... tail) {
        String[] all = new String[tail.length + 1];
        all[0] = head;
        System.arraycopy(tail, 0, all, 1, tail.length);
        return all;
    }
}
