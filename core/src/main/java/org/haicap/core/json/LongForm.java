package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.haicap.core.io.ReadProblem;

/**
 * A value type written in JSON as one integer, such as an amount of money in đồng: how to make
 * it from a {@code long} and back. The JSON token must be an integer: {@code 1.5},
 * {@code "15"} and integers beyond the {@code long} range are refused.
 *
 * @param <T> the value type
 * @param type the class
 * @param fromLong makes the value; throws {@link IllegalArgumentException} for a bad number
 * @param toLong the number of a value
 * @param expectedVietnamese what the number should be, in Vietnamese
 * @param expectedEnglish what the number should be, in English
 */
record LongForm<T>(Class<T> type, LongFunction<? extends T> fromLong, ToLongFunction<? super T> toLong,
        String expectedVietnamese, String expectedEnglish) {

    LongForm {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromLong, "fromLong");
        Objects.requireNonNull(toLong, "toLong");
        Objects.requireNonNull(expectedVietnamese, "expectedVietnamese");
        Objects.requireNonNull(expectedEnglish, "expectedEnglish");
    }

    Deserializer<T> deserializer() {
        return new Deserializer<>(this);
    }

    Serializer<T> serializer() {
        return new Serializer<>(this);
    }

    /** Reads the integer form. */
    static final class Deserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient LongForm<T> form;

        Deserializer(LongForm<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                String got = p.currentToken() == null ? "" : p.getText();
                throw new HaicapValueException(p, ReadProblem.Reason.INVALID_VALUE,
                        "cần một số nguyên JSON: " + form.expectedVietnamese(),
                        "expected a JSON integer: " + form.expectedEnglish(), got, form.type());
            }
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new HaicapValueException(p, ReadProblem.Reason.INVALID_VALUE,
                        "số vượt quá phạm vi: " + form.expectedVietnamese(),
                        "number out of range: " + form.expectedEnglish(), p.getText(), form.type());
            }
            long n = p.getLongValue();
            try {
                return form.fromLong().apply(n);
            } catch (IllegalArgumentException e) {
                throw new HaicapValueException(p, ReadProblem.Reason.INVALID_VALUE,
                        "cần " + form.expectedVietnamese(), "expected " + form.expectedEnglish(), n, form.type());
            }
        }
    }

    /** Writes the integer form. */
    static final class Serializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient LongForm<T> form;

        Serializer(LongForm<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(form.toLong().applyAsLong(value));
        }
    }
}
