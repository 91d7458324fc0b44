package org.haicap.reporting.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a golden file under {@code src/test/resources/golden/}.
 *
 * <p>To regenerate every golden file after an intended change, run
 * {@code mvn -o -pl reporting test -Dhaicap.golden.update=true} and review the diff with git.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.getBoolean("haicap.golden.update");
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file.toAbsolutePath() + " is missing; create it with -Dhaicap.golden.update=true");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail(diff(name, expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first differing line, with its neighbours, in a message fit for a terminal. */
    static String diff(String name, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder b = new StringBuilder("golden file ").append(name).append(" differs at line ").append(i + 1)
                .append(" (expected ").append(e.length).append(" lines, got ").append(a.length).append(")\n");
        for (int k = Math.max(0, i - 2); k < i; k++) {
            b.append("  ").append(e[k]).append('\n');
        }
        b.append("- ").append(i < e.length ? visible(e[i]) : "<end of file>").append('\n');
        b.append("+ ").append(i < a.length ? visible(a[i]) : "<end of file>").append('\n');
        b.append("(regenerate with -Dhaicap.golden.update=true if the change is intended)");
        return b.toString();
    }

    private static String visible(String line) {
        return line.replace("\r", "\\r").replace("\t", "\\t").replace("\uFEFF", "<BOM>");
    }
}
