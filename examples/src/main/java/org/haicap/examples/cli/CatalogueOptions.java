package org.haicap.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.haicap.core.units.AmendmentException;
import org.haicap.core.units.CatalogueHorizon;
import org.haicap.core.units.UnitCatalog;

/**
 * The catalogue options every command that uses the unit catalogue shares: {@code --amendments
 * FILE} (a file of further resolutions, applied on top of the shipped catalogue) and the one
 * warning line on stderr for an as-of date beyond the catalogue's horizon.
 */
final class CatalogueOptions {

    static final Option AMENDMENTS = Values.pathOption("amendments", "FILE",
            "áp dụng thêm tệp sửa đổi danh mục (nghị quyết mới) / apply a file of catalogue amendments (new resolutions)");

    private CatalogueOptions() {
    }

    /**
     * The official catalogue, with {@code --amendments FILE} applied when given.
     *
     * @throws CliException (exit 2) naming the file, the entry and why when the file cannot be
     *     read or does not fit the catalogue
     */
    static UnitCatalog catalog(Arguments args) {
        UnitCatalog official = UnitCatalog.official();
        java.util.Optional<Path> given = args.get(AMENDMENTS.name());
        if (given.isEmpty()) {
            return official;
        }
        Path file = given.get();
        try {
            return official.withAmendments(file);
        } catch (AmendmentException e) {
            throw new CliException(Haicap.EXIT_USAGE, "--amendments: " + e.getMessage());
        }
    }

    /**
     * Prints one warning line on stderr when {@code asOf} is beyond the catalogue's horizon;
     * prints nothing otherwise. The answer on stdout is unchanged.
     */
    static void warnBeyondHorizon(UnitCatalog catalog, LocalDate asOf, Context ctx) {
        CatalogueHorizon h = catalog.horizon();
        if (!h.covers(asOf)) {
            ctx.err().println("haicap: cảnh báo / warning: " + h.warning(asOf));
        }
    }
}
