package org.haicap.validation.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.haicap.core.people.HdndChairArrangement;
import org.haicap.core.people.HdndChairSettings;
import org.haicap.core.procedures.DueDateBasis;
import org.haicap.core.units.UnitCode;
import org.haicap.validation.Severity;

/**
 * Rule settings as data (thiết lập quy tắc dạng tệp): the values of {@link RuleParameters} a
 * locality changes, read from and written to a JSON document of format
 * {@value #FORMAT} {@value #VERSION} (docs/validation.md §6.2, schema
 * docs/schema/rule-settings-1.0.schema.json). The services — the unit catalogue, the working-day
 * calendar, the party-fee rules and the fee-basis lookup — are not in the file: they come from
 * the {@link RuleParameters} the file is applied onto, passed in code.
 *
 * <p>Every member is optional; a member left out keeps the base's value, and a member of a
 * group left out ({@code standingCommittee.max}, say) keeps the base's value of that member. A
 * map given ({@code hdndChair.byUnit}, {@code committeeViceChairs.byUnit}, {@code severities})
 * replaces the base's map: the file says all of it.
 * {@link #toJson(RuleParameters)} writes every member, so {@code toJson(RuleParameters.defaults())}
 * is a complete file to edit. A {@code "$comment"} member (a string) is allowed in every
 * object of fixed members and ignored; the maps by unit code and by rule id hold only entries.
 *
 * <p>Reading checks what the builder checks ({@link InvalidParameterException}), refuses unknown
 * members, values of the wrong type, unknown rule ids and unit codes that are malformed or not in
 * the base's catalogue, each with a {@link RuleSettingsException} naming the file, the JSON path
 * and the value. Stateless and thread-safe.
 */
public final class RuleSettings {

    /** The {@code format} member of a settings file. */
    public static final String FORMAT = "haicap-rule-settings";
    /** The {@code version} member of a settings file this library reads. */
    public static final String VERSION = "1.0";

    static final String COMMENT = "$comment";
    static final List<String> TOP = List.of("format", "version", "description", "hdndChair", "committeeViceChairs",
            "provinceViceChairAverage", "overQuotaToleranceEnd", "executiveCommitteeCaps", "standingCommittee",
            "minimumFullMembers", "basicCommitteeThreshold", "secretaryGracePeriod", "timelinessDueDate",
            "severities", "cellCommittee", "unpaidFeeMonths", "staffing");
    static final List<String> HDND_CHAIR = List.of("default", "byUnit");
    static final List<String> VICE_CHAIRS = List.of("default", "byUnit");
    static final List<String> AVERAGE = List.of("average", "from");
    static final List<String> CAPS = List.of("small", "large", "largeFromMerged");
    static final List<String> STANDING = List.of("min", "max");
    static final List<String> CELL = List.of("threshold", "max");
    static final List<String> STAFFING = List.of("executiveCommitteeMinimum", "councilStandingOutsideCommittee",
            "countPartlyMergedCommunes");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RuleSettings() {
    }

    /**
     * Reads a settings file onto {@link RuleParameters#defaults()}.
     *
     * @throws RuleSettingsException if the file is missing, unreadable or not a valid settings file
     */
    public static RuleParameters read(Path file) {
        return read(file, RuleParameters.defaults());
    }

