package org.haicap.core.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.haicap.core.SerializationRoundTrip;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final DatasetInfo INFO = DatasetInfo.of("test", LocalDate.of(2025, 7, 15));

    @Test
    void keepsEveryRecordInOrderIncludingRepeatedIds() {
        Person a = Person.of(PersonId.of("p1"), "Nguyễn Văn A");
        Person b = Person.of(PersonId.of("p1"), "Trần Thị B");
        Dataset d = Dataset.builder(INFO).people(List.of(a, b)).units(List.of(UnitCode.of("00004"))).build();
        assertEquals(List.of(a, b), d.people());
        assertEquals(a, d.person(PersonId.of("p1")).orElseThrow());
        assertTrue(d.person(PersonId.of("p2")).isEmpty());
        assertTrue(d.coversUnit(UnitCode.of("00004")));
        assertFalse(d.coversUnit(UnitCode.of("00008")));
        assertEquals(2, d.counts().get("people"));
    }

    @Test
    void refusesNullRecords() {
        assertThrows(NullPointerException.class,
                () -> Dataset.builder(INFO).people(Arrays.asList((Person) null)).build());
    }

    @Test
    void toStringHasNoPersonalData() {
        Dataset d = Dataset.builder(INFO).people(List.of(Person.of(PersonId.of("p1"), "Nguyễn Văn A"))).build();
        assertFalse(d.toString().contains("Nguyễn"));
        assertTrue(d.toString().contains("test"));
    }

    @Test
    void equalDatasetsAndACopyThroughTheBuilder() {
        Dataset d = Dataset.builder(INFO).people(List.of(Person.of(PersonId.of("p1"), "Nguyễn Văn A"))).build();
        assertEquals(d, d.toBuilder().build());
        assertEquals(d.hashCode(), d.toBuilder().build().hashCode());
        Dataset back = SerializationRoundTrip.roundTrip(d);
        assertEquals(d, back);
        assertEquals("Nguyễn Văn A", back.person(PersonId.of("p1")).orElseThrow().fullName());
    }

    @Test
    void infoChecksItsName() {
        assertThrows(IllegalArgumentException.class, () -> DatasetInfo.of("  ", LocalDate.of(2025, 7, 1)));
        assertEquals("Hà Nội", DatasetInfo.of("Ha\u0300 Nội", LocalDate.of(2025, 7, 1)).name());
    }
}
