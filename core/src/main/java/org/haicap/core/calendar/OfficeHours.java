package org.haicap.core.calendar;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily office hours (giờ làm việc) of a working day, with an optional lunch break; used to
 * count time limits in working hours and to place the end of a working day. Office hours are
 * set by each agency, so {@link #DEFAULT} (08:00–17:00 with a break 12:00–13:00, 8 working
 * hours) is an assumption to override.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param opens when the office opens
 * @param closes when it closes, after {@code opens}
 * @param lunchStart start of the lunch break, present together with {@code lunchEnd}
 * @param lunchEnd end of the lunch break
 */
public record OfficeHours(LocalTime opens, LocalTime closes, Optional<LocalTime> lunchStart,
        Optional<LocalTime> lunchEnd) {

    /** 08:00–17:00 with a lunch break 12:00–13:00. */
    public static final OfficeHours DEFAULT =
            of(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(13, 0));

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the office closes before it opens, or only one end of
     *     the break is given, or the break is not strictly inside the office hours
     */
    public OfficeHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(lunchStart, "lunchStart");
        Objects.requireNonNull(lunchEnd, "lunchEnd");
        boolean ok = opens.isBefore(closes) && lunchStart.isPresent() == lunchEnd.isPresent();
        if (ok && lunchStart.isPresent()) {
            ok = opens.isBefore(lunchStart.get()) && lunchStart.get().isBefore(lunchEnd.get())
                    && lunchEnd.get().isBefore(closes);
        }
        if (!ok) {
            String shown = opens + "–" + closes
                    + lunchStart.map(s -> ", " + s + "–" + lunchEnd.map(LocalTime::toString).orElse("?"))
                            .orElse(lunchEnd.map(e -> ", ?–" + e).orElse(""));
            throw new IllegalArgumentException("giờ làm việc không hợp lệ: " + shown
                    + " (giờ mở cửa trước giờ đóng cửa, giờ nghỉ trưa nằm trọn trong giờ làm việc)"
                    + " / invalid office hours: " + shown
                    + " (opening before closing, the lunch break strictly inside the office hours)");
        }
    }

    /** Office hours without a lunch break. */
    public static OfficeHours of(LocalTime opens, LocalTime closes) {
        return new OfficeHours(opens, closes, Optional.empty(), Optional.empty());
    }

    /** Office hours with a lunch break. */
    public static OfficeHours of(LocalTime opens, LocalTime closes, LocalTime lunchStart, LocalTime lunchEnd) {
        return new OfficeHours(opens, closes, Optional.of(lunchStart), Optional.of(lunchEnd));
    }

    /** The working minutes of one working day. */
    public int workingMinutesPerDay() {
        int total = minutes(closes) - minutes(opens);
        if (lunchStart.isPresent()) {
            total -= minutes(lunchEnd.get()) - minutes(lunchStart.get());
        }
        return total;
    }

    static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }
}
