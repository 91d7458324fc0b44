package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * The reason of a read problem does not depend on the wording of Jackson's messages: each failure
 * is classified once as Jackson throws it and once rebuilt with the same type, path, location and
 * parser, but a different message; both give the same reason, location and path.
 */
class JsonProblemsTest {
    private static final String OTHER = "ein ganz anderer Wortlaut";
    private static final SourceLocation LINE = SourceLocation.of("rows.jsonl", 7, 1);
    private static final JsonMapper MAPPER = HaicapJson.newMapper(new HaicapJson.Limits(5, 50, 10, 20, 10_000),
            UnknownFields.REFUSE);
    private static final ObjectReader READER = MAPPER.readerFor(Row.class);
    private static final String REST = "\"in\":{\"s\":\"x\",\"n\":1},\"list\":[],\"any\":1";

    record Inner(String s, long n) {
    }

    record Row(String a, int b, Inner in, List<Inner> list, Object any) {
    }

    /** A failure as Jackson throws it, and the parser it was thrown from (left where it stopped). */
    private record Failure(String text, JacksonException e, JsonParser p) {
        ReadProblem problem(JacksonException x) {
            return JsonProblems.of(x, p, text, LINE);
        }
    }

    private static Failure fail(String text) throws IOException {
        JsonParser p = MAPPER.getFactory().createParser(text);
        JacksonException e = assertThrows(JacksonException.class, () -> READER.readValue(p));
        return new Failure(text, e, p);
    }

    private static void assertSame(ReadProblem expected, ReadProblem actual) {
        assertEquals(expected.reason(), actual.reason());
        assertEquals(expected.location(), actual.location());
    }

    private static JacksonException innermost(JacksonException e) {
        Throwable t = e;
        JacksonException found = e;
        while (t != null) {
            if (t instanceof JacksonException j) {
                found = j;
            }
            t = t.getCause();
        }
        return found;
    }

    /** {@code e}'s path, put on {@code x}. */
    private static JsonMappingException withPath(JsonMappingException x, JacksonException e) {
        List<JsonMappingException.Reference> refs = ((JsonMappingException) e).getPath();
        for (int i = refs.size() - 1; i >= 0; i--) {
            x.prependPath(refs.get(i));
        }
        return x;
    }

    @Test
    void trailingTokenIsKnownFromTheParserNotTheMessage() throws IOException {
        Failure f = fail("{\"a\":\"x\",\"b\":1," + REST + "} {}");
        ReadProblem jackson = f.problem(f.e());
        assertEquals(Reason.MALFORMED_JSON, jackson.reason());
        assertEquals("$", jackson.location().path().orElseThrow());
        assertEquals(56, jackson.location().column()); // the trailing "{"
        assertSame(jackson, f.problem(MismatchedInputException.from(f.p(), Row.class, OTHER)));
    }

    @Test
    void aMessageThatOnceMeantTrailingTokensNoLongerDecides() throws IOException {
        Failure f = fail("[1]");
        ReadProblem reworded = f.problem(MismatchedInputException.from(f.p(), Row.class,
                "Trailing token (of type START_ARRAY) found after value"));
        assertEquals(Reason.INVALID_VALUE, reworded.reason());
        assertEquals(f.problem(f.e()).location(), reworded.location());
    }

    @Test
    void missingAndNullFieldsAreKnownFromPathAndParser() throws IOException {
        String[][] cases = {
            {"{\"b\":1," + REST + "}", "$.a"},
            {"{\"a\":null,\"b\":1," + REST + "}", "$.a"},
            {"{\"a\":\"x\",\"b\":null," + REST + "}", "$.b"},
            {"{\"a\":\"x\",\"b\":1,\"in\":{\"s\":\"x\"},\"list\":[],\"any\":1}", "$.in.n"},
            {"{\"a\":\"x\",\"b\":1,\"in\":{\"s\":\"x\",\"n\":1},\"list\":[{\"s\":\"y\"}],\"any\":1}", "$.list[0].n"},
            {"{\"a\":\"x\",\"b\":1,\"in\":null,\"list\":[],\"any\":1}", "$.in"},
        };
        for (String[] c : cases) {
            Failure f = fail(c[0]);
            ReadProblem jackson = f.problem(f.e());
            assertEquals(Reason.MISSING_FIELD, jackson.reason(), c[0]);
            assertEquals(c[1], jackson.location().path().orElseThrow(), c[0]);
            MismatchedInputException m = (MismatchedInputException) f.e();
            JsonMappingException reworded = withPath(MismatchedInputException.from(f.p(), m.getTargetType(), OTHER),
                    f.e());
            assertSame(jackson, f.problem(reworded));
        }
    }

