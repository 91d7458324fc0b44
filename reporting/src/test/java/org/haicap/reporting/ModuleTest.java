package org.haicap.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        expected.add("org.haicap.reporting.render");
        expected.add("org.haicap.reporting.standard");
        assertEquals(expected, ModuleExports.exportedPackages("org.haicap.reporting"));
    }
}
