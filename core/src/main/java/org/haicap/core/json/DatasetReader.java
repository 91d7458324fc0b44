package org.haicap.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.dataset.DatasetInfo;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadProblem.Reason;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.io.Sources;

/**
 * Reads a dataset document (đọc tài liệu bộ dữ liệu) in the haicap interchange format:
 * <pre>{@code
 * {"format": "haicap-dataset", "version": "1.0", "info": {...},
 *  "units": ["00004", ...], "people": [...], "posts": [...], "appointments": [...],
 *  "organisations": [...], "committees": [...], "congresses": [...], "seals": [...],
 *  "procedures": [...], "servicePoints": [...]}
 * }</pre>
 *
 * <p>The document is walked with Jackson's streaming parser and each record of each section is
 * bound on its own, so one bad record becomes a {@link ReadProblem} (its line and column, its JSON
 * path such as {@code $.people[3].fullName}, its id when it can be read, the reason in both
 * languages) and the records after it are still read. Per section and in total,
 * {@code read == accepted + refused}.
 *
 * <p>The document as a whole is refused with a {@link DatasetFormatException} when it is not a
 * haicap dataset: not well-formed UTF-8 or JSON (a syntax error leaves nothing after it that can be
 * trusted), another {@code format}, a major {@code version} other than 1, a missing or invalid
 * {@code info}, a section that is not an array, or a member this version does not know while
 * unknown fields are refused. Any 1.x version is read; with {@link UnknownFields#IGNORE} members a
 * newer minor version adds are skipped (sections) or ignored (record fields).
 *
 * <p>The document is streamed, never held whole: its bytes (after decompression) are decoded as
 * strict UTF-8 while they arrive and each record is bound as soon as it is complete, so memory is
 * the dataset being built plus about one record. The inflated bytes are counted against
 * {@link HaicapJson.Limits#maxDocumentLength()} (128 MiB by default) while they are read: a longer
 * document is refused with {@link ReadProblem.Reason#DOCUMENT_TOO_LONG} as soon as the limit is
 * passed, naming the file and the limit, whatever the size of the compressed file. Streams of
 * dossiers and payments are read with {@link JsonLinesReader} instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetReader {
    /** The value of the {@code format} member. */
    public static final String FORMAT = "haicap-dataset";
    /** The version this library writes; it reads every 1.x version. */
    public static final String VERSION = "1.0";

    /** How much of a record's line before the record is kept to locate its problems, in chars. */
    private static final long LONG_LINE = 64 * 1024;

    private final HaicapJson.Limits limits;
    private final UnknownFields unknownFields;
    private final JsonFactory factory;
    private final JsonMapper mapper;

    private DatasetReader(HaicapJson.Limits limits, UnknownFields unknownFields) {
        this.limits = limits;
        this.unknownFields = unknownFields;
        this.mapper = HaicapJson.newMapper(limits, unknownFields);
        this.factory = mapper.getFactory();
    }

    /**
     * A reader with the default limits that refuses unknown fields.
     *
     * @return the reader
     */
    public static DatasetReader create() {
        return new DatasetReader(HaicapJson.Limits.DEFAULT, UnknownFields.REFUSE);
    }

    /**
     * The same reader with another policy for unknown sections and fields.
     *
     * @param policy refuse (the default) or ignore
     * @return a new reader
     */
    public DatasetReader withUnknownFields(UnknownFields policy) {
        return new DatasetReader(limits, Objects.requireNonNull(policy, "policy"));
    }

    /**
     * The same reader with other limits.
     *
     * @param newLimits the limits
     * @return a new reader
     */
    public DatasetReader withLimits(HaicapJson.Limits newLimits) {
        return new DatasetReader(Objects.requireNonNull(newLimits, "newLimits"), unknownFields);
    }

    /**
     * What reading a dataset document gave: the dataset of the accepted records, the counts per
     * section (in document order) and in total, and the problems in document order. Immutable.
     *
     * @param dataset the accepted records
     * @param sections the counts per section name, such as {@code "people"}
     * @param total the sum of the section counts
     * @param problems one per refused record
     */
    public record Result(Dataset dataset, Map<String, ReadSummary> sections, ReadSummary total,
            List<ReadProblem> problems) {
        /** Copies the collections and checks that the problems and the counts agree. */
        public Result {
            Objects.requireNonNull(dataset, "dataset");
            sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
            Objects.requireNonNull(total, "total");
            problems = List.copyOf(problems);
            if (problems.size() != total.refused()) {
                throw new IllegalArgumentException("problems " + problems.size() + " != refused " + total.refused());
            }
        }

        /** Whether every record was accepted. */
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads a file, gzip-compressed or not; the source name in locations is the file name.
     *
     * @param file the document
     * @return the dataset, counts and problems
     * @throws IOException if the file cannot be read
     * @throws DatasetFormatException if the document is not a haicap dataset
     */
    public Result read(Path file) throws IOException {
        try (InputStream in = Sources.open(file)) {
            return read(in, Sources.nameOf(file));
        }
    }

    /**
     * Reads a stream to its end (and does not close it).
     *
     * @param in the document
     * @param source the name used in locations
     * @return the dataset, counts and problems
     * @throws IOException if the stream fails
     * @throws DatasetFormatException if the document is not a haicap dataset
     */
    public Result read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        SourceLocation.of(source, 1, 1);
        return new Run(source, new DocumentText(in, source, limits.maxDocumentLength())).read();
    }

    /** The state of one reading. */
    private final class Run {
        private final String source;
        private final DocumentText text;
        private final Map<String, List<Object>> records = new LinkedHashMap<>();
        private final Map<String, ReadSummary> summaries = new LinkedHashMap<>();
        private final List<ReadProblem> problems = new ArrayList<>();
        private Optional<DatasetInfo> info = Optional.empty();
        private boolean format;
        private boolean version;
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        Run(String source, DocumentText text) {
            this.source = source;
            this.text = text;
        }

        Result read() throws IOException {
            // The outer parser leaves duplicate keys to the strict parser of each value (see element).
            try (JsonParser p = factory.createParser(text)) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                try {
                    return document(p);
                } catch (DatasetFormatException e) {
                    throw e;
                } catch (JacksonException e) {
                    throw new DatasetFormatException(problem(e, p, "", Optional.empty()));
                }
            }
        }

        private Result document(JsonParser p) throws IOException {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw refuse(p, Reason.NOT_AN_OBJECT, "tài liệu bộ dữ liệu phải là một đối tượng JSON {...}",
                        "a dataset document is a JSON object {...}", "$");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                member(p, name);
            }
            if (p.nextToken() != null) {
                throw refuse(p, Reason.MALFORMED_JSON, "có thêm dữ liệu sau tài liệu", "more content after the document",
                        "$");
            }
            if (!format || !version) {
                throw new DatasetFormatException(ReadProblem.of(SourceLocation.of(source, 1, 1).withPath(
                        format ? "$.version" : "$.format"), Reason.MISSING_FIELD,
                        "thiếu \"format\": \"" + FORMAT + "\" hoặc \"version\"",
                        "\"format\": \"" + FORMAT + "\" or \"version\" is missing", ""));
            }
            if (info.isEmpty()) {
                throw new DatasetFormatException(ReadProblem.of(SourceLocation.of(source, 1, 1).withPath("$.info"),
                        Reason.MISSING_FIELD, "thiếu \"info\"", "\"info\" is missing", ""));
            }
            Dataset.Builder b = Dataset.builder(info.get());
            ReadSummary total = ReadSummary.EMPTY;
            Map<String, ReadSummary> counts = new LinkedHashMap<>();
            for (DatasetSections.Section<?> s : DatasetSections.ALL) {
                add(b, s);
                ReadSummary one = summaries.getOrDefault(s.name(), ReadSummary.EMPTY);
                counts.put(s.name(), one);
                total = total.plus(one);
            }
            return new Result(b.build(), counts, total, problems);
        }

        @SuppressWarnings("unchecked")
        private <T> void add(Dataset.Builder b, DatasetSections.Section<T> s) {
            List<Object> list = records.get(s.name());
            if (list != null) {
                s.add().accept(b, (List<T>) (List<?>) list);
            }
        }

        private void member(JsonParser p, String name) throws IOException {
            if (!seen.add(name)) {
                throw refuse(p, Reason.DUPLICATE_KEY, "khóa \"" + name + "\" xuất hiện hai lần",
                        "key \"" + name + "\" appears twice", "$." + name);
            }
            switch (name) {
                case "format" -> {
                    if (!p.hasToken(JsonToken.VALUE_STRING) || !FORMAT.equals(p.getText())) {
                        throw refuse(p, Reason.INVALID_VALUE, "không phải bộ dữ liệu haicap, cần \"format\": \""
                                + FORMAT + "\"", "not a haicap dataset: expected \"format\": \"" + FORMAT + "\"",
                                "$.format");
                    }
                    format = true;
                }
                case "version" -> {
                    if (!p.hasToken(JsonToken.VALUE_STRING) || !p.getText().matches("1\\.(0|[1-9][0-9]{0,3})")) {
                        throw refuse(p, Reason.INVALID_VALUE, "phiên bản không được hỗ trợ, thư viện này đọc 1.x",
                                "unsupported version: this library reads 1.x", "$.version");
                    }
                    version = true;
                }
                case "info" -> {
                    Object value = element(p, mapper.readerFor(DatasetInfo.class), "$.info", "");
                    if (value instanceof ReadProblem problem) {
                        throw new DatasetFormatException(problem);
                    }
                    info = Optional.of((DatasetInfo) value);
                }
                default -> {
                    Optional<DatasetSections.Section<?>> section = DatasetSections.ALL.stream()
                            .filter(s -> s.name().equals(name)).findFirst();
                    if (section.isPresent()) {
                        section(p, section.get());
                    } else if (unknownFields == UnknownFields.IGNORE) {
                        p.skipChildren();
                    } else {
                        throw refuse(p, Reason.UNKNOWN_FIELD, "phần \"" + name + "\" không có trong định dạng "
                                + FORMAT + " " + VERSION, "section \"" + name + "\" is not part of " + FORMAT + " "
                                + VERSION + "; known: format, version, info, " + DatasetSections.ALL.stream()
                                .map(DatasetSections.Section::name).toList(), "$." + name);
                    }
                }
            }
        }

        private void section(JsonParser p, DatasetSections.Section<?> s) throws IOException {
            if (!p.hasToken(JsonToken.START_ARRAY)) {
                throw refuse(p, Reason.INVALID_VALUE, "phần \"" + s.name() + "\" phải là một mảng [...]",
                        "section \"" + s.name() + "\" must be an array [...]", "$." + s.name());
            }
            ObjectReader reader = mapper.readerFor(s.type());
            List<Object> list = records.computeIfAbsent(s.name(), k -> new ArrayList<>());
            ReadSummary.Counter counter = ReadSummary.counter();
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
                Object value = element(p, reader, "$." + s.name() + "[" + index + "]", s.idField());
                if (value instanceof ReadProblem problem) {
                    problems.add(problem);
                    counter.refused(problem.reason());
                } else {
                    list.add(value);
                    counter.accepted();
                }
            }
            summaries.put(s.name(), counter.summary());
        }

        /**
         * Binds the value at the parser's current token, or returns the problem. The outer parser,
         * which does not look for duplicate keys, only finds where the value ends (a syntax error
         * there refuses the document); the value's own text is then parsed by a strict parser
         * and bound, so that a duplicate key or a bad field refuses this value alone.
         */
        private Object element(JsonParser p, ObjectReader reader, String path, String idField) throws IOException {
            JsonLocation startLoc = p.currentTokenLocation();
            long start = startLoc.getCharOffset();
            // What came before this record's line is no longer needed (a very long line is cut).
            text.keepFrom(Math.max(start - LONG_LINE, start - Math.max(0, startLoc.getColumnNr() - 1L)));
            try {
                return bind(p, reader, path, idField, startLoc, start);
            } finally {
                text.release();
            }
        }

        private Object bind(JsonParser p, ObjectReader reader, String path, String idField, JsonLocation startLoc,
                long start) throws IOException {
            p.skipChildren();
            p.finishToken(); // a string's end is known only once it is read
            long end = Math.min(text.end(), p.currentLocation().getCharOffset());
            String own = text.text(start, end);
            try (JsonParser q = factory.createParser(own)) {
                try {
                    Object value = reader.readValue(q);
                    if (value == null) {
                        return ReadProblem.of(locateIndex(startLoc, start, start).withPath(path), Reason.MISSING_FIELD,
                                "giá trị null không phải một bản ghi", "null is not a record", own);
                    }
                    return value;
                } catch (JacksonException e) {
                    JsonLocation loc = e.getLocation() != null && e.getLocation().getCharOffset() >= 0
                            ? e.getLocation() : q.currentLocation();
                    int rel = (int) Math.max(0, Math.min(own.length(), loc.getCharOffset()));
                    int from = Math.max(0, rel - 60);
                    int to = Math.min(own.length(), rel + 60);
                    ReadProblem raw = JsonProblems.of(e, q, own.substring(from, to), SourceLocation.of(source, 1, 1),
                            from);
                    String relPath = raw.location().path().orElse("$");
                    SourceLocation at = locateIndex(startLoc, start, start + rel).withPath(path + relPath.substring(1));
                    if (!idField.isEmpty()) {
                        Optional<String> id = JsonProblems.recordId(factory, own, idField);
                        if (id.isPresent()) {
                            at = at.withRecordId(id.get());
                        }
                    }
                    return new ReadProblem(at, raw.reason(), raw.vietnamese(), raw.english(), raw.excerpt());
                }
            }
        }

        /** The line and code-point column of {@code index}, counting from a known location. */
        private SourceLocation locateIndex(JsonLocation known, long knownIndex, long index) {
            long line = Math.max(1, known.getLineNr());
            long lineStart = knownIndex - Math.max(0, known.getColumnNr() - 1L);
            for (long i = Math.max(knownIndex, text.start()); i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return SourceLocation.of(source, line, column(lineStart, index));
        }

        /**
         * The code-point column of {@code index} on the line that starts at {@code lineStart}. The
         * part of a line before the text still held (only on lines longer than {@link #LONG_LINE})
         * is counted in UTF-16 units.
         */
        private long column(long lineStart, long index) {
            long before = Math.max(0, Math.min(index, text.start()) - lineStart);
            return before + text.codePoints(Math.max(lineStart, text.start()), index) + 1L;
        }

        private DatasetFormatException refuse(JsonParser p, Reason reason, String vi, String en, String path) {
            JsonLocation loc = p.currentTokenLocation();
            return new DatasetFormatException(ReadProblem.of(locate(loc).withPath(path), reason, vi, en,
                    excerpt(loc)));
        }

        /** The problem for a failure, located in the document by line and code-point column. */
        private ReadProblem problem(JacksonException e, JsonParser p, String fallbackPath, Optional<String> id) {
            JsonLocation loc = e.getLocation() != null && e.getLocation().getCharOffset() >= 0 ? e.getLocation()
                    : p.currentLocation();
            long index = Math.max(text.start(), Math.min(text.end(), loc.getCharOffset()));
            long from = Math.max(text.start(), index - 60);
            long to = Math.min(text.end(), index + 60);
            ReadProblem raw = JsonProblems.of(e, p, text.text(from, to), SourceLocation.of(source, 1, 1), from);
            SourceLocation at = locate(loc);
            Optional<String> path = raw.location().path().isPresent() ? raw.location().path()
                    : fallbackPath.isEmpty() ? Optional.empty() : Optional.of(fallbackPath);
            if (path.isPresent()) {
                at = at.withPath(path.get());
            }
            if (id.isPresent()) {
                at = at.withRecordId(id.get());
            }
            return new ReadProblem(at, raw.reason(), raw.vietnamese(), raw.english(), raw.excerpt());
        }

        private SourceLocation locate(JsonLocation loc) {
            long line = Math.max(1, loc.getLineNr());
            long offset = loc.getCharOffset();
            if (offset < 0 || loc.getColumnNr() < 1) {
                return SourceLocation.of(source, line, 1);
            }
            long index = Math.min(text.end(), offset);
            long lineStart = Math.max(0, index - (loc.getColumnNr() - 1L));
            return SourceLocation.of(source, line, column(lineStart, index));
        }

        private String excerpt(JsonLocation loc) {
            long index = Math.max(text.start(), Math.min(text.end(), loc.getCharOffset()));
            return text.text(index, index + 40);
        }
    }
}
