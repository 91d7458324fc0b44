package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.ids.CitizenId;
import org.haicap.core.people.Person;
import org.haicap.core.people.PersonId;
import org.haicap.core.units.ProvinceCode;
import org.haicap.core.units.UnitCode;
import org.junit.jupiter.api.Test;

class DatasetWriterTest {
    static final Dataset SMALL = Dataset.builder(DatasetInfo.of("hanoi-2025-07-15", LocalDate.of(2025, 7, 15))
                    .withProvince(ProvinceCode.of("01")))
            .units(List.of(UnitCode.of("00004"), UnitCode.of("00008")))
            .people(List.of(Person.of(PersonId.of("P-1"), "Nguyễn Văn An").withCitizenId(CitizenId.of("001090012345"))))
            .build();

    static final String SMALL_TEXT = """
            {
              "format": "haicap-dataset",
              "version": "1.0",
              "info": {
                "name": "hanoi-2025-07-15",
                "asOf": "2025-07-15",
                "province": "01"
              },
              "units": [
                "00004",
                "00008"
              ],
              "people": [
                {
                  "id": "P-1",
                  "fullName": "Nguyễn Văn An",
                  "citizenId": "001090012345"
                }
              ],
              "posts": [],
              "appointments": [],
              "organisations": [],
              "committees": [],
              "congresses": [],
              "seals": [],
              "procedures": [],
              "servicePoints": []
            }
            """;

    @Test
    void writesAFixedPrettyPrintedShapeWithLineFeeds() {
        byte[] bytes = DatasetWriter.toBytes(SMALL);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(SMALL_TEXT, text);
        assertFalse(text.contains("\r"));
        assertFalse(text.startsWith("\uFEFF"));
    }

    @Test
    void theSameDatasetGivesTheSameBytes() {
        assertArrayEquals(DatasetWriter.toBytes(SMALL), DatasetWriter.toBytes(SMALL.toBuilder().build()));
    }
}
