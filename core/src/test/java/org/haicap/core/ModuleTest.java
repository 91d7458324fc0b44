package org.haicap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.haicap.core.testsupport.ModuleExports;
import org.junit.jupiter.api.Test;

/**
 * Pins the API surface of {@code org.haicap.core}: a package is exported only on purpose, and
 * every package that is not listed here stays internal.
 */
class ModuleTest {

    @Test
    void exportsExactlyTheApiPackages() {
        Set<String> expected = new TreeSet<>();
        expected.add("org.haicap.core");
        expected.add("org.haicap.core.text");
        expected.add("org.haicap.core.units");
        expected.add("org.haicap.core.units.former");
        expected.add("org.haicap.core.address");
        expected.add("org.haicap.core.people");
        expected.add("org.haicap.core.party");
        expected.add("org.haicap.core.procedures");
        expected.add("org.haicap.core.ids");
        expected.add("org.haicap.core.calendar");
        expected.add("org.haicap.core.money");
        expected.add("org.haicap.core.dataset");
        expected.add("org.haicap.core.io");
        expected.add("org.haicap.core.json");
        expected.add("org.haicap.core.testing");
        assertEquals(expected, ModuleExports.exportedPackages("org.haicap.core.text"));
    }

    @Test
    void exportsTheSharedChecksOnlyToReporting() throws ClassNotFoundException {
        Map<String, Set<String>> qualified = new java.util.TreeMap<>();
        for (ModuleDescriptor.Exports e : ModuleExports.descriptorOf(
                Class.forName("org.haicap.core.text.package-info")).exports()) {
            if (e.isQualified()) {
                qualified.put(e.source(), e.targets());
            }
        }
        assertEquals(Map.of("org.haicap.core.internal", Set.of("org.haicap.reporting")), qualified);
    }
}
