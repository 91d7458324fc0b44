package org.haicap.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bundled sample datasets by name, with the date each describes. */
final class Samples {
    /** The Hà Nội sample of the 15-day report. */
    static final String DEFAULT = "hanoi-2025-07-15";
    private static final Map<String, LocalDate> DATES = Map.of(DEFAULT, LocalDate.of(2025, 7, 15));
    static final List<String> NAMES = List.of(DEFAULT);

    private Samples() {
    }

    /** The name, if it is a known sample. */
    static String require(String name) {
        if (!DATES.containsKey(name)) {
            throw CliException.usage("--sample " + Values.printable(name) + ": không có bộ mẫu này; có: " + String.join(", ", NAMES),
                    "no such sample; available: " + String.join(", ", NAMES));
        }
        return name;
    }

    /** The date the sample describes. */
    static LocalDate date(String name) {
        return DATES.get(require(name));
    }

    /** The province a sample is about: Hà Nội (01). */
    static String provinceCode(String name) {
        require(name);
        return "01";
    }
}
