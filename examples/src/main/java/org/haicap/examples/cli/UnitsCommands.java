package org.haicap.examples.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.json.HaicapJson;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.FormerUnit;
import org.haicap.core.units.Province;
import org.haicap.core.units.SearchHit;
import org.haicap.core.units.Successor;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;
import org.haicap.core.units.UnitType;
import org.haicap.core.text.Language;
import org.haicap.reporting.render.Formats;

/**
 * The {@code units} commands: search, list, successors, predecessors over
 * {@link UnitCatalog#official()}.
 */
final class UnitsCommands {
    static final List<String> FORMATS = List.of("text", "json");
    private static final JsonMapper JSON = HaicapJson.newMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private static final Option FORMAT = Format.option(List.of(Format.TEXT, Format.JSON),
            "định dạng / output format (mặc định / default: text)");
    private static final Option AS_OF = Values.asOf(
            "loại đơn vị tính đến ngày / types as of this date (2025-07-15 hoặc / or 15/7/2025; mặc định / default: hôm nay / today)");
    private static final Option PROVINCE = Option.value("province", "CODE", "chỉ trong tỉnh, thành phố mã CODE / only in the province with this 2-digit code");

    private UnitsCommands() {
    }

    static List<Command> all() {
        return List.of(new Search(), new ListUnits(), new Successors(), new Predecessors());
    }

    /** The catalogue: the official one, with {@code --amendments FILE} applied when given. */
    static UnitCatalog catalog(Arguments args) {
        return CatalogueOptions.catalog(args);
    }

    static String format(Arguments args) {
        return args.<Format>get("format").orElse(Format.TEXT).token();
    }

    static LocalDate asOf(Arguments args, Context ctx) {
        return args.<LocalDate>get("as-of").orElse(ctx.today());
    }

    static void writeJson(Context ctx, ArrayNode array) {
        try {
            ctx.out().write(JSON.writer(PRETTY).writeValueAsBytes(array));
            ctx.out().write('\n');
            ctx.out().flush();
        } catch (java.io.IOException e) {
            throw new CliException(Haicap.EXIT_USAGE, "không ghi được JSON", "cannot write JSON: " + e.getMessage());
        }
    }

