package org.haicap.core.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How far the catalogue's data is known (phạm vi dữ liệu đã biết): the day its sources were
 * last checked, and the last resolution it includes. For a date after {@link #knownUntil()} a
 * resolution published since may have changed a type or a name that the catalogue still
 * answers with its last known state; such an answer is not wrong as far as the data goes, but
 * it is not confirmed, and callers should say so (the {@code haicap} CLI prints one warning
 * line on stderr).
 *
 * <p>Immutable and thread-safe.
 *
 * @param checkedOn the date of the newest source the data was confirmed against (every
 *     resolution published up to this day is meant to be included)
 * @param lastResolution the number of the included resolution that takes effect last, e.g.
 *     {@code 388/NQ-UBTVQH16}, or the empty string for the base without amendments
 * @param lastEffective the day it takes effect, or 1 July 2025 for the base
 */
public record CatalogueHorizon(LocalDate checkedOn, String lastResolution, LocalDate lastEffective)
        implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     */
    public CatalogueHorizon {
        Objects.requireNonNull(checkedOn, "checkedOn");
        Objects.requireNonNull(lastResolution, "lastResolution");
        Objects.requireNonNull(lastEffective, "lastEffective");
    }

    /**
     * The last day for which the catalogue's answers are confirmed: {@link #checkedOn()}. A
     * resolution issued later can only take effect later, so every day up to the check is
     * covered; a day after it is not, even when it is before a known future change.
     */
    public LocalDate knownUntil() {
        return checkedOn;
    }

    /**
     * Whether answers as of {@code date} are within what was checked.
     *
     * @return false for a date after {@link #knownUntil()}
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isAfter(knownUntil());
    }

    /**
     * The warning for a date beyond the horizon, in Vietnamese and English on one line, e.g.
     * {@code ngày 2027-06-01 sau phạm vi dữ liệu danh mục (kiểm tra đến 2026-09-25, nghị quyết
     * cuối 388/NQ-UBTVQH16) / date 2027-06-01 is beyond the catalogue's data (checked until
     * 2026-09-25, last resolution 388/NQ-UBTVQH16)}.
     */
    public String warning(LocalDate date) {
        String last = lastResolution.isEmpty() ? "—" : lastResolution;
        return "ngày " + date + " sau phạm vi dữ liệu danh mục (kiểm tra đến " + checkedOn
                + ", nghị quyết cuối " + last + "); trả lời theo trạng thái cuối đã biết"
                + " / date " + date + " is beyond the catalogue's data (checked until " + checkedOn
                + ", last resolution " + last + "); answering with the last known state";
    }
}
