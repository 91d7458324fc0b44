package org.haicap.core.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haicap.core.text.VietnameseText;

/**
 * Reads the catalogue CSV (format described in the project's SOURCES.md) into value objects.
 * Every problem fails with an {@link IllegalStateException} whose message names the source
 * and the line.
 */
final class CatalogueLoader {

    static final String RESOURCE = "vn-admin-units-2025.csv";

    private static final List<String> REQUIRED = List.of(
            "province_code", "province_name", "province_short_name", "province_type",
            "unit_code", "unit_name", "unit_short_name", "unit_type",
            "former_unit_codes", "former_unit_names", "former_unit_merge_notes",
            "former_unit_districts", "former_unit_provinces", "notes");

    /** Later dated type columns, e.g. {@code unit_type_2026_04_30}; any number may be added. */
    private static final Pattern DATED = Pattern.compile("(province|unit)_type_(\\d{4})_(\\d{2})_(\\d{2})");
    private static final Pattern SLIP = Pattern.compile("former unit '([^']*)' code (\\d{5})");

    /** Every distinct merge note of the workbook, mapped on purpose. */
    private static final Map<String, MergeShare> SHARES = Map.ofEntries(
            Map.entry("Nhập toàn bộ", MergeShare.WHOLE),
            Map.entry("Nhập toàn bộ diện tích", MergeShare.WHOLE),
            Map.entry("Giữ nguyên", MergeShare.WHOLE),
            Map.entry("Đổi tên", MergeShare.WHOLE),
            Map.entry("Đổi loại hình", MergeShare.WHOLE),
            Map.entry("Nhập một phần", MergeShare.PART),
            Map.entry("Nhập một phần diện tích", MergeShare.PART),
            Map.entry("Nhâp một phần diện tích", MergeShare.PART),
            Map.entry("Nhập một phần diện tích, toàn bộ dân số", MergeShare.PART),
            Map.entry("Nhập một phần dân số", MergeShare.PART));

    /** Notes that carry a name after a fixed beginning. */
    private static final Map<String, MergeShare> SHARE_PREFIXES = Map.of(
            "Sắp xếp toàn bộ huyện ", MergeShare.WHOLE,
            "Sắp xếp toàn bộ xã ", MergeShare.WHOLE,
            "Phần còn lại sau khi tách một phần vào ", MergeShare.PART,
            "Đổi tên từ một phần ", MergeShare.PART,
            "Đổi tên, đổi loại hình từ một phần ", MergeShare.PART);

    private CatalogueLoader() {
    }

    /**
     * The official catalogue from the CSV: the base of 1 July 2025 with the shipped amendments
     * ({@link CatalogueAmendments#shipped()}); what the binary resource is written from.
     */
    static UnitCatalog loadOfficial() {
        return loadBase().withAmendments(CatalogueAmendments.shipped());
    }

    /**
     * The base of 1 July 2025 from the CSV resource, without any amendment: the CSV's dated
     * {@code *_YYYY_MM_DD} columns are checked but not applied (the catalogue takes later
     * changes from the amendments; a test checks they agree with the columns).
     */
    static UnitCatalog loadBase() {
        return loadResource(false);
    }

    /** The CSV resource with its dated columns applied as type histories, for the agreement test. */
    static UnitCatalog loadWithDatedColumns() {
        return loadResource(true);
    }

