package org.haicap.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialScheduleTest {

    private static OfficialSchedule parse(String text) throws IOException {
        return OfficialSchedule.read(new StringReader(text), "test.csv");
    }

    private static ScheduleFormatException bad(String text) {
        return assertThrows(ScheduleFormatException.class, () -> parse(text));
    }

    @Test
    void readsDaysIgnoringCommentsBlankLinesAndHeader() throws IOException {
        OfficialSchedule s = parse("\uFEFF# lịch 2026\n\ndate,kind,label\n"
                + "2026-02-23 , day_off , Nghỉ hoán đổi, theo thông báo\n"
                + "2026-01-01,HOLIDAY,Tết Dương lịch\n"
                + "2026-03-07,MAKEUP_WORKDAY\n");
        assertEquals(List.of(
                new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch"),
                new CalendarDay(LocalDate.of(2026, 2, 23), DayKind.DAY_OFF, "Nghỉ hoán đổi, theo thông báo"),
                new CalendarDay(LocalDate.of(2026, 3, 7), DayKind.MAKEUP_WORKDAY, "")), s.days());
        assertEquals(new TreeSet<>(Set.of(2026)), s.years());
        assertTrue(s.covers(2026));
        assertFalse(s.covers(2027));
    }

    @Test
    void aLineWithoutKindIsRejectedNamingTheLine() {
        ScheduleFormatException e = bad("# comment\n2026-01-01,HOLIDAY,x\n2026-01-02\n");
        assertEquals(3, e.lineNumber());
        assertEquals(ScheduleFormatException.Reason.MISSING_FIELDS, e.reason());
        assertEquals("2026-01-02", e.value());
        assertEquals("test.csv", e.source());
        assertTrue(e.getMessage().contains("lịch nghỉ test.csv, dòng 3: thiếu trường"), e.getMessage());
        assertTrue(e.getMessage().contains("schedule test.csv, line 3: missing fields"), e.getMessage());
    }

    @Test
    void aBadDateIsRejectedNamingTheLineAndTheValue() {
        ScheduleFormatException e = bad("2026-13-01,HOLIDAY,x\n");
        assertEquals(1, e.lineNumber());
        assertEquals(ScheduleFormatException.Reason.INVALID_DATE, e.reason());
        assertEquals("2026-13-01", e.value());
        assertTrue(e.getMessage().contains("dòng 1: ngày không hợp lệ, cần dạng yyyy-mm-dd, nhận được \"2026-13-01\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("line 1: invalid date, expected yyyy-mm-dd, got \"2026-13-01\""),
                e.getMessage());
        assertEquals(ScheduleFormatException.Reason.INVALID_DATE, bad("1/1/2026,HOLIDAY\n").reason());
    }

    @Test
    void aDateOutsideTheRangeIsRejected() {
        ScheduleFormatException e = bad("2026-01-01,HOLIDAY\n2300-01-01,HOLIDAY\n");
        assertEquals(2, e.lineNumber());
        assertEquals(ScheduleFormatException.Reason.DATE_OUT_OF_RANGE, e.reason());
    }

    @Test
    void anUnknownKindIsRejected() {
        ScheduleFormatException e = bad("2026-01-01,HOLIDAY\n2026-01-02,NGHI,Nghỉ\n");
        assertEquals(2, e.lineNumber());
        assertEquals(ScheduleFormatException.Reason.INVALID_KIND, e.reason());
        assertEquals("NGHI", e.value());
        assertTrue(e.getMessage().contains("loại ngày không hợp lệ") && e.getMessage().contains("invalid kind"));
    }

    @Test
    void aDuplicateDateIsRejected() {
        ScheduleFormatException e = bad("2026-01-01,HOLIDAY\n\n2026-01-01,DAY_OFF\n");
        assertEquals(3, e.lineNumber());
        assertEquals(ScheduleFormatException.Reason.DUPLICATE_DATE, e.reason());
    }

    @Test
    void readsAFileAndAResource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lich.csv");
        Files.writeString(file, "2026-09-03,HOLIDAY,Quốc khánh\n", StandardCharsets.UTF_8);
        assertEquals(LocalDate.of(2026, 9, 3), OfficialSchedule.read(file).days().get(0).date());
        ScheduleFormatException e = assertThrows(ScheduleFormatException.class, () -> {
            Files.writeString(file, "x\n", StandardCharsets.UTF_8);
            OfficialSchedule.read(file);
        });
        assertEquals(file.toString(), e.source());

        OfficialSchedule example = OfficialSchedule.readResource(OfficialScheduleTest.class, "example-schedule.csv");
        assertEquals(new TreeSet<>(Set.of(2026)), example.years());
        assertThrows(FileNotFoundException.class,
                () -> OfficialSchedule.readResource(OfficialScheduleTest.class, "no-such.csv"));
    }

    @Test
    void ofRejectsTheSameDateTwice() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThrows(CalendarConflictException.class, () -> OfficialSchedule.of(List.of(
                new CalendarDay(day, DayKind.HOLIDAY, "a"), new CalendarDay(day, DayKind.DAY_OFF, "b"))));
        assertThrows(DateOutOfRangeException.class, () -> OfficialSchedule.of(List.of(
                new CalendarDay(LocalDate.of(1800, 1, 1), DayKind.HOLIDAY, "a"))));
    }

    @Test
    void textWrittenReadsBackEqual() throws IOException {
        OfficialSchedule s = OfficialSchedule.of(List.of(
                new CalendarDay(LocalDate.of(2027, 2, 10), DayKind.DAY_OFF, "Nghỉ bù, Tết"),
                new CalendarDay(LocalDate.of(2026, 3, 7), DayKind.MAKEUP_WORKDAY, "")));
        assertEquals("date,kind,label\n2026-03-07,MAKEUP_WORKDAY,\n2027-02-10,DAY_OFF,Nghỉ bù, Tết\n", s.toText());
        assertEquals(s, parse(s.toText()));
        assertEquals(s.hashCode(), parse(s.toText()).hashCode());
        assertEquals("OfficialSchedule[2026, 2027] (2 days)", s.toString());
    }
}
