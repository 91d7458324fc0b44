package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class HaicapModuleTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new HaicapModule()).build();

    record Times(LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime, Instant instant,
            LocalTime time, YearMonth month, Duration duration, Period period, UnitCode unit, ProvinceCode province) {
    }

    record WithOptional(String name, Optional<LocalDate> until, Optional<UnitCode> unit) {
    }

    /** Not a record: components are not required. */
    static final class Bean {
        public String a;
        public long b;
    }

    @Test
    void isFoundByTheServiceLoaderAndByFindAndRegisterModules() throws IOException {
        List<String> names = ServiceLoader.load(Module.class).stream().map(p -> p.type().getName())
                .collect(Collectors.toList());
        assertTrue(names.contains(HaicapModule.class.getName()), names.toString());
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertEquals(LocalDate.of(2025, 7, 1), found.readValue("\"2025-07-01\"", LocalDate.class));
    }

    @Test
    void changesOnlyTheMapperItIsAddedTo() {
        assertThrows(InvalidDefinitionException.class, () -> new ObjectMapper().readValue("\"2025-07-01\"", LocalDate.class));
    }

    @Test
    void everyValueTypeRoundTripsAsIsoText() throws IOException {
        Times t = new Times(LocalDate.of(2025, 7, 14), LocalDateTime.of(2025, 7, 14, 8, 30),
                OffsetDateTime.of(2025, 7, 14, 8, 30, 0, 0, ZoneOffset.ofHours(7)), Instant.parse("2025-07-14T01:30:00Z"),
                LocalTime.of(8, 30, 15, 5000), YearMonth.of(2025, 7), Duration.ofHours(72), Period.ofDays(15),
                UnitCode.of("00004"), ProvinceCode.of("01"));
        String json = MAPPER.writeValueAsString(t);
        assertEquals("{\"date\":\"2025-07-14\",\"dateTime\":\"2025-07-14T08:30:00\","
                + "\"offsetDateTime\":\"2025-07-14T08:30:00+07:00\",\"instant\":\"2025-07-14T01:30:00Z\","
                + "\"time\":\"08:30:15.000005\",\"month\":\"2025-07\",\"duration\":\"PT72H\",\"period\":\"P15D\","
                + "\"unit\":\"00004\",\"province\":\"01\"}", json);
        assertEquals(t, MAPPER.readValue(json, Times.class));
    }

    @Test
    void everyRegisteredStringFormRoundTripsASample() {
        Map<Class<?>, Object> samples = new java.util.HashMap<>(Map.of(LocalDate.class, LocalDate.of(2025, 7, 1), LocalDateTime.class,
                LocalDateTime.of(2025, 7, 1, 0, 0), OffsetDateTime.class,
                OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 1, ZoneOffset.UTC), Instant.class, Instant.EPOCH,
                LocalTime.class, LocalTime.NOON, YearMonth.class, YearMonth.of(2026, 4), Duration.class,
                Duration.ofMinutes(90), Period.class, Period.ofMonths(3), UnitCode.class, UnitCode.of("26740"),
                ProvinceCode.class, ProvinceCode.of("79")));
        samples.putAll(Map.of(org.haicap.core.people.PersonId.class, org.haicap.core.people.PersonId.of("P-1"),
                org.haicap.core.people.PostId.class, org.haicap.core.people.PostId.of("POST-1"),
                org.haicap.core.people.AppointmentId.class, org.haicap.core.people.AppointmentId.of("A-1"),
                org.haicap.core.party.PartyOrganisationId.class, org.haicap.core.party.PartyOrganisationId.of("ORG-1"),
                org.haicap.core.party.CommitteeId.class, org.haicap.core.party.CommitteeId.of("C-1"),
                org.haicap.core.party.CongressId.class, org.haicap.core.party.CongressId.of("DH-1"),
                org.haicap.core.party.SealId.class, org.haicap.core.party.SealId.of("D-1"),
                org.haicap.core.party.Term.class, org.haicap.core.party.Term.of(2025, 2030)));
        samples.putAll(Map.of(org.haicap.core.ids.CitizenId.class, org.haicap.core.ids.CitizenId.of("001090012345"),
                org.haicap.core.ids.TaxCode.class, org.haicap.core.ids.TaxCode.of("0100109106"),
                org.haicap.core.ids.MobileNumber.class, org.haicap.core.ids.MobileNumber.of("0912345678"),
                org.haicap.core.ids.DocumentNumber.class, org.haicap.core.ids.DocumentNumber.parse("12/2025/QĐ-UBND"),
                org.haicap.core.procedures.ProcedureCode.class, org.haicap.core.procedures.ProcedureCode.of("1.001234"),
                org.haicap.core.ids.DossierCode.class,
                org.haicap.core.ids.DossierCode.parse("H26.UBND-250701-0000123")));
        for (StringForm<?> form : ValueTypes.STRING_FORMS) {
            assertTrue(samples.containsKey(form.type()), "a sample for " + form.type());
            assertEquals(samples.get(form.type()), roundTrip(form, samples.get(form.type())));
        }
    }

    private static <T> Object roundTrip(StringForm<T> form, Object value) {
        return form.parse().apply(form.format().apply(form.type().cast(value)));
    }

    @Test
    void malformedCodesGiveBothLanguages() {
        HaicapValueException e = assertThrows(HaicapValueException.class,
                () -> MAPPER.readValue("\"1\"", ProvinceCode.class));
        assertEquals(ReadProblem.Reason.INVALID_VALUE, e.reason());
        assertTrue(e.vietnamese().contains("2 chữ số"), e.vietnamese());
        assertTrue(e.english().contains("2 digits"), e.english());
        assertThrows(HaicapValueException.class, () -> MAPPER.readValue("79", ProvinceCode.class));
    }

    @Test
    void datesAreStrictIso() {
        assertThrows(HaicapValueException.class, () -> MAPPER.readValue("\"2025-7-1\"", LocalDate.class));
        assertThrows(HaicapValueException.class, () -> MAPPER.readValue("\"2025-02-29\"", LocalDate.class));
        assertThrows(HaicapValueException.class, () -> MAPPER.readValue("1751328000000", LocalDate.class));
    }

    @Test
    void optionalsAreEmptyWhenAbsentOrNullAndNotWritten() throws IOException {
        ObjectMapper strict = HaicapJson.newMapper();
        assertEquals(new WithOptional("a", Optional.empty(), Optional.empty()),
                strict.readValue("{\"name\":\"a\",\"until\":null}", WithOptional.class));
        WithOptional full = new WithOptional("a", Optional.of(LocalDate.of(2030, 1, 1)), Optional.of(UnitCode.of("00004")));
        String json = strict.writeValueAsString(full);
        assertEquals("{\"name\":\"a\",\"until\":\"2030-01-01\",\"unit\":\"00004\"}", json);
        assertEquals(full, strict.readValue(json, WithOptional.class));
        assertEquals("{\"name\":\"a\"}",
                strict.writeValueAsString(new WithOptional("a", Optional.empty(), Optional.empty())));
        assertEquals(Optional.of("x"), MAPPER.readValue("\"x\"", new TypeReference<Optional<String>>() { }));
    }

    @Test
    void recordComponentsAreRequiredUnlessOptional() throws IOException {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue("{\"until\":\"2030-01-01\"}", WithOptional.class));
        assertTrue(e.getOriginalMessage().contains("'name'"), e.getOriginalMessage());
        Bean b = MAPPER.readValue("{\"a\":\"x\"}", Bean.class);
        assertEquals(0, b.b);
    }

    @Test
    void textIsNfcInAndOutAndNulIsRefused() throws IOException {
        String nfd = Normalizer.normalize("Đồng Nai", Normalizer.Form.NFD);
        assertEquals("Đồng Nai", MAPPER.readValue("\"" + nfd + "\"", String.class));
        assertEquals(Map.of("Đồng Nai", "Đồng Nai"),
                MAPPER.readValue("{\"" + nfd + "\":\"" + nfd + "\"}", new TypeReference<Map<String, String>>() { }));
        assertEquals(List.of("Đồng Nai"), MAPPER.readValue("[\"" + nfd + "\"]", new TypeReference<List<String>>() { }));
        assertEquals("\"Đồng Nai\"", MAPPER.writeValueAsString(nfd));
        HaicapValueException nul = assertThrows(HaicapValueException.class,
                () -> MAPPER.readValue("\"a\\u0000\"", String.class));
        assertEquals(ReadProblem.Reason.CONTROL_CHARACTER, nul.reason());
    }
}
