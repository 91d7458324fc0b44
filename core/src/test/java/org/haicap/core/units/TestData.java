package org.haicap.core.units;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project's shared copy of the catalogue CSV lives, when it is present. */
final class TestData {
    private TestData() {
    }

    static Optional<Path> sharedCsv() {
        for (String p : new String[] {"../../shared/data/vn-admin-units-2025.csv",
                "../shared/data/vn-admin-units-2025.csv", "../../../shared/data/vn-admin-units-2025.csv"}) {
            Path path = Path.of(p);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