    @Test
    void aWrongValueWithTheWordingOfAMissingFieldIsStillAWrongValue() throws IOException {
        Failure f = fail("{\"a\":{},\"b\":1," + REST + "}");
        ReadProblem jackson = f.problem(f.e());
        assertEquals(Reason.INVALID_VALUE, jackson.reason());
        JsonMappingException reworded = withPath(MismatchedInputException.from(f.p(), String.class,
                "Missing required creator property 'a' (index 0)"), f.e());
        assertEquals(Reason.INVALID_VALUE, f.problem(reworded).reason());
    }

    @Test
    void duplicateKeysAreKnownFromTheParserAndTheText() throws IOException {
        Failure f = fail("{\"a\":\"x\",\"b\":1,\"a\":\"y\"," + REST + "}");
        ReadProblem jackson = f.problem(f.e());
        assertEquals(Reason.DUPLICATE_KEY, jackson.reason());
        assertEquals(16, jackson.location().column());
        assertEquals("$.a", jackson.location().path().orElseThrow());
        JsonParseException cause = (JsonParseException) innermost(f.e());
        assertSame(jackson, f.problem(new JsonParseException(f.p(), OTHER, cause.getLocation())));
    }

    @Test
    void aDuplicateWrittenWithAnEscapeIsStillADuplicate() throws IOException {
        Failure f = fail("{\"a\":\"x\",\"b\":1,\"in\":{\"s\":\"x\",\"n\":1,\"\\u006e\":2},\"list\":[],\"any\":1}");
        ReadProblem jackson = f.problem(f.e());
        assertEquals(Reason.DUPLICATE_KEY, jackson.reason());
        assertEquals(36, jackson.location().column()); // the escaped name, not the first "n"
    }

    @Test
    void aSyntaxErrorAfterAValueIsNotADuplicate() throws IOException {
        Failure f = fail("{\"a\":\"x\" \"a\":1}");
        JsonParseException cause = (JsonParseException) innermost(f.e());
        ReadProblem reworded = f.problem(new JsonParseException(f.p(), "Duplicate field 'a'", cause.getLocation()));
        assertEquals(Reason.MALFORMED_JSON, reworded.reason());
    }

    @Test
    void aNulIsKnownFromTheText() throws IOException {
        for (String text : new String[] {"{\"a\":\"x\u0000\",\"b\":1," + REST + "}",
            "{\u0000\"a\":\"x\",\"b\":1," + REST + "}"}) {
            Failure f = fail(text);
            ReadProblem jackson = f.problem(f.e());
            assertEquals(Reason.CONTROL_CHARACTER, jackson.reason());
            JsonParseException cause = (JsonParseException) innermost(f.e());
            assertSame(jackson, f.problem(new JsonParseException(f.p(), OTHER, cause.getLocation())));
        }
    }

