package org.haicap.core.units;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.text.VietnameseText;

/**
 * A file of catalogue amendments (tệp sửa đổi danh mục), read and checked: the amendments in
 * file order, the date the file's facts were checked, and the name of the file for messages.
 * The library ships one ({@link #shipped()}, the resource {@value #SHIPPED_RESOURCE}); a user
 * loads more with {@link #read(Path)} and applies them with
 * {@link UnitCatalog#withAmendments(CatalogueAmendments)}, so a new resolution applies the day
 * it is published. The format is in {@code docs/catalogue.md} and its JSON Schema in
 * {@code docs/schema/catalogue-amendments-1.0.schema.json}.
 *
 * <pre>{@code
 * {
 *   "format": "haicap-catalogue-amendments",
 *   "version": "1.0",
 *   "checkedOn": "2026-09-25",
 *   "amendments": [
 *     {"resolution": "36/2026/QH16", "issued": "2026-08-24", "effective": "2026-09-01",
 *      "sources": ["https://github.com/hongquan/vn-open-api-provinces/issues/10"],
 *      "changes": [{"province": "22", "type": {"from": "Tỉnh", "to": "Thành phố trung ương"}}]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading checks the file on its own: JSON syntax (with line and column), the format and
 * version, every field's type, resolution numbers ({@link CatalogueAmendment#RESOLUTION_PATTERN}),
 * dates, effective dates after 1 July 2025, type labels, codes' shape, a code listed twice in
 * one amendment, and change kinds not supported yet ({@code merge}, {@code split}, {@code new},
 * {@code abolish}). Applying checks it against the catalogue: unknown codes, a "from" that is
 * not the state in force, dates that overlap a change already there. Every error is an
 * {@link AmendmentException} naming the file and the entry.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueAmendments implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "haicap-catalogue-amendments";

    /** The version of the format this library reads. */
    public static final String VERSION = "1.0";

    /** The amendments shipped with the library, next to this class. */
    public static final String SHIPPED_RESOURCE = "amendments/vn-admin-units-amendments.json";

    static final Set<String> TOP = Set.of("format", "version", "checkedOn", "description", "amendments");
    static final Set<String> ENTRY = Set.of("resolution", "title", "issued", "issuedNote", "effective",
            "sources", "note", "changes");
    static final Set<String> CHANGE = Set.of("province", "unit", "type", "name", "note");
    static final Set<String> NOT_YET = Set.of("merge", "split", "new", "abolish");

    private final String source;
    private final LocalDate checkedOn;
    private final List<CatalogueAmendment> amendments;

    private CatalogueAmendments(String source, LocalDate checkedOn, List<CatalogueAmendment> amendments) {
        this.source = source;
        this.checkedOn = checkedOn;
        this.amendments = List.copyOf(amendments);
    }

    /**
     * Amendments made in code, checked as a file would be (shape only; the catalogue checks the
     * rest when they are applied).
     *
     * @param source names them in error messages, e.g. {@code "in-memory"}
     * @param checkedOn the date their facts were checked, or null when not stated (then they do
     *     not move the catalogue's horizon)
     * @param amendments in order
     */
    public static CatalogueAmendments of(String source, LocalDate checkedOn, List<CatalogueAmendment> amendments) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amendments, "amendments");
        return new CatalogueAmendments(source, checkedOn, amendments);
    }

    /**
     * Reads and checks an amendment file.
     *
     * @param file a JSON file of the documented format, UTF-8
     * @return the amendments, in file order
     * @throws AmendmentException if the file is missing, unreadable, not JSON, or not of the
     *     format; the message names the file and the entry
     */
    public static CatalogueAmendments read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AmendmentException(name, -1, "", "", name, "không có tệp này", "no such file");
        } catch (IOException e) {
            throw new AmendmentException(name, -1, "", "", name, "không đọc được tệp (" + e.getMessage() + ")",
                    "cannot read the file (" + e.getMessage() + ")");
        }
        return parse(bytes, name);
    }

    /**
     * Reads and checks amendments from a stream (closed by the caller).
     *
     * @param in JSON of the documented format, UTF-8
     * @param source names the stream in error messages
     * @throws AmendmentException as {@link #read(Path)}
     */
    public static CatalogueAmendments read(InputStream in, String source) {
        try {
            return parse(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new AmendmentException(source, -1, "", "", source, "không đọc được (" + e.getMessage() + ")",
                    "cannot read (" + e.getMessage() + ")");
        }
    }

    private static final class Shipped {
        static final CatalogueAmendments INSTANCE = loadShipped();
    }

    private static CatalogueAmendments loadShipped() {
        try (InputStream in = CatalogueAmendments.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("thiếu tài nguyên " + SHIPPED_RESOURCE + " / resource "
                        + SHIPPED_RESOURCE + " is missing from org/haicap/core/units");
            }
            return read(in, SHIPPED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(SHIPPED_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The amendments shipped with the library (resource {@value #SHIPPED_RESOURCE}): 30/2026/QH16
     * and 237/NQ-UBTVQH16 (30/4/2026), 36/2026/QH16 (1/9/2026), 39/2026/QH16 and 388/NQ-UBTVQH16
     * (20/9/2026), each with its sources. {@link UnitCatalog#official()} includes them.
     *
     * @return the same instance on every call, read on the first
     */
    public static CatalogueAmendments shipped() {
        return Shipped.INSTANCE;
    }

    /** The file or resource these came from, as named in messages. */
    public String source() {
        return source;
    }

    /** The date the file's facts were checked, empty when the file does not say. */
    public Optional<LocalDate> checkedOn() {
        return Optional.ofNullable(checkedOn);
    }

    /** The amendments, in file order; immutable. */
    public List<CatalogueAmendment> amendments() {
        return amendments;
    }

    @Override
    public String toString() {
        return source + " (" + amendments.size() + " amendments)";
    }

    // ------------------------------------------------------------------ parsing

    private static CatalogueAmendments parse(byte[] bytes, String source) {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String at = loc == null ? "" : "dòng/line " + loc.getLineNr() + ", cột/column " + loc.getColumnNr();
            String why = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new AmendmentException(source, -1, "", at, "", "JSON không hợp lệ (" + why + ")",
                    "malformed JSON (" + why + ")");
        } catch (IOException e) {
            throw new AmendmentException(source, -1, "", "", "", "không đọc được (" + e.getMessage() + ")",
                    "cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new AmendmentException(source, -1, "", "", "", "cần một đối tượng JSON", "expected a JSON object");
        }
        Reader r = new Reader(source);
        r.onlyKnown(root, TOP, -1, "", "");
        String format = r.text(root, "format", -1, "", "format", true);
        if (!FORMAT.equals(format)) {
            throw new AmendmentException(source, -1, "", "format", format, "cần \"" + FORMAT + "\"",
                    "expected \"" + FORMAT + "\"");
        }
        String version = r.text(root, "version", -1, "", "version", true);
        if (!VERSION.equals(version)) {
            throw new AmendmentException(source, -1, "", "version", version, "thư viện đọc phiên bản " + VERSION,
                    "this library reads version " + VERSION);
        }
        LocalDate checked = r.date(root, "checkedOn", -1, "", "checkedOn", false);
        JsonNode list = root.get("amendments");
        if (list == null || !list.isArray()) {
            throw new AmendmentException(source, -1, "", "amendments", "", "cần một mảng \"amendments\"",
                    "expected an array \"amendments\"");
        }
        List<CatalogueAmendment> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(r.amendment(list.get(i), i));
        }
        return new CatalogueAmendments(source, checked, out);
    }

    /** Field readers that name the file, entry and field in their errors. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        AmendmentException error(int entry, String resolution, String field, String value, String vi, String en) {
            return new AmendmentException(source, entry, resolution, field, VietnameseText.excerpt(value, 60), vi, en);
        }

        void onlyKnown(JsonNode node, Set<String> known, int entry, String resolution, String path) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                String field = path.isEmpty() ? n : path + "." + n;
                if (NOT_YET.contains(n)) {
                    throw error(entry, resolution, field, n, "loại thay đổi \"" + n + "\" chưa được hỗ trợ"
                            + " (chỉ đổi loại hình và đổi tên)", "change kind \"" + n + "\" is not supported yet"
                            + " (only type and name changes are)");
                }
                if (!known.contains(n)) {
                    throw error(entry, resolution, field, n, "trường không rõ \"" + n + "\"", "unknown field \"" + n + "\"");
                }
            }
        }

        String text(JsonNode node, String name, int entry, String resolution, String field, boolean required) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(entry, resolution, field, "", "thiếu trường \"" + name + "\"",
                            "missing field \"" + name + "\"");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw error(entry, resolution, field, v.toString(), "cần một chuỗi", "expected a string");
            }
            String s = v.textValue();
            if (!VietnameseText.isNfc(s) || !s.equals(s.strip())) {
                throw error(entry, resolution, field, s, "chưa chuẩn hoá NFC hoặc có khoảng trắng thừa",
                        "not NFC or has surrounding white space");
            }
            return s;
        }

        LocalDate date(JsonNode node, String name, int entry, String resolution, String field, boolean required) {
            String s = text(node, name, entry, resolution, field, required);
            if (s == null) {
                return null;
            }
            try {
                if (s.length() != 10) {
                    throw new DateTimeParseException("not YYYY-MM-DD", s, 0);
                }
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error(entry, resolution, field, s, "ngày không hợp lệ \"" + s + "\" (cần YYYY-MM-DD)",
                        "invalid date \"" + s + "\" (expected YYYY-MM-DD)");
            }
        }

        CatalogueAmendment amendment(JsonNode node, int i) {
            String path = "amendments[" + i + "]";
            if (!node.isObject()) {
                throw error(i, "", path, node.toString(), "cần một đối tượng", "expected an object");
            }
            String resolution = text(node, "resolution", i, "", path + ".resolution", true);
            if (!CatalogueAmendment.isResolutionNumber(resolution)) {
                throw error(i, resolution, path + ".resolution", resolution,
                        "số nghị quyết không đúng dạng N/YYYY/QHnn hoặc N/NQ-UBTVQHnn (vd 36/2026/QH16, 388/NQ-UBTVQH16)",
                        "resolution number is not of the form N/YYYY/QHnn or N/NQ-UBTVQHnn"
                                + " (e.g. 36/2026/QH16, 388/NQ-UBTVQH16)");
            }
            onlyKnown(node, ENTRY, i, resolution, path);
            String title = text(node, "title", i, resolution, path + ".title", false);
            LocalDate issued = date(node, "issued", i, resolution, path + ".issued", false);
            String issuedNote = text(node, "issuedNote", i, resolution, path + ".issuedNote", false);
            LocalDate effective = date(node, "effective", i, resolution, path + ".effective", true);
            if (!effective.isAfter(UnitCatalog.EFFECTIVE_FROM)) {
                throw error(i, resolution, path + ".effective", effective.toString(),
                        "ngày hiệu lực phải sau 2025-07-01 (danh mục gốc)",
                        "the effective date must be after 2025-07-01 (the base catalogue)");
            }
            if (issued != null && issued.isAfter(effective)) {
                throw error(i, resolution, path + ".issued", issued.toString(), "ngày ban hành sau ngày hiệu lực "
                        + effective, "issued after its effective date " + effective);
            }
            List<String> sources = new ArrayList<>();
            JsonNode src = node.get("sources");
            if (src != null && !src.isNull()) {
                if (!src.isArray()) {
                    throw error(i, resolution, path + ".sources", src.toString(), "cần một mảng chuỗi",
                            "expected an array of strings");
                }
                for (int k = 0; k < src.size(); k++) {
                    JsonNode s = src.get(k);
                    if (!s.isTextual() || s.textValue().isBlank()) {
                        throw error(i, resolution, path + ".sources[" + k + "]", s.toString(),
                                "cần một chuỗi không trống", "expected a non-blank string");
                    }
                    sources.add(s.textValue());
                }
            }
            JsonNode changes = node.get("changes");
            if (changes == null || !changes.isArray() || changes.isEmpty()) {
                throw error(i, resolution, path + ".changes", changes == null ? "" : changes.toString(),
                        "cần một mảng thay đổi không trống", "expected a non-empty array of changes");
            }
            List<AmendmentChange> list = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int j = 0; j < changes.size(); j++) {
                AmendmentChange c = change(changes.get(j), i, resolution, path + ".changes[" + j + "]");
                String key = (c instanceof ProvinceChange ? "province " : "unit ") + c.code();
                if (!seen.add(key)) {
                    throw error(i, resolution, path + ".changes[" + j + "]", c.code(),
                            "mã " + c.code() + " đã có trong nghị quyết này", "code " + c.code()
                                    + " is listed twice in this amendment");
                }
                list.add(c);
            }
            return new CatalogueAmendment(resolution, title == null ? "" : title, issued,
                    issuedNote == null ? "" : issuedNote, effective, sources, list);
        }

        AmendmentChange change(JsonNode node, int i, String resolution, String path) {
            if (!node.isObject()) {
                throw error(i, resolution, path, node.toString(), "cần một đối tượng", "expected an object");
            }
            onlyKnown(node, CHANGE, i, resolution, path);
            boolean isProvince = node.has("province");
            boolean isUnit = node.has("unit");
            if (isProvince == isUnit) {
                throw error(i, resolution, path, node.toString(), "cần đúng một trong \"province\" hoặc \"unit\"",
                        "expected exactly one of \"province\" or \"unit\"");
            }
            String code = text(node, isProvince ? "province" : "unit", i, resolution,
                    path + (isProvince ? ".province" : ".unit"), true);
            boolean wellFormed = isProvince ? ProvinceCode.isWellFormed(code) : UnitCode.isWellFormed(code);
            if (!wellFormed) {
                throw error(i, resolution, path, code, isProvince ? "mã tỉnh phải gồm đúng 2 chữ số"
                        : "mã đơn vị cấp xã phải gồm đúng 5 chữ số", isProvince ? "a province code is exactly 2 digits"
                        : "a commune-level unit code is exactly 5 digits");
            }
            String[] type = pair(node, "type", i, resolution, path);
            String[] name = pair(node, "name", i, resolution, path);
            if (type == null && name == null) {
                throw error(i, resolution, path, code, "thay đổi cần \"type\" hoặc \"name\"",
                        "a change needs \"type\" or \"name\"");
            }
            try {
                if (isProvince) {
                    return new ProvinceChange(new ProvinceCode(code),
                            type == null ? null : provinceType(type[0], i, resolution, path + ".type.from"),
                            type == null ? null : provinceType(type[1], i, resolution, path + ".type.to"),
                            name == null ? null : name[0], name == null ? null : name[1]);
                }
                return new UnitChange(new UnitCode(code),
                        type == null ? null : unitType(type[0], i, resolution, path + ".type.from"),
                        type == null ? null : unitType(type[1], i, resolution, path + ".type.to"),
                        name == null ? null : name[0], name == null ? null : name[1]);
            } catch (AmendmentException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                String[] m = e.getMessage().split(" / ", 2);
                throw error(i, resolution, path, code, m[0], m.length > 1 ? m[1] : m[0]);
            }
        }

        String[] pair(JsonNode node, String name, int i, String resolution, String path) {
            JsonNode v = node.get(name);
            if (v == null) {
                return null;
            }
            String p = path + "." + name;
            if (!v.isObject()) {
                throw error(i, resolution, p, v.toString(), "cần {\"from\": …, \"to\": …}", "expected {\"from\": …, \"to\": …}");
            }
            onlyKnown(v, Set.of("from", "to"), i, resolution, p);
            return new String[] {text(v, "from", i, resolution, p + ".from", true),
                    text(v, "to", i, resolution, p + ".to", true)};
        }

        ProvinceType provinceType(String label, int i, String resolution, String path) {
            for (ProvinceType t : ProvinceType.values()) {
                if (t.vietnamese().equals(label) || t.name().equals(label)) {
                    return t;
                }
            }
            throw error(i, resolution, path, label, "loại tỉnh không rõ \"" + label
                    + "\" (Tỉnh, Thành phố trung ương)", "unknown province type \"" + label
                    + "\" (Tỉnh, Thành phố trung ương)");
        }

        UnitType unitType(String label, int i, String resolution, String path) {
            for (UnitType t : UnitType.values()) {
                if (t.vietnamese().equals(label) || t.name().equals(label)) {
                    return t;
                }
            }
            throw error(i, resolution, path, label, "loại đơn vị không rõ \"" + label + "\" (Xã, Phường, Đặc khu)",
                    "unknown unit type \"" + label + "\" (Xã, Phường, Đặc khu)");
        }
    }
}
