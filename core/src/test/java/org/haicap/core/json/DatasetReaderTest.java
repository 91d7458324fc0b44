package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.people.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    private static final String HEAD = "{\n\"format\": \"haicap-dataset\",\n\"version\": \"1.0\",\n"
            + "\"info\": {\"name\": \"t\", \"asOf\": \"2025-07-15\"},\n";

    private static DatasetReader.Result read(String text) throws IOException {
        return read(DatasetReader.create(), text);
    }

    private static DatasetReader.Result read(DatasetReader reader, String text) throws IOException {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.json");
    }

    private static void reconciles(DatasetReader.Result r) {
        assertEquals(r.total().read(), r.total().accepted() + r.total().refused());
        assertEquals(r.problems().size(), r.total().refused());
        assertEquals(r.total(), r.sections().values().stream().reduce(ReadSummary.EMPTY, ReadSummary::plus));
    }

    private static DatasetFormatException refused(String text) {
        return assertThrows(DatasetFormatException.class, () -> read(text));
    }

    @Test
    void readsWhatTheWriterWrites() throws IOException {
        DatasetReader.Result r = read(DatasetWriterTest.SMALL_TEXT);
        assertEquals(DatasetWriterTest.SMALL, r.dataset());
        assertTrue(r.clean());
        assertEquals(3, r.total().accepted());
        assertEquals(2, r.sections().get("units").read());
        reconciles(r);
    }

    @Test
    void aBadRecordIsRefusedWithItsLinePathAndIdAndTheOthersAreRead() throws IOException {
        String text = HEAD + "\"people\": [\n"
                + "{\"id\": \"P-1\", \"fullName\": \"An\"},\n"
                + "{\"id\": \"P-2\", \"fullName\": 5},\n"
                + "{\"id\": \"P-3\"},\n"
                + "{\"id\": \"P-4\", \"fullName\": \"Bình\"}\n],\n"
                + "\"units\": [\"00004\", \"4\", \"00008\"]\n}";
        DatasetReader.Result r = read(text);
        assertEquals(PersonId.of("P-4"), r.dataset().people().get(1).id());
        assertEquals(2, r.dataset().units().size());
        ReadSummary people = r.sections().get("people");
        assertEquals(4, people.read());
        assertEquals(2, people.accepted());
        assertEquals(1, people.refused(Reason.INVALID_VALUE));
        assertEquals(1, people.refused(Reason.MISSING_FIELD));
        assertEquals(1, r.sections().get("units").refused());
        reconciles(r);

        ReadProblem wrongType = r.problems().get(0);
        assertEquals(Reason.INVALID_VALUE, wrongType.reason());
        assertEquals(Optional.of("$.people[1].fullName"), wrongType.location().path());
        assertEquals(Optional.of("P-2"), wrongType.location().recordId());
        assertEquals(7, wrongType.location().line());
        assertEquals(27, wrongType.location().column());

        ReadProblem missing = r.problems().get(1);
        assertEquals(Reason.MISSING_FIELD, missing.reason());
        assertEquals(Optional.of("$.people[2].fullName"), missing.location().path());
        assertEquals(Optional.of("P-3"), missing.location().recordId());
        assertEquals(8, missing.location().line());

        ReadProblem unit = r.problems().get(2);
        assertEquals(Optional.of("$.units[1]"), unit.location().path());
        assertEquals(11, unit.location().line());
        assertEquals(20, unit.location().column());
    }

    @Test
    void aRecordFailingItsOwnChecksIsInvalidValue() throws IOException {
        DatasetReader.Result r = read(HEAD + "\"posts\": [{\"id\": \"X\", \"unit\": \"00004\", \"role\": \"SECRETARY\","
                + " \"seats\": 0}]}");
        assertEquals(1, r.total().refused(Reason.INVALID_VALUE));
        assertEquals(Optional.of("X"), r.problems().get(0).location().recordId());
        assertTrue(r.problems().get(0).english().contains("seats"), r.problems().get(0).english());
        reconciles(r);
    }

    @Test
    void aDuplicateKeyInARecordRefusesThatRecordOnly() throws IOException {
        DatasetReader.Result r = read(HEAD + "\"people\": [{\"id\": \"P-1\", \"fullName\": \"A\", \"fullName\": \"B\"},"
                + " {\"id\": \"P-2\", \"fullName\": \"C\"}]}");
        assertEquals(1, r.total().refused(Reason.DUPLICATE_KEY));
        assertEquals(1, r.dataset().people().size());
        assertEquals(PersonId.of("P-2"), r.dataset().people().get(0).id());
        reconciles(r);
    }

    @Test
    void anUnknownFieldIsRefusedOrIgnoredByPolicy() throws IOException {
        String text = HEAD + "\"people\": [{\"id\": \"P-1\", \"fullName\": \"A\", \"nickname\": \"x\"}]}";
        DatasetReader.Result refused = read(text);
        assertEquals(1, refused.total().refused(Reason.UNKNOWN_FIELD));
        assertEquals(Optional.of("$.people[0].nickname"), refused.problems().get(0).location().path());
        reconciles(refused);
        DatasetReader.Result ignored = read(DatasetReader.create().withUnknownFields(UnknownFields.IGNORE), text);
        assertEquals(1, ignored.total().accepted());
    }

    @Test
    void anUnknownSectionRefusesTheDocumentUnlessIgnored() throws IOException {
        String text = HEAD + "\"vehicles\": [{\"id\": 1}], \"units\": [\"00004\"]}";
        DatasetFormatException e = refused(text);
        assertEquals(Reason.UNKNOWN_FIELD, e.problem().reason());
        assertEquals(Optional.of("$.vehicles"), e.problem().location().path());
        DatasetReader.Result r = read(DatasetReader.create().withUnknownFields(UnknownFields.IGNORE), text);
        assertEquals(1, r.dataset().units().size());
    }

    @Test
    void anotherFormatOrVersionIsRefusedClearly() {
        DatasetFormatException version = refused(HEAD.replace("1.0", "2.0") + "\"units\": []}");
        assertEquals(Reason.INVALID_VALUE, version.problem().reason());
        assertEquals(Optional.of("$.version"), version.problem().location().path());
        assertEquals(3, version.problem().location().line());
        assertTrue(version.problem().english().contains("1.x"));
        DatasetFormatException format = refused(HEAD.replace("haicap-dataset", "geojson"));
        assertEquals(Optional.of("$.format"), format.problem().location().path());
        assertEquals(Reason.MISSING_FIELD, refused("{\"format\": \"haicap-dataset\", \"units\": []}")
                .problem().reason());
        assertEquals(Reason.MISSING_FIELD, refused("{\"format\": \"haicap-dataset\", \"version\": \"1.0\"}")
                .problem().reason());
        assertEquals(Reason.NOT_AN_OBJECT, refused("[]").problem().reason());
    }

    @Test
    void aNullRecordIsAProblemAndANullInfoRefusesTheDocument() throws IOException {
        DatasetReader.Result r = read(HEAD + "\"people\": [null, {\"id\": \"P-2\", \"fullName\": \"C\"}]}");
        assertEquals(1, r.total().refused(Reason.MISSING_FIELD));
        assertEquals(Optional.of("$.people[0]"), r.problems().get(0).location().path());
        assertEquals(1, r.dataset().people().size());
        reconciles(r);
        assertEquals(Reason.MISSING_FIELD, refused(HEAD.replace("{\"name\": \"t\", \"asOf\": \"2025-07-15\"}", "null")
                + "\"units\": []}").problem().reason());
    }

    @Test
    void aNewerMinorVersionIsRead() throws IOException {
        assertTrue(read(HEAD.replace("1.0", "1.3") + "\"units\": []}").clean());
    }

    @Test
    void decomposedTextReadsAsComposed() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        DatasetReader.Result r = read(HEAD + "\"people\": [{\"id\": \"P-1\", \"fullName\": \"" + nfd + "\"}]}");
        assertEquals("Nguyễn Thị Ánh", r.dataset().people().get(0).fullName());
    }

    @Test
    void invalidUtf8RefusesTheDocumentAtItsPosition() {
        byte[] head = (HEAD + "\"people\": [{\"id\": \"P-1\", \"fullName\": \"A").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.write(0xC0);
        out.write(0xAF);
        out.writeBytes("\"}]}".getBytes(StandardCharsets.UTF_8));
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> DatasetReader.create().read(new ByteArrayInputStream(out.toByteArray()), "d.json"));
        assertEquals(Reason.INVALID_UTF8, e.problem().reason());
        assertEquals(5, e.problem().location().line());
        assertEquals(40, e.problem().location().column());
        assertTrue(e.problem().english().contains("byte offset " + head.length), e.problem().english());
    }

    @Test
    void aSyntaxErrorRefusesTheDocument() {
        DatasetFormatException e = refused(HEAD + "\"people\": [{\"id\": \"P-1\" \"fullName\": \"A\"}]}");
        assertEquals(Reason.MALFORMED_JSON, e.problem().reason());
        assertEquals(5, e.problem().location().line());
    }

    @Test
    void aSectionThatIsNotAnArrayRefusesTheDocument() {
        assertEquals(Optional.of("$.people"), refused(HEAD + "\"people\": {}}").problem().location().path());
    }

    @Test
    void readsAGzippedFileByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hanoi.json.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            DatasetWriter.write(DatasetWriterTest.SMALL, gz);
        }
        assertEquals(DatasetWriterTest.SMALL, DatasetReader.create().read(file).dataset());
    }
}
