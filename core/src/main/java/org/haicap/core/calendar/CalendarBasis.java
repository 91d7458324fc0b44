package org.haicap.core.calendar;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Where a {@link WorkingDayCalendar} takes the holidays and days off of a Gregorian year from;
 * see {@link WorkingDayCalendar#basis(int)}.
 */
public enum CalendarBasis implements Bilingual {
    /**
     * An {@link OfficialSchedule} covers the year: its days are the ones the Government announced
     * (or that the user loaded as announced), and the statutory formula is not used.
     */
    ANNOUNCED("lịch nghỉ đã công bố", "announced schedule"),
    /**
     * No schedule covers the year: its holidays and compensatory days off are computed by the
     * statutory formula (Bộ luật Lao động 2019, Điều 111 khoản 3 and Điều 112 khoản 1), which may
     * differ from the days the Government will announce for it.
     */
    FORMULA("công thức theo Bộ luật Lao động 2019", "statutory formula");

    private final LocalizedText label;

    CalendarBasis(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }
}
