package org.haicap.examples.spark;

import java.util.Locale;

/** The timing line the example jobs print. Stateless. */
final class Timings {
    private Timings() {
    }

    static String line(String what, long t0, long load, long dossiersDone, long paymentsDone, long end, long dossierRows,
            long paymentRows) {
        double d = (dossiersDone - load) / 1e9;
        double p = (paymentsDone - dossiersDone) / 1e9;
        return String.format(Locale.ROOT,
                "%s: reference data %.1f s; dossiers %.1f s (%,.0f rows/s); payments %.1f s (%,.0f rows/s); "
                        + "dataset rules and report %.1f s; total %.1f s",
                what, (load - t0) / 1e9, d, dossierRows / d, p, paymentRows / p, (end - paymentsDone) / 1e9,
                (end - t0) / 1e9);
    }
}
