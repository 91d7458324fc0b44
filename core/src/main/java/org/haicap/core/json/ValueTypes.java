package org.haicap.core.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.ids.DocumentNumber;
import org.haicap.core.ids.MobileNumber;
import org.haicap.core.ids.TaxCode;
import org.haicap.core.money.PaymentSubject;
import org.haicap.core.money.Vnd;
import org.haicap.core.party.Committee;
import org.haicap.core.party.CommitteeId;
import org.haicap.core.party.CongressId;
import org.haicap.core.party.PartyOrganisationId;
import org.haicap.core.party.SealId;
import org.haicap.core.party.Term;
import org.haicap.core.people.AppointmentId;
import org.haicap.core.people.PersonId;
import org.haicap.core.people.PostId;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCode;

/**
 * The JSON forms of haicap's value types: the one place where a value type of the domain
 * packages is registered with {@link HaicapModule}.
 *
 * <p>Records need no registration: Jackson binds them through their canonical constructors, whose
 * checks then run on every row read. Register here only small value types that are written as a
 * JSON scalar:
 * <ul>
 *   <li>a type written as a string: add a {@link StringForm} to {@link #STRING_FORMS}, e.g.
 *       {@code new StringForm<>(CitizenId.class, CitizenId::of, CitizenId::value,
 *       "số định danh cá nhân gồm 12 chữ số", "a 12-digit citizen id")};</li>
 *   <li>a type written as an integer (money in đồng): add a {@link LongForm} to
 *       {@link #LONG_FORMS}, e.g. {@code new LongForm<>(Vnd.class, Vnd::of, Vnd::dong,
 *       "số tiền nguyên bằng đồng", "a whole amount in đồng")};</li>
 *   <li>anything else: add a serializer and deserializer in {@link #registerOthers}.</li>
 * </ul>
 * The parse function receives NFC text and signals bad input with an
 * {@link IllegalArgumentException} (or {@link java.time.DateTimeException}); the reader turns it
 * into an {@code INVALID_VALUE} problem at the field's line, column and path. Add a round-trip
 * case to {@code HaicapModuleTest} for each new type.
 */
final class ValueTypes {
    private ValueTypes() {
    }

