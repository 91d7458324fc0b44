package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.haicap.core.calendar.CalendarConflictException;
import org.haicap.core.calendar.DateOutOfRangeException;
import org.haicap.core.calendar.DayKind;
import org.haicap.core.calendar.InvalidLunarDateException;
import org.haicap.core.calendar.ScheduleFormatException;
import org.haicap.core.ids.InvalidDossierCodeException;
import org.haicap.core.ids.InvalidIdentifierException;
import org.haicap.core.json.DatasetFormatException;
import org.haicap.core.money.IllegalPaymentTransitionException;
import org.haicap.core.money.InvalidPaymentException;
import org.haicap.core.money.PaymentStatus;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.people.PersonId;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.IllegalTransitionException;
import org.haicap.core.procedures.InvalidProcedureCodeException;
import org.haicap.core.procedures.InvalidProcedureDataException;
import org.haicap.core.testsupport.MainClasses;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.units.AmendmentException;
import org.haicap.core.units.BeforeReformException;
import org.haicap.core.units.InvalidCodeException;
import org.haicap.core.units.InvalidQueryException;
import org.junit.jupiter.api.Test;

/** Every refusal of bad input in core is a {@link HaicapInputException} that speaks both languages. */
class HaicapInputExceptionTest {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private static final ReadProblem PROBLEM = ReadProblem.of(
            SourceLocation.of("dossiers.jsonl", 12, 5).withPath("$.amount"), ReadProblem.Reason.INVALID_VALUE,
            "số tiền âm", "negative amount", "-5");

    @Test
    void everyArgumentExceptionOfCoreHasTheBase() {
        assertEquals(List.of(), MainClasses.argumentExceptionsOutsideTheInputBase());
    }

    @Test
    void noClassOfCoreHandRollsABilingualPair() {
        assertEquals(List.of(), MainClasses.handRollingBilingualPairs());
    }

    @Test
    void eachGivesItsMessageInBothLanguages() {
        List<HaicapInputException> all = List.of(
                new CalendarConflictException(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY),
                new DateOutOfRangeException(LocalDate.of(1800, 1, 1)),
                new InvalidLunarDateException(2025, 13, 1, false, InvalidLunarDateException.Reason.MONTH_OUT_OF_RANGE),
                new ScheduleFormatException("lich.csv", 3, "2026-13-01", ScheduleFormatException.Reason.INVALID_DATE),
                new InvalidDossierCodeException(InvalidDossierCodeException.Reason.BLANK, ""),
                new InvalidIdentifierException(InvalidIdentifierException.Kind.DOCUMENT_NUMBER, "x"),
                new RowRefusedException(PROBLEM),
                new DatasetFormatException(PROBLEM),
                new IllegalPaymentTransitionException("P1", PaymentStatus.REFUNDED, PaymentStatus.PENDING),
                new InvalidPaymentException("amount", -1, "số tiền âm", "negative amount"),
                new IllegalTransitionException("hồ sơ H1", DossierStatus.WITHDRAWN, DossierStatus.NEW),
                new InvalidProcedureCodeException("1.2"),
                new InvalidProcedureDataException("name", "", "tên trống", "blank name"),
                new AmendmentException("sua-doi.json", 2, "NQ 1", "amendments[2].unit", "x", "không có đơn vị",
                        "no such unit"),
                new BeforeReformException(LocalDate.of(2025, 6, 30)),
                new InvalidCodeException(InvalidCodeException.Kind.UNIT, "1"),
                new InvalidQueryException(InvalidQueryException.Reason.BLANK, " "),
                assertThrows(HaicapInputException.class, () -> PersonId.of("-bad id")),
                assertThrows(HaicapInputException.class, () -> PartyOrganisationId.of("")));
        for (HaicapInputException e : all) {
            LocalizedText text = e.bilingualMessage();
            String vi = e.message(VI);
            String en = e.message(Locale.ENGLISH);
            assertEquals(text.vi(), vi);
            assertEquals(text.en(), Optional.of(en));
            assertFalse(vi.isBlank(), e.getClass().getName());
            assertNotEquals(vi, en, e.getClass().getName());
            // the one-line message holds both, as it did before the base existed
            if (e instanceof IllegalTransitionException) {
                continue; // what moves is named once in the one-line message, in each language here
            }
            assertTrue(e.getMessage().contains(en), e.getMessage() + " ⊅ " + en);
            if (!(e instanceof RowRefusedException) && !(e instanceof DatasetFormatException)) {
                assertTrue(e.getMessage().contains(vi), e.getMessage() + " ⊅ " + vi);
            }
        }
    }

    @Test
    void theMessageIsTheVietnameseThenTheEnglish() {
        InvalidCodeException e = new InvalidCodeException(InvalidCodeException.Kind.PROVINCE, "7");
        assertEquals("mã tỉnh phải gồm đúng 2 chữ số, nhận được \"7\"", e.message(VI));
        assertEquals("a province code is exactly 2 digits, got \"7\"", e.message(Locale.UK));
        assertEquals(e.message(VI) + " / " + e.message(Locale.UK), e.getMessage());
        assertEquals(Optional.empty(), e.location());
    }

    @Test
    void aRefusedRowCarriesItsLocation() {
        RowRefusedException e = new RowRefusedException(PROBLEM);
        assertEquals(Optional.of(PROBLEM.location()), e.location());
        assertEquals("giá trị không hợp lệ: số tiền âm", e.message(VI));
        assertEquals("invalid value: negative amount", e.message(Locale.ENGLISH));
        assertEquals(Optional.of(PROBLEM.location()), new DatasetFormatException(PROBLEM).location());
    }

    @Test
    void aScheduleErrorCarriesFileAndLine() {
        ScheduleFormatException e = new ScheduleFormatException("lich.csv", 3, "x",
                ScheduleFormatException.Reason.MISSING_FIELDS);
        assertEquals(Optional.of(SourceLocation.of("lich.csv", 3, 1)), e.location());
        assertEquals("lịch nghỉ lich.csv, dòng 3: thiếu trường, cần dạng ngày,loại,nhãn, nhận được \"x\"",
                e.message(VI));
        assertEquals(e.message(VI) + " / " + e.message(Locale.ENGLISH), e.getMessage());
    }

    @Test
    void anAmendmentErrorNamesTheEntryInEachLanguage() {
        AmendmentException e = new AmendmentException("a.json", 2, "NQ 1", "amendments[2].unit", "x",
                "không có đơn vị", "no such unit");
        assertEquals("a.json, mục 2 (NQ 1), amendments[2].unit: không có đơn vị", e.message(VI));
        assertEquals("a.json, entry 2 (NQ 1), amendments[2].unit: no such unit", e.message(Locale.ENGLISH));
        assertEquals("không có đơn vị", e.vietnamese());
        assertEquals("no such unit", e.label().english());
    }

    @Test
    void aTransitionNamesWhatMovesInEachLanguage() {
        IllegalTransitionException e = new IllegalTransitionException("H1", DossierStatus.WITHDRAWN,
                DossierStatus.NEW);
        assertTrue(e.message(VI).startsWith("H1: không thể chuyển hồ sơ từ «Đã rút hồ sơ»"), e.message(VI));
        assertTrue(e.message(Locale.ENGLISH).startsWith("H1: a dossier cannot go from WITHDRAWN to NEW"),
                e.message(Locale.ENGLISH));
    }
}
