package org.haicap.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.units.InvalidCodeException;

/** Turns Jackson's exceptions for one line of text into a {@link ReadProblem}. */
final class JsonProblems {
    private static final Pattern PROPERTY = Pattern.compile("property '([^']*)'");

    private JsonProblems() {
    }

    /**
     * The problem for {@code e}, thrown while reading {@code text} (one line) with {@code p}.
     *
     * @throws IllegalStateException if the target type itself cannot be bound (a programming
     *     error, not a data problem)
     */
    static ReadProblem of(JacksonException e, JsonParser p, String text, SourceLocation line) {
        return of(e, p, text, line, 0);
    }

    /**
     * The problem for {@code e}, where {@code text} starts at character offset {@code base} of
     * what {@code p} reads (a window of a larger document).
     */
    static ReadProblem of(JacksonException e, JsonParser p, String text, SourceLocation line, long base) {
        if (e instanceof InvalidDefinitionException) {
            throw new IllegalStateException("kiểu không thể đọc từ JSON / the type cannot be read from JSON: "
                    + e.getOriginalMessage(), e);
        }
        JacksonException cause = innermost(e);
        String path = path(e, p);
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : cause.getLocation();
        if (loc == null || loc.getCharOffset() < 0 && loc.getColumnNr() < 1) {
            loc = p.currentLocation();
        }
        int index = charIndex(loc, text, base);
        long column = text.codePointCount(0, index) + 1L;
        SourceLocation at = line.atColumn(column).withPath(path);
        String excerpt = text.substring(Math.max(0, index - 20), Math.min(text.length(), index + 40));
        String detail = cause.getOriginalMessage().replace(
                "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "");

        if (cause instanceof StreamConstraintsException) {
            String m = detail.toLowerCase(Locale.ROOT);
            Reason reason = m.contains("nesting depth") ? Reason.NESTING_TOO_DEEP
                    : m.contains("number value length") ? Reason.NUMBER_TOO_LONG
                    : m.contains("string value length") || m.contains("name length") ? Reason.STRING_TOO_LONG
                    : Reason.DOCUMENT_TOO_LONG;
            return ReadProblem.of(at, reason, detail, detail, excerpt);
        }
        if (e instanceof HaicapValueException h) {
            return ReadProblem.of(at, h.reason(), fieldVi(path) + h.vietnamese(), fieldEn(path) + h.english(),
                    String.valueOf(h.getValue()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String name = u.getPropertyName();
            return ReadProblem.of(at, Reason.UNKNOWN_FIELD,
                    "trường \"" + name + "\" không có trong " + simpleName(u.getReferringClass()),
                    "field \"" + name + "\" is not a field of " + simpleName(u.getReferringClass())
                            + "; known fields: " + u.getKnownPropertyIds(),
                    excerpt);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable why = v.getCause() == null ? v : v.getCause();
            String vi;
            String en;
            if (why instanceof InvalidCodeException c) {
                vi = c.kind().vietnamese() + ", nhận được \"" + c.value() + "\"";
                en = c.kind().english() + ", got \"" + c.value() + "\"";
            } else {
                vi = String.valueOf(why.getMessage());
                en = vi;
            }
            return ReadProblem.of(at, Reason.INVALID_VALUE,
                    "không tạo được " + simpleName(v.getType().getRawClass()) + ": " + vi,
                    "cannot create " + simpleName(v.getType().getRawClass()) + ": " + en, excerpt);
        }
        if (e instanceof MismatchedInputException && detail.startsWith("Trailing token")) {
            return ReadProblem.of(at, Reason.MALFORMED_JSON, "có thêm dữ liệu sau đối tượng JSON",
                    "more content after the JSON object", excerpt);
        }
        if (e instanceof MismatchedInputException m && isMissing(m.getOriginalMessage())) {
            Matcher matcher = PROPERTY.matcher(m.getOriginalMessage());
            String name = matcher.find() ? matcher.group(1) : path;
            String fieldPath = path.endsWith("." + name) || name.equals(path) ? path : path + "." + name;
            return ReadProblem.of(at.withPath(fieldPath), Reason.MISSING_FIELD,
                    "trường \"" + name + "\" bị thiếu hoặc là null",
                    "field \"" + name + "\" is missing or null", excerpt);
        }
        boolean syntax = cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
        if (!syntax) {
            return ReadProblem.of(at, Reason.INVALID_VALUE, fieldVi(path) + "kiểu hoặc giá trị sai",
                    fieldEn(path) + detail, excerpt);
        }
        if (detail.startsWith("Duplicate field") || detail.startsWith("Duplicate Object property")) {
            // Jackson reports the position after the name; point at the name itself.
            Matcher named = Pattern.compile("'([^']*)'|\"([^\"]*)\"").matcher(detail);
            if (named.find()) {
                String quoted = "\"" + (named.group(1) != null ? named.group(1) : named.group(2)) + "\"";
                int start = text.lastIndexOf(quoted, index);
                if (start >= 0) {
                    at = at.atColumn(text.codePointCount(0, start) + 1L);
                }
            }
            Matcher matcher = Pattern.compile("'([^']*)'|\"([^\"]*)\"").matcher(detail);
            String name = matcher.find() ? (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : "?";
            return ReadProblem.of(at, Reason.DUPLICATE_KEY, "khóa \"" + name + "\" xuất hiện hai lần trong một đối tượng",
                    "key \"" + name + "\" appears twice in one object", excerpt);
        }
        if (detail.contains("code 0)")) {
            return ReadProblem.of(at, Reason.CONTROL_CHARACTER, "ký tự NUL chưa được thoát trong JSON",
                    "unescaped NUL character in JSON", excerpt);
        }
        return ReadProblem.of(at, Reason.MALFORMED_JSON, "cú pháp JSON sai", detail, excerpt);
    }

    private static boolean isMissing(String message) {
        return message.startsWith("Missing required creator property")
                || message.startsWith("Null value for creator property")
                || message.startsWith("Cannot map `null` into type");
    }

    private static JacksonException innermost(JacksonException e) {
        JacksonException found = e;
        Throwable t = e.getCause();
        while (t != null && t != found) {
            if (t instanceof JacksonException j) {
                found = j;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return found;
    }

    private static int charIndex(JsonLocation loc, String text, long base) {
        long i = loc.getCharOffset() < 0 ? -1 : loc.getCharOffset() - base;
        if (i < 0 && loc.getLineNr() <= 1 && loc.getColumnNr() > 0) {
            i = loc.getColumnNr() - 1L;
        }
        if (i < 0) {
            i = 0;
        }
        int index = (int) Math.min(i, text.length());
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            index--;
        }
        return index;
    }

    /** Whether {@link #path} is relative to the value being bound (a mapping path), not to the document. */
    static boolean hasMappingPath(JacksonException e) {
        return e instanceof JsonMappingException m && !m.getPath().isEmpty();
    }

    /**
     * The scalar value of a top-level field of a JSON object's text, if it can be tokenised that
     * far; cut to 40 characters.
     */
    static Optional<String> recordId(JsonFactory factory, String text,
            String field) {
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken t = p.nextToken();
                    t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals(name) && v != null && v.isScalarValue()
                        && v != JsonToken.VALUE_NULL) {
                    String id = p.getText();
                    return Optional.of(id.length() > 40 ? id.substring(0, 40) + "…" : id);
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // The text is broken before the field: no id.
        }
        return Optional.empty();
    }

    /** The JSON path of the failure, from the mapping path or else the parser's context. */
    static String path(JacksonException e, JsonParser p) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder b = new StringBuilder("$");
            List<JsonMappingException.Reference> refs = m.getPath();
            for (JsonMappingException.Reference r : refs) {
                if (r.getFieldName() != null) {
                    appendName(b, r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    b.append('[').append(r.getIndex()).append(']');
                }
            }
            return b.toString();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                StringBuilder one = new StringBuilder();
                appendName(one, c.getCurrentName());
                parts.push(one.toString());
            }
        }
        return "$" + String.join("", parts);
    }

    private static void appendName(StringBuilder b, String name) {
        boolean simple = !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        if (simple) {
            b.append('.').append(name);
        } else {
            b.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    private static String fieldVi(String path) {
        return "$".equals(path) ? "" : "trường " + path + ": ";
    }

    private static String fieldEn(String path) {
        return "$".equals(path) ? "" : "field " + path + ": ";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "?" : type.getSimpleName();
    }
}