    private static UnitCatalog loadResource(boolean datedColumns) {
        byte[] bytes;
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("thiếu tài nguyên " + RESOURCE + " / resource " + RESOURCE
                        + " is missing from org/haicap/core/units");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(RESOURCE + ": không phải UTF-8 / not valid UTF-8", e);
        }
        return load(new CsvReader(text, RESOURCE), RESOURCE, datedColumns);
    }

    /**
     * Loads a catalogue from CSV text, with its dated columns applied as type histories;
     * {@code source} names it in error messages.
     */
    static UnitCatalog load(Reader reader, String source) throws IOException {
        return load(new CsvReader(reader, source), source, true);
    }

    /** Loads the base of 1 July 2025 from CSV text: dated columns are checked, not applied. */
    static UnitCatalog loadBase(Reader reader, String source) throws IOException {
        return load(new CsvReader(reader, source), source, false);
    }

    private static UnitCatalog load(CsvReader csv, String source, boolean datedColumns) {
        CsvReader.Row header = csv.next();
        if (header == null) {
            throw new IllegalStateException(source + ": tệp trống / empty file");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (col.put(name, i) != null) {
                throw new IllegalStateException(source + ", dòng/line 1: cột lặp lại / duplicate column " + name);
            }
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                throw new IllegalStateException(source + ", dòng/line 1: thiếu cột / missing column " + r);
            }
        }
        TreeMap<LocalDate, Integer> provinceDated = new TreeMap<>();
        TreeMap<LocalDate, Integer> unitDated = new TreeMap<>();
        for (Map.Entry<String, Integer> e : col.entrySet()) {
            Matcher m = DATED.matcher(e.getKey());
            if (m.matches()) {
                LocalDate d;
                try {
                    d = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)));
                } catch (DateTimeException ex) {
                    throw new IllegalStateException(source + ", dòng/line 1: ngày không hợp lệ trong tên cột"
                            + " / invalid date in column name " + e.getKey(), ex);
                }
                if (!d.isAfter(UnitCatalog.EFFECTIVE_FROM)) {
                    throw new IllegalStateException(source + ", dòng/line 1: cột " + e.getKey()
                            + " phải sau 2025-07-01 / column " + e.getKey() + " must be after 2025-07-01");
                }
                (m.group(1).equals("unit") ? unitDated : provinceDated).put(d, e.getValue());
            }
        }
        int width = header.fields().size();

        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, Integer> unitLines = new HashMap<>();
        List<AdminUnit> units = new ArrayList<>();
        CsvReader.Row row;
        while ((row = csv.next()) != null) {
            Line l = new Line(source, row, col);
            if (row.fields().size() != width) {
                throw l.error("có " + row.fields().size() + " trường, cần " + width,
                        "has " + row.fields().size() + " fields, expected " + width);
            }
            Province p = l.province(provinceDated, datedColumns);
            Province known = provinces.putIfAbsent(p.code().value(), p);
            if (known != null && !known.equals(p)) {
                throw l.error("tỉnh " + p.code() + " khác với dòng trước", "province " + p.code()
                        + " differs from an earlier row: " + p + " vs " + known);
            }
            AdminUnit u = l.unit(known == null ? p : known, unitDated, datedColumns);
            Integer earlier = unitLines.putIfAbsent(u.code().value(), row.line());
            if (earlier != null) {
                throw l.error("mã " + u.code() + " lặp lại (dòng " + earlier + ")",
                        "code " + u.code() + " repeats line " + earlier);
            }
            units.add(u);
        }
        return new UnitCatalog(List.copyOf(provinces.values()), units);
    }

    /** One data row being read, with helpers that name the line in their errors. */
    private static final class Line {
        private final String source;
        private final CsvReader.Row row;
        private final Map<String, Integer> col;

        Line(String source, CsvReader.Row row, Map<String, Integer> col) {
            this.source = source;
            this.row = row;
            this.col = col;
        }

        String get(String column) {
            return row.fields().get(col.get(column));
        }

        String text(String column) {
            String v = get(column);
            if (v.isBlank()) {
                throw error("cột " + column + " trống", "column " + column + " is empty");
            }
            if (!VietnameseText.isNfc(v) || !v.equals(v.strip())) {
                throw error("cột " + column + " chưa chuẩn hoá NFC hoặc có khoảng trắng thừa",
                        "column " + column + " is not NFC or has surrounding white space: \"" + v + "\"");
            }
            return v;
        }

        IllegalStateException error(String vi, String en) {
            return new IllegalStateException(source + ", dòng/line " + row.line() + ": " + vi + " / " + en);
        }

        Province province(TreeMap<LocalDate, Integer> dated, boolean apply) {
            String code = get("province_code");
            if (!ProvinceCode.isWellFormed(code)) {
                throw error("mã tỉnh không hợp lệ \"" + code + "\"", "malformed province code \"" + code + "\"");
            }
            String name = text("province_name");
            String shortName = text("province_short_name");
            List<TypeChange<ProvinceType>> history = new ArrayList<>();
            ProvinceType first = provinceType(get("province_type"), "province_type");
            history.add(new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, first));
            for (Map.Entry<LocalDate, Integer> e : dated.entrySet()) {
                ProvinceType t = provinceType(row.fields().get(e.getValue()), "province_type_" + e.getKey());
                if (apply && t != history.get(history.size() - 1).type()) {
                    history.add(new TypeChange<>(e.getKey(), t));
                }
            }
            if (!name.equals(first.namePrefix() + " " + shortName)) {
                throw error("tên tỉnh \"" + name + "\" không khớp loại và tên ngắn",
                        "province name \"" + name + "\" is not its type prefix and short name \"" + shortName + "\"");
            }
            return new Province(new ProvinceCode(code), name, shortName, history);
        }

        AdminUnit unit(Province province, TreeMap<LocalDate, Integer> dated, boolean apply) {
            String code = get("unit_code");
            if (!UnitCode.isWellFormed(code)) {
                throw error("mã đơn vị không hợp lệ \"" + code + "\"", "malformed unit code \"" + code + "\"");
            }
            String name = text("unit_name");
            String shortName = text("unit_short_name");
            List<TypeChange<UnitType>> history = new ArrayList<>();
            UnitType first = unitType(get("unit_type"), "unit_type");
            history.add(new TypeChange<>(UnitCatalog.EFFECTIVE_FROM, first));
            for (Map.Entry<LocalDate, Integer> e : dated.entrySet()) {
                UnitType t = unitType(row.fields().get(e.getValue()), "unit_type_" + e.getKey());
                if (apply && t != history.get(history.size() - 1).type()) {
                    history.add(new TypeChange<>(e.getKey(), t));
                }
            }
            if (!name.equals(first.vietnamese() + " " + shortName)) {
                throw error("tên \"" + name + "\" không khớp loại và tên ngắn",
                        "unit name \"" + name + "\" is not its type and short name \"" + shortName + "\"");
            }
            String notes = get("notes").strip();
            return new AdminUnit(new UnitCode(code), name, shortName, province, history,
                    formerUnits(notes), notes);
        }

        List<FormerUnit> formerUnits(String notes) {
            String[] codes = split("former_unit_codes");
            String[] names = split("former_unit_names");
            String[] merge = split("former_unit_merge_notes");
            String[] districts = split("former_unit_districts");
            String[] provinces = split("former_unit_provinces");
            int n = codes.length;
            if (names.length != n || merge.length != n || districts.length != n || provinces.length != n) {
                throw error("số phần tử các cột đơn vị cũ không khớp",
                        "the former_unit_* columns have different numbers of elements: " + n + ", "
                                + names.length + ", " + merge.length + ", " + districts.length + ", "
                                + provinces.length);
            }
            Map<String, String> slips = new HashMap<>();
            Matcher m = SLIP.matcher(notes);
            while (m.find()) {
                slips.put(m.group(2), m.group(1));
            }
            List<FormerUnit> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String code = codes[i].strip();
                if (!code.isEmpty() && !UnitCode.isWellFormed(code)) {
                    throw error("mã đơn vị cũ không hợp lệ \"" + code + "\"",
                            "malformed former unit code \"" + code + "\" (element " + (i + 1) + ")");
                }
                String[] d = nameAndCode(districts[i], "former_unit_districts");
                String[] p = nameAndCode(provinces[i], "former_unit_provinces");
                String name = names[i];
                if (name.isBlank()) {
                    // the workbook names no commune where a whole district became a special zone
                    if (!code.isEmpty() || !merge[i].startsWith("Sắp xếp toàn bộ huyện")) {
                        throw error("tên đơn vị cũ trống", "former unit name " + (i + 1) + " is empty");
                    }
                    name = d[0];
                }
                String sourceNote = name.equals(slips.get(code)) ? notes : "";
                out.add(new FormerUnit(code, name, share(merge[i]), merge[i], d[0], d[1], p[0], p[1],
                        sourceNote));
            }
            return out;
        }

        private String[] split(String column) {
            return get(column).split(";", -1);
        }

        /** Splits {@code "Quận Ba Đình (001)"} into name and digits. */
        private String[] nameAndCode(String value, String column) {
            int open = value.lastIndexOf(" (");
            boolean ok = open > 0 && value.endsWith(")") && open + 3 < value.length()
                    && !Character.isWhitespace(value.charAt(open - 1));
            for (int i = open + 2; ok && i < value.length() - 1; i++) {
                ok = value.charAt(i) >= '0' && value.charAt(i) <= '9';
            }
            if (!ok) {
                throw error("cột " + column + " cần dạng \"Tên (mã)\": \"" + value + "\"",
                        "column " + column + " needs \"Name (code)\", got \"" + value + "\"");
            }
            return new String[] {value.substring(0, open), value.substring(open + 2, value.length() - 1)};
        }

        private MergeShare share(String note) {
            MergeShare s = SHARES.get(note);
            if (s != null) {
                return s;
            }
            for (Map.Entry<String, MergeShare> e : SHARE_PREFIXES.entrySet()) {
                if (note.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
            throw error("ghi chú sáp nhập chưa được phân loại \"" + note + "\"",
                    "unmapped merge note \"" + note + "\": decide WHOLE or PART in CatalogueLoader");
        }

        private ProvinceType provinceType(String label, String column) {
            for (ProvinceType t : ProvinceType.values()) {
                if (t.vietnamese().equals(label)) {
                    return t;
                }
            }
            throw error("loại tỉnh không rõ \"" + label + "\" ở cột " + column,
                    "unknown province type \"" + label + "\" in column " + column);
        }

        private UnitType unitType(String label, String column) {
            for (UnitType t : UnitType.values()) {
                if (t.vietnamese().equals(label)) {
                    return t;
                }
            }
            throw error("loại đơn vị không rõ \"" + label + "\" ở cột " + column,
                    "unknown unit type \"" + label + "\" in column " + column);
        }
    }
}
