package org.haicap.core.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the compiled {@code module-info.class} of the module that holds a given class, so that
 * a test can pin the exported packages whether tests run on the class path or the module path.
 */
public final class ModuleExports {
    private ModuleExports() {
    }

    /** The module descriptor of the module (build output folder or jar) holding {@code anchor}. */
    public static ModuleDescriptor descriptorOf(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path info = location.resolve("module-info.class");
            try (InputStream in = Files.newInputStream(info)) {
                return ModuleDescriptor.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The descriptor of the module holding the named package, found through its compiled
     * {@code package-info} class (the build compiles one for every package).
     */
    public static Set<String> exportedPackages(String packageInModule) {
        try {
            return exportedPackages(Class.forName(packageInModule + ".package-info"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no package " + packageInModule, e);
        }
    }

    /** The names of the packages the module exports, unqualified exports only, sorted. */
    public static Set<String> exportedPackages(Class<?> anchor) {
        Set<String> names = new TreeSet<>();
        for (ModuleDescriptor.Exports e : descriptorOf(anchor).exports()) {
            if (!e.isQualified()) {
                names.add(e.source());
            }
        }
        return names;
    }
}
