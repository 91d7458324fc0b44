package org.haicap.core.units;

import java.time.LocalDate;
import java.util.Objects;
import org.haicap.core.io.HaicapInputException;

/**
 * Thrown when the catalogue is asked about a date before 1 July 2025. The catalogue describes
 * the two-level government in force from that day on; the three-level structure before the
 * reform (tỉnh – huyện – xã) is out of its scope. Pre-2025 units appear only as
 * {@link FormerUnit}s of the new ones.
 *
 * <p>The message is in Vietnamese and English and names the date.
 */
public final class BeforeReformException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param date the offending date
     */
    public BeforeReformException(LocalDate date) {
        super("ngày " + Objects.requireNonNull(date, "date") + " trước ngày 01/07/2025: cơ cấu đơn vị hành chính"
                + " trước sắp xếp (tỉnh – huyện – xã) nằm ngoài phạm vi danh mục", "date " + date
                + " is before 1 July 2025: the pre-reform structure (province – district – commune)"
                + " is out of the catalogue's scope");
        this.date = date;
    }

    /** The date that was asked about. */
    public LocalDate date() {
        return date;
    }
}
