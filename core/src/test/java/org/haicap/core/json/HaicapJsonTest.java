package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HaicapJsonTest {

    @Test
    void defaultLimits() {
        HaicapJson.Limits l = HaicapJson.Limits.DEFAULT;
        assertEquals(64, l.maxNestingDepth());
        assertEquals(1_000_000, l.maxStringLength());
        assertEquals(40, l.maxNumberLength());
        assertEquals(1_000, l.maxNameLength());
        assertEquals(128L << 20, l.maxDocumentLength());
        assertThrows(IllegalArgumentException.class, () -> new HaicapJson.Limits(0, 1, 1, 1, 1));
        StreamReadConstraints c = HaicapJson.newFactory(l).streamReadConstraints();
        assertEquals(64, c.getMaxNestingDepth());
        assertEquals(40, c.getMaxNumberLength());
    }

    @Test
    void neverChangesJacksonsGlobalDefaults() {
        HaicapJson.newMapper();
        StreamReadConstraints global = new JsonFactory().streamReadConstraints();
        assertEquals(StreamReadConstraints.DEFAULT_MAX_DEPTH, global.getMaxNestingDepth());
        assertEquals(StreamReadConstraints.DEFAULT_MAX_NUM_LEN, global.getMaxNumberLength());
    }

    @Test
    void eachMapperBelongsToItsCaller() {
        assertNotSame(HaicapJson.newMapper(), HaicapJson.newMapper());
    }

    @Test
    void duplicateKeysAreRefusedEverywhere() {
        ObjectMapper m = HaicapJson.newMapper();
        assertThrows(JsonParseException.class, () -> m.readTree("{\"a\":1,\"a\":2}"));
        assertThrows(JsonParseException.class,
                () -> m.readValue("{\"a\":1,\"b\":{\"c\":1,\"c\":1}}", Map.class));
    }

    @Test
    void unknownFieldPolicy() throws IOException {
        String json = "{\"name\":\"a\",\"extra\":1}";
        assertThrows(UnrecognizedPropertyException.class,
                () -> HaicapJson.readerFor(HaicapModuleTest.WithOptional.class).readValue(json));
        JsonMapper lenient = HaicapJson.newMapper(HaicapJson.Limits.DEFAULT, UnknownFields.IGNORE);
        assertEquals("a", lenient.readValue(json, HaicapModuleTest.WithOptional.class).name());
    }

    @Test
    void limitsApply() {
        ObjectMapper m = HaicapJson.newMapper();
        assertThrows(StreamConstraintsException.class, () -> m.readTree("[".repeat(65) + "]".repeat(65)));
        assertThrows(StreamConstraintsException.class, () -> m.readTree("1" + "0".repeat(40)));
        ObjectMapper small = HaicapJson.newMapper(new HaicapJson.Limits(64, 10, 40, 5, 100), UnknownFields.REFUSE);
        assertThrows(StreamConstraintsException.class, () -> small.readTree("\"" + "x".repeat(11) + "\""));
        assertThrows(StreamConstraintsException.class, () -> small.readTree("{\"abcdef\":1}"));
        assertThrows(StreamConstraintsException.class, () -> small.readTree("[" + "1,".repeat(60) + "1]"));
    }

    @Test
    void strictScalarsAndOneValuePerDocument() throws IOException {
        ObjectMapper m = HaicapJson.newMapper();
        assertThrows(MismatchedInputException.class, () -> m.readValue("\"5\"", long.class));
        assertThrows(MismatchedInputException.class, () -> m.readValue("5.5", long.class));
        assertThrows(MismatchedInputException.class, () -> m.readValue("{} {}", Map.class));
        assertThrows(JsonParseException.class, () -> m.readTree("NaN"));
        assertEquals(new BigDecimal("0.1"), m.readValue("0.1", Object.class));
        assertThrows(MismatchedInputException.class, () -> m.readValue("1", boolean.class));
        assertThrows(MismatchedInputException.class, () -> m.readValue("\"true\"", boolean.class));
        assertThrows(MismatchedInputException.class, () -> m.readValue("5", String.class));
        assertThrows(MismatchedInputException.class, () -> m.readValue("true", String.class));
    }

    @Test
    void duplicatesAreFoundEvenInsideIgnoredFields() {
        JsonMapper lenient = HaicapJson.newMapper(HaicapJson.Limits.DEFAULT, UnknownFields.IGNORE);
        assertThrows(JsonParseException.class, () -> lenient.readValue(
                "{\"name\":\"a\",\"extra\":{\"x\":1,\"x\":2}}", HaicapModuleTest.WithOptional.class));
    }

    @Test
    void errorMessagesDoNotQuoteLongInput() {
        ObjectMapper m = HaicapJson.newMapper();
        JsonParseException e = assertThrows(JsonParseException.class, () -> m.readTree("tru" + "e".repeat(500)));
        assertTrue(e.getOriginalMessage().length() < 200, e.getOriginalMessage());
    }

    @Test
    void sharedWriterWritesCompactNfc() throws IOException {
        assertEquals("{\"a\":\"Hà Nội\"}", HaicapJson.writer().writeValueAsString(Map.of("a", "Ha\u0300 Nô\u0323i")));
    }
}
