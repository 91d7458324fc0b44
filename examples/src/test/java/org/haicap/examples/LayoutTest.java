package org.haicap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Spark module sits in {@code examples/spark} but is not part of this module's build: its
 * classes never reach the {@code examples} class path (nor so the shaded {@code haicap.jar}), and
 * it names the root pom, not this one, as its parent.
 */
class LayoutTest {

    @Test
    void sparkClassesAreNotOnTheExamplesClassPath() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.haicap.examples.spark.SparkReportJob"));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.haicap.examples.spark.RowChecks"));
    }

    @Test
    void sparkModuleIsUnderExamplesWithTheRootPomAsParent() throws IOException {
        Path pom = Path.of("spark", "pom.xml");
        assertTrue(Files.isRegularFile(pom), "examples/spark/pom.xml");
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        assertTrue(text.contains("<artifactId>haicap-parent</artifactId>"), "parent is haicap-parent");
        assertTrue(text.contains("<relativePath>../../pom.xml</relativePath>"), "parent found at the root pom");
        String root = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        int profile = root.indexOf("<id>spark</id>");
        assertTrue(profile > 0, "root pom has the profile spark");
        assertTrue(root.indexOf("<module>examples/spark</module>") > profile,
                "examples/spark is listed inside the profile spark");
        assertEquals(-1, root.substring(0, profile).indexOf("<module>examples/spark</module>"),
                "the default module list does not name examples/spark");
    }

    @Test
    void sparkModuleNeedsNoExamplesAndLoadsNoClassByName() throws IOException {
        String pom = Files.readString(Path.of("spark", "pom.xml"), StandardCharsets.UTF_8);
        assertEquals(-1, pom.indexOf("<artifactId>haicap-examples</artifactId>"),
                "examples/spark/pom.xml does not depend on haicap-examples");
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("spark", "src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertEquals(-1, text.indexOf("forName("), f + " loads a class by name");
                assertEquals(-1, text.indexOf("org.haicap.examples.bench"), f + " uses the benchmark classes");
            }
        }
    }
}
