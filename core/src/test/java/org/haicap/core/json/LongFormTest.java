package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The integer form that money in đồng will use, tried on a stand-in type. */
class LongFormTest {
    record Dong(long value) {
        Dong {
            if (value < 0) {
                throw new IllegalArgumentException("âm / negative");
            }
        }
    }

    private static final LongForm<Dong> FORM = new LongForm<>(Dong.class, Dong::new, Dong::value,
            "số tiền nguyên bằng đồng, không âm", "a whole, non-negative amount in đồng");

    private static final ObjectMapper MAPPER = HaicapJson.newMapper()
            .registerModule(new SimpleModule().addDeserializer(Dong.class, FORM.deserializer())
                    .addSerializer(Dong.class, FORM.serializer()));

    @Test
    void integersOnly() throws IOException {
        assertEquals(new Dong(50000), MAPPER.readValue("50000", Dong.class));
        assertEquals("50000", MAPPER.writeValueAsString(new Dong(50000)));
        for (String bad : new String[] {"50000.5", "\"50000\"", "true", "99999999999999999999", "-1"}) {
            HaicapValueException e = assertThrows(HaicapValueException.class, () -> MAPPER.readValue(bad, Dong.class), bad);
            assertEquals(org.haicap.core.io.ReadProblem.Reason.INVALID_VALUE, e.reason());
        }
    }
}
