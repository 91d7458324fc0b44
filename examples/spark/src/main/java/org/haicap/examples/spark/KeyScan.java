package org.haicap.examples.spark;

import org.haicap.validation.pass.StreamKind;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.haicap.core.text.VietnameseText;

/**
 * Finds a line's duplicate key without binding the record: a streaming scan of the top-level
 * {@code "code"} (dossiers) or {@code "reference"} (payments) field, normalised as the binding
 * normalises it (dossier code: {@link VietnameseText#nfc}; reference: NFC, then stripped). When
 * the scan cannot be sure (the field is not a string, appears twice, or the line is not
 * well-formed JSON), it says so and the caller binds the line. A key only routes the line to a
 * partition: equal keys of accepted rows must meet, and a payment's key leaves out the channel,
 * which only puts more lines together. Stateless and thread-safe.
 */
final class KeyScan {
    /** The scan could not tell; bind the line to find out. */
    static final String UNKNOWN = null;
    /** The line has no duplicate key (the field is absent or null). */
    static final String NONE = "";

    private static final JsonFactory FACTORY = new JsonFactory();

    private KeyScan() {
    }

    /** The key, {@link #NONE}, or {@link #UNKNOWN}. */
    static String key(StreamKind kind, String line) {
        String field = kind == StreamKind.DOSSIERS ? "code" : "reference";
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return NONE;
            }
            String found = null;
            boolean seen = false;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals(name)) {
                    if (seen) {
                        return UNKNOWN;
                    }
                    seen = true;
                    if (value == JsonToken.VALUE_STRING) {
                        found = p.getText();
                    } else if (value != JsonToken.VALUE_NULL) {
                        return UNKNOWN;
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return UNKNOWN;
            }
            if (found == null) {
                return NONE;
            }
            String v = VietnameseText.nfc(found);
            return kind == StreamKind.DOSSIERS ? v : v.strip();
        } catch (JacksonException e) {
            return UNKNOWN;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
