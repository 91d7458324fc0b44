package org.haicap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.haicap.core.testsupport.ModuleExports;
import org.junit.jupiter.api.Test;

/**
 * Pins the API surface of {@code org.haicap.validation}: a package is exported only on purpose, and
 * every package that is not listed here stays internal.
 */
class ModuleTest {

    @Test
    void exportsExactlyTheApiPackages() {
        Set<String> expected = new TreeSet<>();
        expected.add("org.haicap.validation");
        expected.add("org.haicap.validation.constraints");
        expected.add("org.haicap.validation.pass");
        expected.add("org.haicap.validation.rules");
        expected.add("org.haicap.validation.testing");
        assertEquals(expected, ModuleExports.exportedPackages("org.haicap.validation"));
    }
}
