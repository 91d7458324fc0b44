package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OfficialScheduleProperties {

    @Provide
    Arbitrary<List<CalendarDay>> days() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(18262, 21914).map(LocalDate::ofEpochDay);
        Arbitrary<String> labels = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ ,#;\"'")
                .ofMaxLength(20);
        Arbitrary<CalendarDay> day = Combinators.combine(dates, Arbitraries.of(DayKind.class), labels)
                .as(CalendarDay::new);
        return day.list().ofMaxSize(20).uniqueElements(CalendarDay::date);
    }

    @Property(tries = 200)
    void writtenTextReadsBackEqual(@ForAll("days") List<CalendarDay> days) throws IOException {
        OfficialSchedule schedule = OfficialSchedule.of(days);
        assertEquals(schedule, OfficialSchedule.read(new StringReader(schedule.toText()), "generated"));
    }

    @Property(tries = 50)
    void aCalendarFollowsItsScheduleInTheYearsItCovers(@ForAll("days") List<CalendarDay> days) {
        WorkingDayCalendar c = WorkingDayCalendar.builder().officialSchedule(OfficialSchedule.of(days)).build();
        for (CalendarDay d : days) {
            assertEquals(d.kind().isWorkingDay(), c.isWorkingDay(d.date()), d.toString());
        }
    }
}
