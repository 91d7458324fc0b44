package org.haicap.core.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An official holiday schedule shipped with the library: the days off, swapped days and make-up
 * working days the Government announced for the civil service (cán bộ, công chức, viên chức) in
 * one year, with the documents that announced them. {@link WorkingDayCalendar#defaults()} uses
 * every shipped schedule; {@link WorkingDayCalendar.Builder#announcedSchedules()} adds them to any
 * builder.
 *
 * <p>Shipped: 2025 (Thông báo 6150/TB-BLĐTBXH of 3/12/2024) and 2026 (Công văn 12729/VPCP-KGVX of
 * 25/12/2025 and Thông báo 9441/TB-BNV of 16/10/2025). The resources
 * {@code org/haicap/core/calendar/lich-nghi-<year>.csv} are in the {@link OfficialSchedule} text
 * format, with the documents and the sources they were checked against in their comments; the
 * 24/11 Ngày Văn hóa Việt Nam is in none of them (see
 * {@link WorkingDayCalendar.Builder#vietnameseCultureDay(boolean)}).
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param year the Gregorian year the schedule covers
 * @param documents the announcing documents: number, date and issuing body, one per entry
 * @param schedule the days of that year
 */
public record AnnouncedSchedule(int year, List<String> documents, OfficialSchedule schedule) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the schedule covers any year but {@code year}, or no
     *     document is named
     */
    public AnnouncedSchedule {
        Objects.requireNonNull(schedule, "schedule");
        documents = List.copyOf(documents);
        if (!schedule.years().equals(new TreeSet<>(List.of(year)))) {
            throw new IllegalArgumentException("lịch nghỉ năm " + year + " phải chỉ gồm các ngày của năm đó, nhận được "
                    + schedule.years() + " / the schedule of " + year + " must cover that year only, got "
                    + schedule.years());
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("lịch nghỉ năm " + year + " phải nêu văn bản công bố / the schedule of "
                    + year + " must name its announcing document");
        }
    }

    /**
     * The shipped schedules, by year.
     *
     * @return the schedules of 2025 and 2026, in year order
     * @throws UncheckedIOException if a shipped resource cannot be read (a broken build)
     */
    public static List<AnnouncedSchedule> shipped() {
        return Shipped.ALL;
    }

    /**
     * The shipped schedule of a year.
     *
     * @param year a Gregorian year
     * @return the schedule, or empty if none is shipped for that year
     */
    public static Optional<AnnouncedSchedule> shipped(int year) {
        for (AnnouncedSchedule s : Shipped.ALL) {
            if (s.year() == year) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Loaded on first use. */
    private static final class Shipped {
        static final List<AnnouncedSchedule> ALL = load();

        private static List<AnnouncedSchedule> load() {
            List<AnnouncedSchedule> all = new ArrayList<>();
            all.add(read(2025, List.of(
                    "Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động - Thương binh và Xã hội"
                    + " (lịch nghỉ Tết Âm lịch, hoán đổi ngày 02/5 sang 26/4, Quốc khánh năm 2025)")));
            all.add(read(2026, List.of(
                    "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (Tết Dương lịch 2026,"
                    + " hoán đổi ngày 02/01 sang 10/01)",
                    "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (Tết Âm lịch và Quốc khánh năm 2026,"
                    + " hoán đổi ngày 31/8 sang 22/8)")));
            return Collections.unmodifiableList(all);
        }

        private static AnnouncedSchedule read(int year, List<String> documents) {
            String name = "lich-nghi-" + year + ".csv";
            try {
                return new AnnouncedSchedule(year, documents, OfficialSchedule.readResource(AnnouncedSchedule.class, name));
            } catch (IOException e) {
                throw new UncheckedIOException("không đọc được lịch nghỉ kèm theo " + name
                        + " / cannot read the shipped schedule " + name, e);
            }
        }
    }
}
