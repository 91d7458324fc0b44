package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.function.Function;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.InvalidCodeException;

/**
 * A value type written in JSON as one string, such as a date {@code "2025-07-14"} or a unit code
 * {@code "00004"}: how to parse it, how to format it, and what is expected, in both languages,
 * for the problem when the text does not parse. The JSON token must be a string: a number is
 * refused, so that a code never loses its leading zeros on the way.
 *
 * @param <T> the value type
 * @param type the class
 * @param parse text (already NFC) to value; throws {@link IllegalArgumentException} or
 *     {@link DateTimeException} for bad text
 * @param format value to text; {@code parse(format(v))} equals {@code v}
 * @param expectedVietnamese what the text should look like, in Vietnamese
 * @param expectedEnglish what the text should look like, in English
 */
record StringForm<T>(Class<T> type, Function<String, ? extends T> parse, Function<? super T, String> format,
        String expectedVietnamese, String expectedEnglish) {

    StringForm {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(expectedVietnamese, "expectedVietnamese");
        Objects.requireNonNull(expectedEnglish, "expectedEnglish");
    }

    Deserializer<T> deserializer() {
        return new Deserializer<>(this);
    }

    Serializer<T> serializer() {
        return new Serializer<>(this);
    }

    /** Reads the string form. */
    static final class Deserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient StringForm<T> form;

        Deserializer(StringForm<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                String got = p.currentToken() == null ? "" : p.getText();
                throw new HaicapValueException(p, ReadProblem.Reason.INVALID_VALUE,
                        "cần một chuỗi JSON: " + form.expectedVietnamese(),
                        "expected a JSON string: " + form.expectedEnglish(), got, form.type());
            }
            String text = VietnameseText.nfc(p.getText());
            try {
                return form.parse().apply(text);
            } catch (InvalidCodeException e) {
                throw new HaicapValueException(p, ReadProblem.Reason.INVALID_VALUE,
                        e.kind().vietnamese(), e.kind().english(), text, form.type());
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new HaicapValueException(p, ReadProblem.Reason.INVALID_VALUE,
                        "cần " + form.expectedVietnamese(), "expected " + form.expectedEnglish(), text, form.type());
            }
        }
    }

    /** Writes the string form. */
    static final class Serializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient StringForm<T> form;

        Serializer(StringForm<T> form) {
            super(form.type());
            this.form = form;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(form.format().apply(value));
        }
    }
}
