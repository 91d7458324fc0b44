package org.haicap.validation.internal;

import java.time.LocalDate;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.constraints.AdminUnitCode;

/**
 * The seam between {@link AdminUnitCode#mustExist()} and the unit catalogue. By default it asks
 * the official catalogue ({@link UnitCatalog#official()}): a code exists on a date when a unit
 * of that level has it on that date; no unit exists before the reform of 1 July 2025. Tests
 * install a stand-in.
 */
final class UnitExistence {

    /** Whether a unit of the given level has the code on the given date. */
    interface Lookup {
        boolean exists(String code, AdminUnitCode.Level level, LocalDate asOf);
    }

    private static final Lookup OFFICIAL = UnitExistence::inOfficialCatalogue;

    private static volatile Lookup lookup = OFFICIAL;

    private UnitExistence() {
    }

    static Lookup current() {
        return lookup;
    }

    /** Installs a lookup; null restores the official catalogue. */
    static void install(Lookup l) {
        lookup = l == null ? OFFICIAL : l;
    }

    private static boolean inOfficialCatalogue(String code, AdminUnitCode.Level level, LocalDate asOf) {
        if (asOf.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            return false;
        }
        UnitCatalog catalog = UnitCatalog.official();
        return level == AdminUnitCode.Level.PROVINCE
                ? catalog.province(code).isPresent()
                : catalog.unit(code).isPresent();
    }
}
