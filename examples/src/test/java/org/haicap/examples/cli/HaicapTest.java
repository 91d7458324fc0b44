package org.haicap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HaicapTest {

    static final List<List<String>> COMMANDS = List.of(List.of("report"), List.of("validate"),
            List.of("units", "search"), List.of("units", "list"), List.of("units", "successors"),
            List.of("units", "predecessors"));

    @Test
    void everyCommandHasHelpThreeWays() {
        for (List<String> path : COMMANDS) {
            String name = String.join(" ", path);
            Run dashed = Run.of(concat(path, "--help")).succeeds();
            assertTrue(dashed.out().startsWith("haicap " + name + " — "), dashed.out());
            assertTrue(dashed.out().contains("Cách dùng / Usage:"), name);
            assertTrue(dashed.out().contains("--help"), name);
            assertEquals(dashed.out(), Run.of(concat(List.of("help"), path.toArray(String[]::new))).succeeds().out(), name);
            assertEquals(dashed.out(), Run.of(concat(path, "-h")).succeeds().out(), name);
        }
    }

    @Test
    void helpWinsOverMissingArguments() {
        assertTrue(Run.of("units", "successors", "--help").succeeds().out().contains("OLD_CODE"));
    }

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help"}, new String[] {"-h"})) {
            String out = Run.of(args).succeeds().out();
            for (List<String> path : COMMANDS) {
                assertTrue(out.contains(String.join(" ", path)), String.join(" ", path));
            }
            assertTrue(out.contains("Exit codes"));
        }
        String group = Run.of("units", "--help").succeeds().out();
        assertTrue(group.contains("units predecessors") && !group.contains("validate"), group);
        assertEquals(group, Run.of("help", "units").succeeds().out());
    }

    @Test
    void version() {
        assertTrue(Run.of("--version").succeeds().out().startsWith("haicap "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "units", "frobnicate", "units frobnicate", "help frobnicate", "units list --frob",
            "units search", "units list extra"})
    void usageErrorsAreOneLineWithExitTwo(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Run r = Run.of(args).failsWith(2);
        assertTrue(r.err().startsWith("haicap: "), r.err());
        assertTrue(r.err().contains(" / "), "bilingual: " + r.err());
    }

    @Test
    void unknownCommandOrOptionGetsAHint() {
        assertTrue(Run.of("units", "serch", "x").failsWith(2).err().contains("did you mean search?"));
        assertTrue(Run.of("units", "list", "--provnce", "01").failsWith(2).err().contains("did you mean --province?"));
        assertTrue(Run.of("units", "list", "--frob").failsWith(2).err().contains("haicap units list --help"));
    }

    @Test
    void theJarIsNotNeeded() {
        // the tests run from target/classes: nothing here reads the shaded jar
        assertTrue(Haicap.class.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith("/classes/"));
        assertEquals("dev", Haicap.version());
    }

    @Test
    void theThreeArgumentEntryPointUsesTheDefaults() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Haicap.run(new String[] {"units", "search", "hoan kiem", "--limit", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Phường Hoàn Kiếm"));
    }

    @Test
    void anUnexpectedFailureIsOneLineWithExitSeventy() {
        Haicap.Plugins broken = new Haicap.Plugins(r -> {
            throw new IllegalStateException("boom");
        }, ValidateCommand.defaultRunner());
        Run r = Run.with(broken, "report");
        assertEquals(70, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("boom"));
    }

    @Test
    void mainWritesUtf8WhateverThePlatformDefault() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
                "-Dstderr.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                Haicap.class.getName(), "units", "predecessors", "123").start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertEquals(0, out.length);
        String line = new String(err, StandardCharsets.UTF_8);
        assertTrue(line.startsWith("haicap: mã \"123\" không hợp lệ"), line);
        assertEquals(1, line.lines().count(), line);
    }

    static String[] concat(List<String> head, String... tail) {
        String[] all = new String[head.size() + tail.length];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        System.arraycopy(tail, 0, all, head.size(), tail.length);
        return all;
    }
}