    /** Value types written as JSON strings. */
    static final List<StringForm<?>> STRING_FORMS = List.of(
            new StringForm<>(LocalDate.class, IsoTimes::parseDate, IsoTimes::formatDate,
                    "ngày dạng yyyy-MM-dd, ví dụ 2025-07-14", "a date as yyyy-MM-dd, e.g. 2025-07-14"),
            new StringForm<>(LocalDateTime.class, IsoTimes::parseDateTime, IsoTimes::formatDateTime,
                    "ngày giờ dạng yyyy-MM-ddTHH:mm:ss, ví dụ 2025-07-14T08:30:00",
                    "a date-time as yyyy-MM-ddTHH:mm:ss, e.g. 2025-07-14T08:30:00"),
            new StringForm<>(OffsetDateTime.class, OffsetDateTime::parse,
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME::format,
                    "ngày giờ có múi giờ, ví dụ 2025-07-14T08:30:00+07:00",
                    "a date-time with offset, e.g. 2025-07-14T08:30:00+07:00"),
            new StringForm<>(Instant.class, Instant::parse, DateTimeFormatter.ISO_INSTANT::format,
                    "thời điểm UTC, ví dụ 2025-07-14T01:30:00Z", "an instant in UTC, e.g. 2025-07-14T01:30:00Z"),
            new StringForm<>(LocalTime.class, LocalTime::parse, DateTimeFormatter.ISO_LOCAL_TIME::format,
                    "giờ dạng HH:mm:ss, ví dụ 08:30:00", "a time as HH:mm:ss, e.g. 08:30:00"),
            new StringForm<>(YearMonth.class, IsoTimes::parseYearMonth, YearMonth::toString,
                    "tháng dạng yyyy-MM, ví dụ 2025-07", "a month as yyyy-MM, e.g. 2025-07"),
            new StringForm<>(Duration.class, Duration::parse, Duration::toString,
                    "khoảng thời gian ISO 8601, ví dụ PT72H", "an ISO 8601 duration, e.g. PT72H"),
            new StringForm<>(Period.class, Period::parse, Period::toString,
                    "khoảng ngày ISO 8601, ví dụ P15D", "an ISO 8601 period, e.g. P15D"),
            new StringForm<>(UnitCode.class, UnitCode::of, UnitCode::value,
                    "mã đơn vị hành chính cấp xã gồm đúng 5 chữ số", "a commune-level unit code of exactly 5 digits"),
            new StringForm<>(ProvinceCode.class, ProvinceCode::of, ProvinceCode::value,
                    "mã tỉnh gồm đúng 2 chữ số", "a province code of exactly 2 digits"),
            new StringForm<>(PersonId.class, PersonId::of, PersonId::value, "mã người", "a person id"),
            new StringForm<>(PostId.class, PostId::of, PostId::value, "mã chức danh", "a post id"),
            new StringForm<>(AppointmentId.class, AppointmentId::of, AppointmentId::value, "mã bổ nhiệm",
                    "an appointment id"),
            new StringForm<>(PartyOrganisationId.class, PartyOrganisationId::of, PartyOrganisationId::value,
                    "mã tổ chức đảng", "a party organisation id"),
            new StringForm<>(CommitteeId.class, CommitteeId::of, CommitteeId::value, "mã cấp ủy", "a committee id"),
            new StringForm<>(CongressId.class, CongressId::of, CongressId::value, "mã đại hội", "a congress id"),
            new StringForm<>(SealId.class, SealId::of, SealId::value, "mã con dấu", "a seal id"),
            // The full value, never the masked toString(): the interchange format carries the data itself.
            new StringForm<>(CitizenId.class, CitizenId::of, CitizenId::value,
                    "số định danh cá nhân gồm 12 chữ số", "a 12-digit citizen id"),
            new StringForm<>(TaxCode.class, TaxCode::of, TaxCode::value,
                    "mã số thuế gồm 10 chữ số, 10 chữ số-3 chữ số hoặc 12 chữ số",
                    "a tax code of 10 digits, 10-3 digits or 12 digits"),
            new StringForm<>(MobileNumber.class, MobileNumber::of, MobileNumber::value,
                    "số di động Việt Nam gồm 10 chữ số", "a Vietnamese mobile number of 10 digits"),
            new StringForm<>(DocumentNumber.class, DocumentNumber::parse, DocumentNumber::text,
                    "số, ký hiệu văn bản, ví dụ 12/2025/QĐ-UBND", "a document number, e.g. 12/2025/QĐ-UBND"),
            new StringForm<>(ProcedureCode.class, ProcedureCode::of, ProcedureCode::value,
                    "mã thủ tục dạng 1.001234", "a procedure code like 1.001234"),
            // Lenient on purpose: vendors' dossier codes are kept as given when they use safe characters.
            new StringForm<>(DossierCode.class, DossierCode::new, DossierCode::value,
                    "mã hồ sơ tối đa 64 ký tự A-Z a-z 0-9 . _ -", "a dossier code of at most 64 characters A-Z a-z 0-9 . _ -"),
            new StringForm<>(Term.class, Term::parse, t -> t.startYear() + "-" + t.endYear(),
                    "nhiệm kỳ dạng 2025-2030", "a term like 2025-2030"));

    /** Value types written as JSON integers. */
    static final List<LongForm<?>> LONG_FORMS = List.of(
            new LongForm<>(Vnd.class, Vnd::of, Vnd::amount, "số tiền nguyên bằng đồng", "a whole amount in đồng"));

    /**
     * The registered string form of {@code type}, for code that binds values without databind
     * and must parse exactly as the module does.
     *
     * @throws IllegalArgumentException if {@code type} has no string form
     */
    @SuppressWarnings("unchecked")
    static <T> StringForm<T> stringForm(Class<T> type) {
        for (StringForm<?> form : STRING_FORMS) {
            if (form.type() == type) {
                return (StringForm<T>) form;
            }
        }
        throw new IllegalArgumentException("no string form: " + type.getName());
    }

    /** Serializers and deserializers that are neither a string nor an integer form. */
    static void registerOthers(HaicapModule module) {
        // Records whose wire shape needs a word more than their components (see WireShapes).
        module.setMixInAnnotation(PaymentSubject.class, WireShapes.PaymentSubjectShape.class);
        module.setMixInAnnotation(Committee.class, WireShapes.CommitteeShape.class);
    }
}