    @Test
    void limitsAreKnownFromTheExceptionType() throws IOException {
        Object[][] cases = {
            {"{\"a\":\"x\",\"b\":1," + REST.replace("\"any\":1", "\"any\":[[[[[1]]]]]") + "}",
                Reason.NESTING_TOO_DEEP},
            {"{\"a\":\"x\",\"b\":12345678901234," + REST + "}", Reason.NUMBER_TOO_LONG},
            {"{\"a\":\"x\",\"b\":1," + REST.replace("\"any\":1", "\"any\":1.23456789012345") + "}",
                Reason.NUMBER_TOO_LONG},
            {"{\"a\":\"" + "x".repeat(60) + "\",\"b\":1," + REST + "}", Reason.STRING_TOO_LONG},
            {"{\"" + "x".repeat(30) + "\":1}", Reason.STRING_TOO_LONG},
        };
        for (Object[] c : cases) {
            Failure f = fail((String) c[0]);
            ReadLimits.Exceeded x = assertInstanceOf(ReadLimits.Exceeded.class, innermost(f.e()));
            assertEquals(c[1], x.reason());
            ReadProblem jackson = f.problem(f.e());
            assertEquals(c[1], jackson.reason());
            ReadProblem reworded = f.problem(new ReadLimits.Exceeded(x.reason(), OTHER, x.getLocation()));
            assertEquals(jackson.reason(), reworded.reason());
        }
    }

    @Test
    void aPlainConstraintMessageDoesNotDecideTheLimit() throws IOException {
        Failure f = fail("{\"a\":\"x\",\"b\":1," + REST.replace("\"any\":1", "\"any\":[[[[[1]]]]]") + "}");
        assertEquals(Reason.NESTING_TOO_DEEP, f.problem(new StreamConstraintsException(OTHER)).reason());
        Failure shallow = fail("{\"a\":\"x\",\"b\":12345678901234," + REST + "}");
        assertEquals(Reason.DOCUMENT_TOO_LONG, shallow.problem(new StreamConstraintsException(
                "Document nesting depth (6) exceeds the maximum allowed (5)")).reason());
    }

    @Test
    void readLimitsKeepJacksonsLimitsAndMessages() {
        StreamReadConstraints base = StreamReadConstraints.builder().maxNestingDepth(3).maxDocumentLength(100)
                .maxNumberLength(4).maxStringLength(5).maxNameLength(6).maxTokenCount(7).build();
        ReadLimits limits = new ReadLimits(base);
        assertEquals(3, limits.getMaxNestingDepth());
        assertEquals(100, limits.getMaxDocumentLength());
        assertEquals(4, limits.getMaxNumberLength());
        assertEquals(5, limits.getMaxStringLength());
        assertEquals(6, limits.getMaxNameLength());
        assertEquals(7, limits.getMaxTokenCount());
        assertReason(Reason.NESTING_TOO_DEEP, () -> limits.validateNestingDepth(4),
                () -> base.validateNestingDepth(4));
        assertReason(Reason.DOCUMENT_TOO_LONG, () -> limits.validateDocumentLength(101),
                () -> base.validateDocumentLength(101));
        assertReason(Reason.DOCUMENT_TOO_LONG, () -> limits.validateTokenCount(8), () -> base.validateTokenCount(8));
        assertReason(Reason.NUMBER_TOO_LONG, () -> limits.validateIntegerLength(5),
                () -> base.validateIntegerLength(5));
        assertReason(Reason.NUMBER_TOO_LONG, () -> limits.validateFPLength(5), () -> base.validateFPLength(5));
        assertReason(Reason.NUMBER_TOO_LONG, () -> limits.validateBigIntegerScale(1_000_000),
                () -> base.validateBigIntegerScale(1_000_000));
        assertReason(Reason.STRING_TOO_LONG, () -> limits.validateStringLength(6),
                () -> base.validateStringLength(6));
        assertReason(Reason.STRING_TOO_LONG, () -> limits.validateNameLength(7), () -> base.validateNameLength(7));
    }

    @Test
    void haicapFactoriesUseReadLimits() {
        assertInstanceOf(ReadLimits.class, HaicapJson.newFactory(HaicapJson.Limits.DEFAULT).streamReadConstraints());
    }

    private interface Check {
        void run() throws StreamConstraintsException;
    }

    private static void assertReason(Reason reason, Check ours, Check jacksons) {
        ReadLimits.Exceeded x = assertThrows(ReadLimits.Exceeded.class, ours::run);
        StreamConstraintsException j = assertThrows(StreamConstraintsException.class, jacksons::run);
        assertFalse(j instanceof ReadLimits.Exceeded);
        assertEquals(reason, x.reason());
        assertEquals(j.getOriginalMessage(), x.getOriginalMessage());
    }
}
