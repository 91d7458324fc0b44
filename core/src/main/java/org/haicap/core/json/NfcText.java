package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.text.VietnameseText;

/** Text in and out of JSON: always NFC, and never a NUL character. */
final class NfcText {
    private NfcText() {
    }

    static String check(JsonParser p, String text) throws IOException {
        if (text.indexOf('\u0000') >= 0) {
            throw new HaicapValueException(p, ReadProblem.Reason.CONTROL_CHARACTER,
                    "chuỗi chứa ký tự NUL (\\u0000)", "the string contains a NUL character (\\u0000)", text, String.class);
        }
        return VietnameseText.nfc(text);
    }

    /** Reads strings as Jackson does, then normalises them to NFC and refuses NUL. */
    static final class Deserializer extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            return s == null ? null : check(p, s);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Normalises map keys to NFC. */
    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return check(ctxt.getParser(), key);
        }
    }

    /** Writes strings in NFC. */
    static final class Serializer extends StdScalarSerializer<String> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(VietnameseText.nfc(value));
        }

        @Override
        public boolean isEmpty(SerializerProvider prov, String value) {
            return value.isEmpty();
        }
    }
}
