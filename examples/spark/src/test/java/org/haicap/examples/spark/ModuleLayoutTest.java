package org.haicap.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spark module loads nothing by class name and needs nothing of {@code haicap-examples}: the
 * rule settings travel as data ({@link RuleSetup}).
 */
class ModuleLayoutTest {

    @Test
    void noCompiledClassOfTheModuleCallsForName() throws Exception {
        Path classes = Path.of(RuleSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertTrue(files.size() > 10, "the module's classes: " + files.size());
        for (Path f : files) {
            // a call to Class.forName keeps the method name in the class file's constant pool
            String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(pool.contains("forName"), f + " calls forName");
        }
    }

    @Test
    void theSourcesNameNoClassByStringAndThePomNeedsNoExamples() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("Class.forName") || text.contains("loadClass("), f.toString());
                assertFalse(text.contains("org.haicap.examples.bench") || text.contains("org.haicap.examples.sample"),
                        f + " uses haicap-examples");
            }
        }
        String pom = Files.readString(Path.of("pom.xml"));
        assertEquals(-1, pom.indexOf("<artifactId>haicap-examples</artifactId>"), "examples/spark/pom.xml");
        assertTrue(pom.contains("<artifactId>haicap-reporting</artifactId>"), "the pom read is the module's");
    }
}