    /**
     * Reads a settings file onto {@code base}: the members present replace the base's values; the
     * services (catalogue, calendar, fee rules, fee bases) and every member left out stay the base's.
     *
     * @throws RuleSettingsException if the file is missing, unreadable or not a valid settings file
     */
    public static RuleParameters read(Path file, RuleParameters base) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(base, "base");
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RuleSettingsException(name, "", "", "không có tệp này", "no such file");
        } catch (IOException e) {
            throw new RuleSettingsException(name, "", "", "không đọc được tệp (" + e.getMessage() + ")",
                    "cannot read the file (" + e.getMessage() + ")");
        }
        return parse(bytes, name, base);
    }

    /**
     * Reads a settings document given as text onto {@code base}.
     *
     * @param json the document
     * @param source what to call it in messages (a file name, say)
     * @param base the parameters the document is applied onto
     * @throws RuleSettingsException if the document is not a valid settings document
     */
    public static RuleParameters parse(String json, String source, RuleParameters base) {
        return parse(json.getBytes(StandardCharsets.UTF_8), source, base);
    }

    private static RuleParameters parse(byte[] bytes, String source, RuleParameters base) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(base, "base");
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String at = loc == null ? "" : "dòng/line " + loc.getLineNr() + ", cột/column " + loc.getColumnNr();
            String why = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new RuleSettingsException(source, at, "", "JSON không hợp lệ (" + why + ")",
                    "malformed JSON (" + why + ")");
        } catch (IOException e) {
            throw new RuleSettingsException(source, "", "", "không đọc được (" + e.getMessage() + ")",
                    "cannot read (" + e.getMessage() + ")");
        }
        return new Reader(source, base).apply(root);
    }

    /** The settings of {@code parameters} as a JSON document of every member (pretty-printed, UTF-8 safe). */
    public static String toJson(RuleParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode chair = root.putObject("hdndChair");
        chair.put("default", parameters.hdndChair().defaultArrangement().name());
        ObjectNode chairBy = chair.putObject("byUnit");
        new TreeMap<>(parameters.hdndChair().byUnit()).forEach((u, a) -> chairBy.put(u.value(), a.name()));
        ObjectNode vice = root.putObject("committeeViceChairs");
        vice.put("default", parameters.committeeViceChairsDefault());
        ObjectNode viceBy = vice.putObject("byUnit");
        new TreeMap<>(parameters.committeeViceChairsByUnit()).forEach((u, n) -> viceBy.put(u.value(), n));
        ObjectNode avg = root.putObject("provinceViceChairAverage");
        avg.put("average", parameters.provinceViceChairAverage());
        avg.put("from", parameters.provinceViceChairAverageFrom().toString());
        root.put("overQuotaToleranceEnd", parameters.overQuotaToleranceEnd().toString());
        ObjectNode caps = root.putObject("executiveCommitteeCaps");
        caps.put("small", parameters.executiveCommitteeCapSmall());
        caps.put("large", parameters.executiveCommitteeCapLarge());
        caps.put("largeFromMerged", parameters.executiveCommitteeLargeFromMerged());
        ObjectNode standing = root.putObject("standingCommittee");
        standing.put("min", parameters.standingCommitteeMin());
        standing.put("max", parameters.standingCommitteeMax());
        root.put("minimumFullMembers", parameters.minimumFullMembers());
        root.put("basicCommitteeThreshold", parameters.basicCommitteeThreshold());
        root.put("secretaryGracePeriod", parameters.secretaryGracePeriod().toString());
        root.put("timelinessDueDate", parameters.timelinessDueDate().name());
        ObjectNode sev = root.putObject("severities");
        new TreeMap<>(parameters.severityOverrides()).forEach((id, s) -> sev.put(id, s.name()));
        ObjectNode cell = root.putObject("cellCommittee");
        cell.put("threshold", parameters.cellCommitteeThreshold());
        cell.put("max", parameters.cellCommitteeMax());
        root.put("unpaidFeeMonths", parameters.unpaidFeeMonths());
        ObjectNode staffing = root.putObject("staffing");
        staffing.put("executiveCommitteeMinimum", parameters.staffing().executiveCommitteeMinimum());
        staffing.put("councilStandingOutsideCommittee", parameters.staffing().councilStandingOutsideCommittee());
        staffing.put("countPartlyMergedCommunes", parameters.staffing().countPartlyMergedCommunes());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #toJson(RuleParameters)} to {@code file} in UTF-8.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(RuleParameters parameters, Path file) {
        try {
            Files.writeString(file, toJson(parameters), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": không ghi được tệp / cannot write the file: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ reading

    private static final class Reader {
        private final String source;
        private final RuleParameters base;

        Reader(String source, RuleParameters base) {
            this.source = source;
            this.base = base;
        }

        RuleSettingsException error(String path, JsonNode value, String vi, String en) {
            return new RuleSettingsException(source, path, shown(value), vi, en);
        }

        static String shown(JsonNode value) {
            if (value == null) {
                return "";
            }
            String s = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
            s = s.replaceAll("\\p{Cntrl}", "?");
            return s.length() > 60 ? s.substring(0, 57) + "…" : s;
        }

        /** Runs a builder call, turning its range check into an error at {@code path}. */
        <T> T checked(String path, JsonNode value, java.util.function.Supplier<T> call) {
            try {
                return call.get();
            } catch (InvalidParameterException e) {
                throw new RuleSettingsException(source, path, shown(value), e);
            }
        }

        void members(String path, JsonNode node, List<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String n = it.next();
                if (!n.equals(COMMENT) && !known.contains(n)) {
                    throw error(path + "." + n, null, "trường không rõ \"" + n + "\" (có: " + String.join(", ", known) + ")",
                            "unknown member \"" + n + "\" (known: " + String.join(", ", known) + ")");
                }
            }
        }

        JsonNode object(String path, JsonNode node, List<String> known) {
            if (!node.isObject()) {
                throw error(path, node, "cần một đối tượng JSON", "expected a JSON object");
            }
            members(path, node, known);
            return node;
        }

        int integer(String path, JsonNode node) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error(path, node, "cần một số nguyên", "expected an integer");
            }
            return node.intValue();
        }

        int integer(String path, JsonNode parent, String member, int otherwise) {
            JsonNode n = parent.get(member);
            return n == null ? otherwise : integer(path + "." + member, n);
        }

        boolean bool(String path, JsonNode parent, String member, boolean otherwise) {
            JsonNode n = parent.get(member);
            if (n == null) {
                return otherwise;
            }
            if (!n.isBoolean()) {
                throw error(path + "." + member, n, "cần true hoặc false", "expected true or false");
            }
            return n.booleanValue();
        }

        String text(String path, JsonNode node) {
            if (!node.isTextual()) {
                throw error(path, node, "cần một chuỗi", "expected a string");
            }
            return node.textValue();
        }

        LocalDate date(String path, JsonNode node) {
            String s = text(path, node);
            try {
                if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw new DateTimeParseException("not yyyy-MM-dd", s, 0);
                }
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error(path, node, "ngày không hợp lệ (cần yyyy-MM-dd)", "not a valid date (expected yyyy-MM-dd)");
            }
        }

        <E extends Enum<E>> E constant(String path, JsonNode node, Class<E> type) {
            String s = text(path, node);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            StringBuilder names = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ").append(e.name());
            }
            throw error(path, node, "giá trị không rõ (cần một trong " + names + ")",
                    "unknown value (expected one of " + names + ")");
        }

        UnitCode unit(String path, String key) {
            JsonNode shown = JsonNodeFactory.instance.textNode(key);
            if (!UnitCode.isWellFormed(key)) {
                throw error(path, shown, "mã đơn vị không hợp lệ (cần 5 chữ số)", "not a unit code (expected 5 digits)");
            }
            UnitCode code = UnitCode.of(key);
            if (base.catalog().unit(code).isEmpty()) {
                throw error(path, shown, "không có đơn vị có mã này trong danh mục",
                        "no unit with this code in the catalogue");
            }
            return code;
        }

        <V> void byUnit(String path, JsonNode node, Function<String, Function<JsonNode, V>> value,
                java.util.function.BiConsumer<UnitCode, V> put) {
            if (!node.isObject()) {
                throw error(path, node, "cần một đối tượng JSON (mã đơn vị → giá trị)",
                        "expected a JSON object (unit code → value)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path + "['" + e.getKey() + "']";
                UnitCode code = unit(at, e.getKey());
                put.accept(code, value.apply(at).apply(e.getValue()));
            }
        }

        RuleParameters apply(JsonNode root) {
            object("$", root, TOP);
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
                throw error("$.format", format, "cần \"format\": \"" + FORMAT + "\"",
                        "expected \"format\": \"" + FORMAT + "\"");
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isTextual() || !version.textValue().equals(VERSION)) {
                throw error("$.version", version, "thư viện đọc phiên bản " + VERSION,
                        "this library reads version " + VERSION);
            }
            if (root.has("description")) {
                text("$.description", root.get("description"));
            }
            RuleParameters.Builder b = base.toBuilder();
            JsonNode n;
            if ((n = root.get("hdndChair")) != null) {
                object("$.hdndChair", n, HDND_CHAIR);
                HdndChairSettings chair = base.hdndChair();
                if (n.has("default")) {
                    chair = new HdndChairSettings(
                            constant("$.hdndChair.default", n.get("default"), HdndChairArrangement.class), chair.byUnit());
                }
                if (n.has("byUnit")) {
                    HdndChairSettings[] acc = {HdndChairSettings.uniform(chair.defaultArrangement())};
                    byUnit("$.hdndChair.byUnit", n.get("byUnit"),
                            at -> v -> constant(at, v, HdndChairArrangement.class),
                            (u, a) -> acc[0] = acc[0].with(u, a));
                    chair = acc[0];
                }
                b.hdndChair(chair);
            }
            if ((n = root.get("committeeViceChairs")) != null) {
                object("$.committeeViceChairs", n, VICE_CHAIRS);
                JsonNode d = n.get("default");
                if (d != null) {
                    int v = integer("$.committeeViceChairs.default", d);
                    checked("$.committeeViceChairs.default", d, () -> b.committeeViceChairs(v));
                }
                if (n.has("byUnit")) {
                    b.clearCommitteeViceChairsByUnit();
                    byUnit("$.committeeViceChairs.byUnit", n.get("byUnit"), at -> v -> integer(at, v), (u, k) -> checked("$.committeeViceChairs.byUnit['" + u.value() + "']",
                            JsonNodeFactory.instance.numberNode(k), () -> b.committeeViceChairs(u, k)));
                }
            }
            if ((n = root.get("provinceViceChairAverage")) != null) {
                object("$.provinceViceChairAverage", n, AVERAGE);
                double average = base.provinceViceChairAverage();
                JsonNode a = n.get("average");
                if (a != null) {
                    if (!a.isNumber()) {
                        throw error("$.provinceViceChairAverage.average", a, "cần một số", "expected a number");
                    }
                    average = a.doubleValue();
                }
                LocalDate from = n.has("from") ? date("$.provinceViceChairAverage.from", n.get("from"))
                        : base.provinceViceChairAverageFrom();
                double avg = average;
                checked("$.provinceViceChairAverage.average", a, () -> b.provinceViceChairAverage(avg, from));
            }
            if ((n = root.get("overQuotaToleranceEnd")) != null) {
                b.overQuotaToleranceEnd(date("$.overQuotaToleranceEnd", n));
            }
            if ((n = root.get("executiveCommitteeCaps")) != null) {
                object("$.executiveCommitteeCaps", n, CAPS);
                String p = "$.executiveCommitteeCaps";
                int small = integer(p, n, "small", base.executiveCommitteeCapSmall());
                int large = integer(p, n, "large", base.executiveCommitteeCapLarge());
                int from = integer(p, n, "largeFromMerged", base.executiveCommitteeLargeFromMerged());
                JsonNode shown = n;
                checked(p, shown, () -> b.executiveCommitteeCaps(small, large, from));
            }
            if ((n = root.get("standingCommittee")) != null) {
                object("$.standingCommittee", n, STANDING);
                int min = integer("$.standingCommittee", n, "min", base.standingCommitteeMin());
                int max = integer("$.standingCommittee", n, "max", base.standingCommitteeMax());
                checked("$.standingCommittee", n, () -> b.standingCommittee(min, max));
            }
            if ((n = root.get("minimumFullMembers")) != null) {
                int v = integer("$.minimumFullMembers", n);
                checked("$.minimumFullMembers", n, () -> b.minimumFullMembers(v));
            }
            if ((n = root.get("basicCommitteeThreshold")) != null) {
                int v = integer("$.basicCommitteeThreshold", n);
                checked("$.basicCommitteeThreshold", n, () -> b.basicCommitteeThreshold(v));
            }
            if ((n = root.get("secretaryGracePeriod")) != null) {
                String s = text("$.secretaryGracePeriod", n);
                Period period;
                try {
                    period = Period.parse(s);
                } catch (DateTimeParseException e) {
                    throw error("$.secretaryGracePeriod", n, "khoảng thời gian không hợp lệ (cần ISO 8601, ví dụ P6M)",
                            "not a valid period (expected ISO 8601, e.g. P6M)");
                }
                checked("$.secretaryGracePeriod", n, () -> b.secretaryGracePeriod(period));
            }
            if ((n = root.get("timelinessDueDate")) != null) {
                b.timelinessDueDate(constant("$.timelinessDueDate", n, DueDateBasis.class));
            }
            if ((n = root.get("severities")) != null) {
                if (!n.isObject()) {
                    throw error("$.severities", n, "cần một đối tượng JSON (mã quy tắc → mức độ)",
                            "expected a JSON object (rule id → severity)");
                }
                b.clearSeverities();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String at = "$.severities['" + e.getKey() + "']";
                    if (Rules.find(e.getKey()).isEmpty()) {
                        throw error(at, JsonNodeFactory.instance.textNode(e.getKey()),
                                "không có quy tắc nào có mã này (xem docs/validation.md §6.1)",
                                "no rule has this id (see docs/validation.md §6.1)");
                    }
                    Severity s = constant(at, e.getValue(), Severity.class);
                    checked(at, e.getValue(), () -> b.severity(e.getKey(), s));
                }
            }
            if ((n = root.get("cellCommittee")) != null) {
                object("$.cellCommittee", n, CELL);
                int threshold = integer("$.cellCommittee", n, "threshold", base.cellCommitteeThreshold());
                int max = integer("$.cellCommittee", n, "max", base.cellCommitteeMax());
                checked("$.cellCommittee", n, () -> b.cellCommittee(threshold, max));
            }
            if ((n = root.get("unpaidFeeMonths")) != null) {
                int v = integer("$.unpaidFeeMonths", n);
                checked("$.unpaidFeeMonths", n, () -> b.unpaidFeeMonths(v));
            }
            if ((n = root.get("staffing")) != null) {
                object("$.staffing", n, STAFFING);
                StaffingParameters s = base.staffing();
                int min = integer("$.staffing", n, "executiveCommitteeMinimum", s.executiveCommitteeMinimum());
                boolean council = bool("$.staffing", n, "councilStandingOutsideCommittee",
                        s.councilStandingOutsideCommittee());
                boolean partly = bool("$.staffing", n, "countPartlyMergedCommunes", s.countPartlyMergedCommunes());
                JsonNode shown = n.has("executiveCommitteeMinimum") ? n.get("executiveCommitteeMinimum") : n;
                checked("$.staffing.executiveCommitteeMinimum", shown,
                        () -> b.staffing(new StaffingParameters(min, council, partly)));
            }
            return b.build();
        }
    }

    /** The member names of each object of the format, for the schema test. */
    static Map<String, List<String>> objects() {
        return Map.of("$", TOP, "hdndChair", HDND_CHAIR, "committeeViceChairs", VICE_CHAIRS,
                "provinceViceChairAverage", AVERAGE, "executiveCommitteeCaps", CAPS, "standingCommittee", STANDING,
                "cellCommittee", CELL, "staffing", STAFFING);
    }
}