    static ObjectNode unitJson(AdminUnit u, LocalDate asOf) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", u.code().value());
        o.put("name", u.nameAsOf(asOf));
        o.put("shortName", u.shortNameAsOf(asOf));
        o.put("type", typeToken(u.typeAsOf(asOf)));
        o.put("typeName", u.typeAsOf(asOf).vietnamese());
        o.put("provinceCode", u.province().code().value());
        o.put("provinceName", u.province().nameAsOf(asOf));
        o.put("provinceType", u.province().typeAsOf(asOf).name().toLowerCase(Locale.ROOT));
        o.put("asOf", asOf.toString());
        if (u.hasNotes()) {
            o.put("notes", u.notes());
        }
        return o;
    }

    static String typeToken(UnitType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    static String share(org.haicap.core.units.MergeShare s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** {@code units search}. */
    static final class Search implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("units", "search"),
                "tìm đơn vị hành chính cấp xã theo tên / find commune-level units by name",
                "QUERY [--province CODE] [--as-of DATE] [--limit N] [--format text|json]",
                "Tìm theo tên, có dấu hoặc không dấu, có thể kèm loại và tỉnh: \"P. Hoàn Kiếm, Hà Nội\".\n"
                        + "Search by name with or without diacritics; a type and \", province\" may be included.\n"
                        + "Tìm cả tên xã, phường, thị trấn cũ (trước 1/7/2025), kèm đơn vị mới đã nhận.\n"
                        + "Former (pre-2025) names are found too, with the new units that took them over.\n"
                        + "Không có kết quả: in ra danh sách rỗng, mã thoát 0 / no hit: empty result, exit 0.",
                List.of(PROVINCE, AS_OF, Values.positiveOption("limit", "N", "nhiều nhất N kết quả / at most N hits (mặc định / default: 20)"), FORMAT,
                        CatalogueOptions.AMENDMENTS),
                1, Integer.MAX_VALUE, "QUERY",
                List.of("units search \"hoan kiem\"", "units search \"Quán Thánh\"", "units search \"loc ninh\" --province 80 --limit 5",
                        "units search \"P. Hoàn Kiếm, Hà Nội\" --format json"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Arguments args, Context ctx) {
            UnitCatalog catalog = catalog(args);
            String format = format(args);
            LocalDate asOf = asOf(args, ctx);
            CatalogueOptions.warnBeyondHorizon(catalog, asOf, ctx);
            int limit = args.<Integer>get("limit").orElse(UnitCatalog.DEFAULT_LIMIT);
            Optional<Province> province = args.value("province").map(v -> Values.province(catalog, v));
            String query = String.join(" ", args.positionals());
            List<SearchHit> hits = province.isPresent()
                    ? catalog.search(query, province.get().code(), limit)
                    : catalog.search(query, limit);
            if (format.equals("json")) {
                ArrayNode a = JSON.createArrayNode();
                for (SearchHit h : hits) {
                    a.add(hitJson(h, asOf));
                }
                writeJson(ctx, a);
                return Haicap.EXIT_OK;
            }
            if (hits.isEmpty()) {
                ctx.out().println("Không tìm thấy đơn vị nào khớp \"" + Values.printable(query) + "\".");
                return Haicap.EXIT_OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (SearchHit h : hits) {
                AdminUnit u = h.unit();
                rows.add(List.of(u.code().value(), u.nameAsOf(asOf), u.typeAsOf(asOf).vietnamese(),
                        u.province().code().value(), u.province().nameAsOf(asOf), matchLabel(h)));
            }
            ctx.out().print(Text.table(List.of("Mã", "Tên", "Loại", "Mã tỉnh", "Tỉnh, thành phố", "Khớp"), rows, Set.of()));
            ctx.out().println("(" + hits.size() + " kết quả; loại tính đến ngày " + vi(asOf) + ")");
            for (SearchHit h : hits) {
                if (h.isFormer()) {
                    ctx.out().println(formerLine(h, asOf));
                }
            }
            return Haicap.EXIT_OK;
        }

        /** The match column: how the name matched, and whether it is a former unit's name. */
        static String matchLabel(SearchHit h) {
            String kind;
            switch (h.match()) {
                case EXACT:
                    kind = "đúng tên";
                    break;
                case FOLDED:
                    kind = "không dấu";
                    break;
                case PREFIX:
                    kind = "đầu tên";
                    break;
                default:
                    kind = "gần đúng";
                    break;
            }
            return h.isFormer() ? "tên cũ, " + kind : kind;
        }

        /** {@code trước đây / formerly Phường Quán Thánh (00013, …) → nay thuộc / now part of 00004 … (toàn bộ / whole)}. */
        static String formerLine(SearchHit h, LocalDate asOf) {
            FormerUnit f = h.former().orElseThrow();
            StringBuilder b = new StringBuilder("trước đây / formerly ").append(f.name()).append(" (");
            if (!f.code().isEmpty()) {
                b.append(f.code()).append(", ");
            }
            b.append(f.districtName()).append(", ").append(f.provinceName()).append(") → nay thuộc / now part of ");
            for (int i = 0; i < h.successors().size(); i++) {
                Successor s = h.successors().get(i);
                if (i > 0) {
                    b.append("; ");
                }
                b.append(s.unit().code().value()).append(' ').append(s.unit().nameAsOf(asOf)).append(" (")
                        .append(s.share().vietnamese()).append(" / ").append(share(s.share())).append(')');
            }
            return b.toString();
        }

        /**
         * A hit as JSON: the unit object (for a former name, of the first successor) with
         * {@code match} and {@code source}; for a former name also {@code former} and
         * {@code successors}.
         */
        static ObjectNode hitJson(SearchHit h, LocalDate asOf) {
            ObjectNode o = unitJson(h.unit(), asOf);
            o.put("match", h.match().name().toLowerCase(Locale.ROOT));
            o.put("source", h.source().name().toLowerCase(Locale.ROOT));
            if (h.isFormer()) {
                ObjectNode f = formerJson(h.former().orElseThrow());
                f.remove(List.of("share", "mergeNote"));
                o.set("former", f);
                ArrayNode next = o.putArray("successors");
                for (Successor s : h.successors()) {
                    ObjectNode n = next.addObject();
                    n.put("code", s.unit().code().value());
                    n.put("name", s.unit().nameAsOf(asOf));
                    n.put("provinceCode", s.unit().province().code().value());
                    n.put("provinceName", s.unit().province().nameAsOf(asOf));
                    n.put("share", share(s.share()));
                    n.put("mergeNote", s.former().mergeNote());
                }
            }
            return o;
        }
    }

    /** {@code units list}. */
    static final class ListUnits implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("units", "list"),
                "liệt kê tỉnh, thành phố hoặc đơn vị cấp xã của một tỉnh / list provinces, or the units of one",
                "[--province CODE] [--as-of DATE] [--format text|json]",
                "Không có --province: 34 tỉnh, thành phố với số phường, xã, đặc khu.\n"
                        + "Có --province: các đơn vị cấp xã của tỉnh đó, theo mã.\n"
                        + "Without --province: the 34 provinces with their counts; with it: the units of that province, by code.",
                List.of(PROVINCE, AS_OF, FORMAT, CatalogueOptions.AMENDMENTS), 0, 0, "",
                List.of("units list", "units list --province 01", "units list --province 75 --as-of 2026-05-01 --format json"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Arguments args, Context ctx) {
            UnitCatalog catalog = catalog(args);
            String format = format(args);
            LocalDate asOf = asOf(args, ctx);
            CatalogueOptions.warnBeyondHorizon(catalog, asOf, ctx);
            Optional<Province> province = args.value("province").map(v -> Values.province(catalog, v));
            if (province.isPresent()) {
                return listUnits(catalog, province.get(), asOf, format, ctx);
            }
            List<Province> provinces = catalog.provinces();
            if (format.equals("json")) {
                ArrayNode a = JSON.createArrayNode();
                for (Province p : provinces) {
                    ObjectNode o = a.addObject();
                    o.put("code", p.code().value());
                    o.put("name", p.nameAsOf(asOf));
                    o.put("shortName", p.shortName());
                    o.put("type", p.typeAsOf(asOf).name().toLowerCase(Locale.ROOT));
                    o.put("typeName", p.typeAsOf(asOf).vietnamese());
                    o.put("provinceCode", p.code().value());
                    o.put("asOf", asOf.toString());
                    int[] c = counts(catalog.units(p.code()), asOf);
                    o.put("units", c[0] + c[1] + c[2]);
                    o.put("phuong", c[0]);
                    o.put("xa", c[1]);
                    o.put("dacKhu", c[2]);
                }
                writeJson(ctx, a);
                return Haicap.EXIT_OK;
            }
            List<List<String>> rows = new ArrayList<>();
            int[] total = new int[3];
            for (Province p : provinces) {
                int[] c = counts(catalog.units(p.code()), asOf);
                for (int i = 0; i < 3; i++) {
                    total[i] += c[i];
                }
                rows.add(List.of(p.code().value(), p.nameAsOf(asOf), p.typeAsOf(asOf).vietnamese(),
                        n(c[0] + c[1] + c[2]), n(c[0]), n(c[1]), n(c[2])));
            }
            ctx.out().print(Text.table(List.of("Mã", "Tên", "Loại", "Cấp xã", "Phường", "Xã", "Đặc khu"), rows, Set.of(3, 4, 5, 6)));
            ctx.out().println("Tổng: " + provinces.size() + " tỉnh, thành phố; " + n(total[0] + total[1] + total[2])
                    + " đơn vị cấp xã (" + n(total[0]) + " phường, " + n(total[1]) + " xã, " + n(total[2])
                    + " đặc khu) tính đến ngày " + vi(asOf));
            return Haicap.EXIT_OK;
        }

        private static int listUnits(UnitCatalog catalog, Province p, LocalDate asOf, String format, Context ctx) {
            List<AdminUnit> units = catalog.units(p.code());
            if (format.equals("json")) {
                ArrayNode a = JSON.createArrayNode();
                for (AdminUnit u : units) {
                    a.add(unitJson(u, asOf).put("mergedCommunes", u.mergedCommuneCount()));
                }
                writeJson(ctx, a);
                return Haicap.EXIT_OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (AdminUnit u : units) {
                rows.add(List.of(u.code().value(), u.nameAsOf(asOf), u.typeAsOf(asOf).vietnamese(),
                        n(u.mergedCommuneCount())));
            }
            ctx.out().println(p.nameAsOf(asOf) + " (mã " + p.code().value() + ")");
            ctx.out().print(Text.table(List.of("Mã", "Tên", "Loại", "Số xã cũ"), rows, Set.of(3)));
            int[] c = counts(units, asOf);
            ctx.out().println("Tổng: " + n(units.size()) + " đơn vị cấp xã (" + n(c[0]) + " phường, " + n(c[1]) + " xã, "
                    + n(c[2]) + " đặc khu) tính đến ngày " + vi(asOf));
            return Haicap.EXIT_OK;
        }
    }

    /** Counts by type as of the date, indexed by {@link UnitType#ordinal()}: phường, xã, đặc khu. */
    static int[] counts(List<AdminUnit> units, LocalDate asOf) {
        int[] c = new int[UnitType.values().length];
        for (AdminUnit u : units) {
            c[u.typeAsOf(asOf).ordinal()]++;
        }
        return c;
    }

    /** {@code units successors}. */
    static final class Successors implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("units", "successors"),
                "đơn vị mới nhận một xã, phường, thị trấn cũ / the new units a pre-2025 commune went into",
                "OLD_CODE [--format text|json]",
                "OLD_CODE là mã 5 chữ số trước 1/7/2025. Xã cũ bị chia có nhiều đơn vị mới (một phần / part).\n"
                        + "OLD_CODE is a pre-2025 5-digit code. A split commune has several successors.\n"
                        + "Mã không có trong bảng chuyển đổi: mã thoát 3 / a code not in the conversion table: exit 3.",
                List.of(FORMAT, CatalogueOptions.AMENDMENTS), 1, 1, "OLD_CODE",
                List.of("units successors 00013", "units successors 18796 --format json"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Arguments args, Context ctx) {
            String format = format(args);
            UnitCode code = Values.unitCode(args.positionals().get(0));
            UnitCatalog catalog = catalog(args);
            List<Successor> list = catalog.successors(code);
            if (list.isEmpty()) {
                throw new CliException(Haicap.EXIT_NOT_FOUND, "không có xã, phường, thị trấn cũ mã " + code.value() + " trong bảng chuyển đổi",
                        "no pre-2025 unit " + code.value() + " in the conversion table");
            }
            LocalDate asOf = ctx.today();
            CatalogueOptions.warnBeyondHorizon(catalog, asOf, ctx);
            if (format.equals("json")) {
                ArrayNode a = JSON.createArrayNode();
                for (Successor s : list) {
                    ObjectNode o = unitJson(s.unit(), asOf);
                    o.put("share", share(s.share()));
                    o.put("mergeNote", s.former().mergeNote());
                    o.set("former", formerJson(s.former()));
                    a.add(o);
                }
                writeJson(ctx, a);
                return Haicap.EXIT_OK;
            }
            FormerUnit f = list.get(0).former();
            ctx.out().println(f.name() + " (mã " + code.value() + ", " + f.districtName() + ", " + f.provinceName() + ") → "
                    + list.size() + " đơn vị mới:");
            List<List<String>> rows = new ArrayList<>();
            for (Successor s : list) {
                AdminUnit u = s.unit();
                rows.add(List.of(u.code().value(), u.nameAsOf(asOf), u.province().nameAsOf(asOf),
                        s.share().vietnamese(), s.former().mergeNote()));
            }
            ctx.out().print(Text.table(List.of("Mã", "Tên", "Tỉnh, thành phố", "Phần", "Ghi chú sáp nhập"), rows, Set.of()));
            for (Successor s : list) {
                if (s.former().hasSourceNote()) {
                    ctx.out().println("Lưu ý " + s.unit().code().value() + ": " + s.former().sourceNote());
                }
            }
            return Haicap.EXIT_OK;
        }
    }

    static ObjectNode formerJson(FormerUnit f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", f.code());
        o.put("name", f.name());
        o.put("type", formerType(f.name()));
        o.put("share", share(f.share()));
        o.put("mergeNote", f.mergeNote());
        o.put("district", f.districtName());
        o.put("districtCode", f.districtCode());
        o.put("provinceName", f.provinceName());
        o.put("provinceCode", f.provinceCode());
        if (f.hasSourceNote()) {
            o.put("sourceNote", f.sourceNote());
        }
        return o;
    }

    /** {@code units predecessors}. */
    static final class Predecessors implements Command {
        private static final CommandSpec SPEC = new CommandSpec(List.of("units", "predecessors"),
                "các xã, phường, thị trấn cũ hợp thành một đơn vị mới / the pre-2025 units a new unit was formed from",
                "CODE [--format text|json]",
                "CODE là mã 5 chữ số của đơn vị từ 1/7/2025; thứ tự theo bảng chuyển đổi chính thức.\n"
                        + "CODE is a unit code in force since 2025-07-01; the order is the official workbook's.\n"
                        + "Mã không có: mã thoát 3 / an unknown code: exit 3.",
                List.of(FORMAT, CatalogueOptions.AMENDMENTS), 1, 1, "CODE",
                List.of("units predecessors 00004", "units predecessors 14698 --format json"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(Arguments args, Context ctx) {
            String format = format(args);
            UnitCode code = Values.unitCode(args.positionals().get(0));
            UnitCatalog catalog = catalog(args);
            AdminUnit unit = catalog.unit(code).orElseThrow(() -> new CliException(Haicap.EXIT_NOT_FOUND,
                    "không có đơn vị hành chính cấp xã mã " + code.value(), "no commune-level unit " + code.value()));
            List<FormerUnit> formers = unit.formerUnits();
            CatalogueOptions.warnBeyondHorizon(catalog, ctx.today(), ctx);
            if (format.equals("json")) {
                ArrayNode a = JSON.createArrayNode();
                for (FormerUnit f : formers) {
                    ObjectNode o = formerJson(f);
                    o.put("successor", unit.code().value());
                    a.add(o);
                }
                writeJson(ctx, a);
                return Haicap.EXIT_OK;
            }
            LocalDate asOf = ctx.today();
            ctx.out().println(unit.nameAsOf(asOf) + " (mã " + unit.code().value() + ", " + unit.province().nameAsOf(asOf)
                    + ") được hình thành từ " + formers.size() + " đơn vị cũ:");
            List<List<String>> rows = new ArrayList<>();
            for (FormerUnit f : formers) {
                rows.add(List.of(f.code().isEmpty() ? "—" : f.code(), f.name(), f.districtName(), f.provinceName(),
                        f.share().vietnamese(), f.mergeNote()));
            }
            ctx.out().print(Text.table(List.of("Mã cũ", "Tên", "Quận, huyện", "Tỉnh cũ", "Phần", "Ghi chú sáp nhập"), rows, Set.of()));
            for (FormerUnit f : formers) {
                if (f.hasSourceNote()) {
                    ctx.out().println("Lưu ý " + f.code() + ": " + f.sourceNote());
                }
            }
            if (unit.hasNotes()) {
                ctx.out().println("Ghi chú: " + unit.notes());
            }
            return Haicap.EXIT_OK;
        }
    }

    private static final List<String> FORMER_TYPES = List.of("Thị trấn", "Thị xã", "Thành phố", "Phường", "Xã",
            "Huyện", "Quận", "Khu vực");

    /** The pre-2025 type word that starts a former unit's name, lower case, or "" when none. */
    static String formerType(String name) {
        for (String t : FORMER_TYPES) {
            if (name.startsWith(t + " ")) {
                return t.toLowerCase(new Locale("vi"));
            }
        }
        return "";
    }

    private static final Formats VI = Formats.of(Language.VI);

    static String n(long v) {
        return VI.integer(v);
    }

    static String vi(LocalDate d) {
        return VI.date(d);
    }
}
