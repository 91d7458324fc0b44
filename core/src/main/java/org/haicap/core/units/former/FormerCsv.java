package org.haicap.core.units.former;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haicap.core.units.ProvinceType;

/**
 * Reads the two CSV files of the catalogue of 30 June 2025 with every check; used to generate
 * the binary resource and by its freshness test, never at run time. A bad file is refused with
 * a message naming the file, the line and why, in Vietnamese and English.
 */
final class FormerCsv {

    static final String UNITS = "vn-admin-units-pre2025.csv";
    static final String NAMES = "vn-admin-units-former-names.csv";

    static final List<String> UNITS_HEADER = List.of("province_code", "province_name", "province_short_name",
            "province_type", "district_code", "district_name", "district_short_name", "district_type", "unit_code",
            "unit_name", "unit_short_name", "unit_type", "notes");
    static final List<String> NAMES_HEADER = List.of("level", "change", "former_code", "former_name",
            "former_short_name", "former_type", "former_district_code", "former_district_name",
            "former_province_code", "former_province_name", "first_seen", "last_seen", "first_absent", "seen_in",
            "successor_codes", "successor_names", "successor_basis", "ceased_on", "resolution", "notes");

    private FormerCsv() {
    }

    /** Reads the CSV resources shipped next to this class. */
    static FormerCatalog loadOfficial() {
        return read(resource(UNITS), UNITS, resource(NAMES), NAMES);
    }

    static byte[] resource(String name) {
        try (InputStream in = FormerCsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("thiếu tài nguyên " + name + " / resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** A row with the line it starts on. */
    record Row(int line, List<String> cells) {
        String get(int i) {
            return cells.get(i);
        }
    }

    static FormerCatalog read(byte[] units, String unitsSource, byte[] names, String namesSource) {
        Map<String, FormerProvince> provinces = new LinkedHashMap<>();
        Map<String, FormerDistrict> districts = new LinkedHashMap<>();
        List<FormerCommune> communes = new ArrayList<>();
        Map<String, Integer> communeLine = new HashMap<>();
        for (Row r : rows(units, unitsSource, UNITS_HEADER)) {
            String where = unitsSource + ":" + r.line();
            try {
                FormerProvince p = new FormerProvince(r.get(0), r.get(1), r.get(2),
                        ProvinceType.fromVietnamese(r.get(3)));
                same(provinces.putIfAbsent(p.code(), p), p, where);
                FormerDistrict d = new FormerDistrict(r.get(4), r.get(5), r.get(6),
                        DistrictType.fromVietnamese(r.get(7)), p.code());
                same(districts.putIfAbsent(d.code(), d), d, where);
                if (r.get(8).isEmpty()) {
                    if (!(r.get(9).isEmpty() && r.get(10).isEmpty() && r.get(11).isEmpty())) {
                        throw new IllegalArgumentException("tên xã mà không có mã / a commune name without a code");
                    }
                    continue;
                }
                FormerCommune c = new FormerCommune(r.get(8), r.get(9), r.get(10),
                        CommuneType.fromVietnamese(r.get(11)), d.code(), p.code(), r.get(12));
                Integer earlier = communeLine.putIfAbsent(c.code(), r.line());
                if (earlier != null) {
                    throw new IllegalArgumentException("mã xã " + c.code() + " đã có ở dòng " + earlier
                            + " / commune code " + c.code() + " already on line " + earlier);
                }
                communes.add(c);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        List<FormerName> formerNames = new ArrayList<>();
        for (Row r : rows(names, namesSource, NAMES_HEADER)) {
            String where = namesSource + ":" + r.line();
            try {
                formerNames.add(new FormerName(level(r.get(0)), change(r.get(1)), r.get(2), r.get(3), r.get(4), r.get(5),
                        r.get(6), r.get(7), r.get(8), r.get(9), date(r.get(10)), date(r.get(11)), date(r.get(12)),
                        list(r.get(13)), list(r.get(14)), list(r.get(15)), r.get(16),
                        r.get(17).isEmpty() ? null : date(r.get(17)), r.get(18), r.get(19)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return new FormerCatalog(new ArrayList<>(provinces.values()), new ArrayList<>(districts.values()), communes,
                formerNames, unitsSource + ", " + namesSource);
    }

    private static void same(Object earlier, Object now, String where) {
        if (earlier != null && !earlier.equals(now)) {
            throw new IllegalArgumentException("khác với dòng trước: " + earlier + " / differs from an earlier row: "
                    + earlier + " (now " + now + ")");
        }
    }

    private static FormerName.Level level(String s) {
        for (FormerName.Level l : FormerName.Level.values()) {
            if (l.key().equals(s)) {
                return l;
            }
        }
        throw new IllegalArgumentException("cấp không rõ \"" + s + "\" / unknown level \"" + s + "\"");
    }

    private static FormerName.Change change(String s) {
        for (FormerName.Change c : FormerName.Change.values()) {
            if (c.key().equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("loại thay đổi không rõ \"" + s + "\" / unknown change \"" + s + "\"");
    }

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(";", -1));
    }

    /** Splits RFC 4180 text into rows, checks the header and the cell count of every row. */
    static List<Row> rows(byte[] bytes, String source, List<String> header) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(source + ": không phải UTF-8 / not UTF-8", e);
        }
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    cells.add(cell.toString());
                    rows.add(new Row(rowLine, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalStateException(source + ":" + rowLine + ": dấu ngoặc kép không đóng / unclosed quote");
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        if (rows.isEmpty() || !rows.get(0).cells().equals(header)) {
            throw new IllegalStateException(source + ":1: tiêu đề phải là / the header must be " + String.join(",", header));
        }
        List<Row> body = rows.subList(1, rows.size());
        for (Row r : body) {
            if (r.cells().size() != header.size()) {
                throw new IllegalStateException(source + ":" + r.line() + ": " + r.cells().size() + " ô, cần "
                        + header.size() + " / " + r.cells().size() + " cells, expected " + header.size());
            }
            for (String c : r.cells()) {
                if (!java.text.Normalizer.isNormalized(c, java.text.Normalizer.Form.NFC)) {
                    throw new IllegalStateException(source + ":" + r.line() + ": ô không ở dạng NFC \"" + c
                            + "\" / a cell is not NFC");
                }
            }
        }
        return List.copyOf(body);
    }
}
