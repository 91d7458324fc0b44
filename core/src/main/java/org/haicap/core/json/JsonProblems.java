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
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.units.InvalidCodeException;

/** Turns Jackson's exceptions for one line of text into a {@link ReadProblem}. */
final class JsonProblems {

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

        if (cause instanceof StreamConstraintsException c) {
            return ReadProblem.of(at, limit(c, p), detail, detail, excerpt);
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
        if (e instanceof MismatchedInputException && isTrailing(e, p)) {
            return ReadProblem.of(at, Reason.MALFORMED_JSON, "có thêm dữ liệu sau đối tượng JSON",
                    "more content after the JSON object", excerpt);
        }
        Optional<String> missing = e instanceof MismatchedInputException m ? missingField(m, p) : Optional.empty();
        if (missing.isPresent()) {
            String name = missing.get();
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
        int duplicate = duplicateName(p, text, index);
        if (duplicate >= 0) {
            // Jackson reports the position after the name; point at the name itself.
            at = at.atColumn(text.codePointCount(0, duplicate) + 1L);
            String name = currentName(p);
            return ReadProblem.of(at, Reason.DUPLICATE_KEY, "khóa \"" + name + "\" xuất hiện hai lần trong một đối tượng",
                    "key \"" + name + "\" appears twice in one object", excerpt);
        }
        if (isNul(text, index)) {
            return ReadProblem.of(at, Reason.CONTROL_CHARACTER, "ký tự NUL chưa được thoát trong JSON",
                    "unescaped NUL character in JSON", excerpt);
        }
        return ReadProblem.of(at, Reason.MALFORMED_JSON, "cú pháp JSON sai", detail, excerpt);
    }

    /**
     * Which read limit {@code c} reports: from its type when haicap's {@link ReadLimits} threw it;
     * otherwise (a parser with other constraints) from the parser's state, which is only decisive
     * for nesting: deeper than the parser's limit.
     */
    private static Reason limit(StreamConstraintsException c, JsonParser p) {
        if (c instanceof ReadLimits.Exceeded x) {
            return x.reason();
        }
        JsonStreamContext context = p.getParsingContext();
        return context != null && context.getNestingDepth() > p.streamReadConstraints().getMaxNestingDepth()
                ? Reason.NESTING_TOO_DEEP : Reason.DOCUMENT_TOO_LONG;
    }

    /**
     * Whether a mismatch is a token after the whole value (FAIL_ON_TRAILING_TOKENS): it is not
     * inside the value (no mapping path) and the parser is on a second value at the root.
     */
    private static boolean isTrailing(JacksonException e, JsonParser p) {
        if (hasMappingPath(e)) {
            return false;
        }
        JsonStreamContext root = p.getParsingContext();
        while (root != null && root.getParent() != null) {
            root = root.getParent();
        }
        return root != null && root.getCurrentIndex() >= 1;
    }

    /**
     * The name of the field a mismatch says is missing or null, if it says so. That is when the
     * mapping path ends at a field and either the parser has just closed the object that should
     * have held it (a missing or null creator property, found when the object ends: the parser
     * is then one level above that object, at depth = path length - 1), or the parser is on a
     * {@code null} for a primitive (FAIL_ON_NULL_FOR_PRIMITIVES), or Jackson says so by type
     * ({@link InvalidNullException}).
     */
    private static Optional<String> missingField(MismatchedInputException m, JsonParser p) {
        if (m instanceof InvalidNullException n && n.getPropertyName() != null) {
            return Optional.of(n.getPropertyName().getSimpleName());
        }
        if (m.getClass() != MismatchedInputException.class) {
            return Optional.empty();
        }
        List<JsonMappingException.Reference> refs = m.getPath();
        if (refs.isEmpty() || refs.get(refs.size() - 1).getFieldName() == null) {
            return Optional.empty();
        }
        String name = refs.get(refs.size() - 1).getFieldName();
        JsonToken token = p.currentToken();
        JsonStreamContext context = p.getParsingContext();
        if (token == JsonToken.END_OBJECT && context != null && context.getNestingDepth() == refs.size() - 1) {
            return Optional.of(name);
        }
        Class<?> target = m.getTargetType();
        if (token == JsonToken.VALUE_NULL && target != null && target.isPrimitive()) {
            return Optional.of(name);
        }
        return Optional.empty();
    }

    private static final Pattern NAME_BEFORE = Pattern.compile(",\\s*(\"(?:[^\"\\\\]|\\\\.)*\")$");

    /**
     * Where the duplicate name starts in {@code text}, or -1 when the syntax error at
     * {@code index} is not a duplicate key. With STRICT_DUPLICATE_DETECTION, Jackson refuses a name
     * when it is set as the object's current name, before the token becomes FIELD_NAME: the
     * parser then has the new name but is still on the previous value, and the text just before
     * the error is {@code , "name"}.
     */
    private static int duplicateName(JsonParser p, String text, int index) {
        JsonStreamContext context = p.getParsingContext();
        String name = currentName(p);
        if (context == null || !context.inObject() || name == null || p.currentToken() == JsonToken.FIELD_NAME
                || p.currentToken() == JsonToken.START_OBJECT) {
            return -1;
        }
        Matcher m = NAME_BEFORE.matcher(text.substring(0, Math.min(index, text.length())));
        if (!m.find() || !name.equals(unquote(m.group(1)))) {
            return -1;
        }
        return m.start(1);
    }

    /** The string value of a JSON string literal, or null if it is not one. */
    private static String unquote(String literal) {
        if (literal.indexOf('\\') < 0) {
            return literal.substring(1, literal.length() - 1);
        }
        try (JsonParser q = PLAIN.createParser(literal)) {
            return q.nextToken() == JsonToken.VALUE_STRING ? q.getText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final JsonFactory PLAIN = new JsonFactory();

    private static String currentName(JsonParser p) {
        try {
            return p.currentName();
        } catch (IOException e) {
            return null; // a parser over text in memory does no I/O here
        }
    }

    /** Whether the character at the error, or the one just before it, is a raw NUL (never valid JSON). */
    private static boolean isNul(String text, int index) {
        return index < text.length() && text.charAt(index) == '\0'
                || index > 0 && index <= text.length() && text.charAt(index - 1) == '\0';
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
