package org.haicap.examples.cli;

import java.nio.file.Path;
import org.haicap.core.units.UnitCatalog;
import org.haicap.validation.rules.RuleParameters;
import org.haicap.validation.rules.RuleSettings;
import org.haicap.validation.rules.RuleSettingsException;

/**
 * The rule-settings options of {@code validate}: {@code --rules FILE} (a locality's rule
 * settings, format {@code haicap-rule-settings} 1.0, docs/validation.md §6.2) and
 * {@code --print-rules} (writes the settings in force, the defaults unless {@code --rules} is
 * given, as such a file on stdout).
 */
final class RulesOptions {

    static final Option RULES = Values.pathOption("rules", "FILE",
            "thiết lập quy tắc của địa phương (JSON) / the locality's rule settings (JSON)");
    static final Option PRINT_RULES = Option.flag("print-rules",
            "in thiết lập quy tắc đang dùng ra stdout rồi thoát / print the rule settings in force and exit");

    private RulesOptions() {
    }

    /** The default parameters over {@code catalog}. */
    static RuleParameters defaults(UnitCatalog catalog) {
        return catalog == UnitCatalog.official() ? RuleParameters.defaults()
                : RuleParameters.builder().catalog(catalog).build();
    }

    /**
     * The default parameters over {@code catalog}, with {@code --rules FILE} applied when given.
     *
     * @throws CliException (exit 2) naming the file, the JSON path, the value and why when the
     *     file cannot be read or is not valid settings
     */
    static RuleParameters parameters(Arguments args, UnitCatalog catalog) {
        RuleParameters base = defaults(catalog);
        java.util.Optional<Path> given = args.get(RULES.name());
        if (given.isEmpty()) {
            return base;
        }
        Path file = given.get();
        try {
            return RuleSettings.read(file, base);
        } catch (RuleSettingsException e) {
            throw new CliException(Haicap.EXIT_USAGE, "--rules: " + e.getMessage());
        }
    }

    /** {@code --print-rules}: the settings in force on stdout; exit 0. */
    static int print(Arguments args, Context ctx) {
        ctx.out().print(RuleSettings.toJson(parameters(args, CatalogueOptions.catalog(args))));
        ctx.out().flush();
        return Haicap.EXIT_OK;
    }
}
