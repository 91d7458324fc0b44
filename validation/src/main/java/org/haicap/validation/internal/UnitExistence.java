package org.haicap.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.haicap.validation.constraints.AdminUnitCode;

/**
 * The seam between {@link AdminUnitCode#mustExist()} and the official unit catalogue. No
 * catalogue is connected yet: {@link #current()} is empty and the validator checks the shape
 * only. To connect it, install a {@link Lookup} backed by the catalogue (for example from a
 * static initialiser of this class that looks the catalogue up), keeping this package-private.
 */
final class UnitExistence {

    /** Whether a unit of the given level has the code on the given date. */
    interface Lookup {
        boolean exists(String code, AdminUnitCode.Level level, LocalDate asOf);
    }

    private static volatile Lookup lookup;

    private UnitExistence() {
    }

    static Optional<Lookup> current() {
        return Optional.ofNullable(lookup);
    }

    /** Installs (or with null removes) the lookup; for the catalogue wiring and for tests. */
    static void install(Lookup l) {
        lookup = l;
    }
}
