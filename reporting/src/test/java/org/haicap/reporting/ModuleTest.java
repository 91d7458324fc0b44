package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.haicap.core.testsupport.ModuleExports;
import org.junit.jupiter.api.Test;

/**
 * Pins the API surface of {@code org.haicap.reporting}: a package is exported only on purpose, and
 * every package that is not listed here stays internal.
 */
class ModuleTest {

    @Test
    void exportsExactlyTheApiPackages() {
        Set<String> expected = new TreeSet<>();
        expected.add("org.haicap.reporting");
        expected.add("org.haicap.reporting.aggregate");
        expected.add("org.haicap.reporting.pass");
        expected.add("org.haicap.reporting.render");
        expected.add("org.haicap.reporting.standard");
        assertEquals(expected, ModuleExports.exportedPackages("org.haicap.reporting"));
    }

    @Test
    void requiresCoreAndValidationTransitively() throws ClassNotFoundException {
        Set<String> requires = new TreeSet<>();
        Set<String> transitive = new TreeSet<>();
        ModuleDescriptor descriptor =
                ModuleExports.descriptorOf(Class.forName("org.haicap.reporting.package-info"));
        for (ModuleDescriptor.Requires r : descriptor.requires()) {
            requires.add(r.name());
            if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
                transitive.add(r.name());
            }
        }
        assertEquals(new TreeSet<>(Set.of("java.base", "org.haicap.core", "org.haicap.validation", "org.slf4j")),
                requires);
        assertEquals(new TreeSet<>(Set.of("org.haicap.core", "org.haicap.validation")), transitive);
    }
}
