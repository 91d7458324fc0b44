package org.haicap.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scans a module's main source files so that a test can pin which packages a package may name:
 * a package cycle shows up as a file of one package naming a type of the other.
 */
public final class PackageReferences {
    private PackageReferences() {
    }

    /**
     * The source files (relative to {@code src/main/java} of the module the test runs in) of the
     * package {@code from} (not its sub-packages) that name anything in the package {@code to},
     * by an import or a qualified name; empty when there are none.
     */
    public static List<String> filesReferring(String from, String to) {
        Path root = Path.of("src", "main", "java");
        Path dir = root.resolve(from.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no source folder " + dir.toAbsolutePath());
        }
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(to) + "\\.[A-Z*]");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> reference.matcher(read(f)).find())
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
