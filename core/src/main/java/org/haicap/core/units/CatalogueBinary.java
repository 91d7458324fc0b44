package org.haicap.core.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.haicap.core.internal.BinaryFrame;

/**
 * The compact binary form of the catalogue ({@value #RESOURCE}), the form
 * {@link UnitCatalog#official()} reads.
 *
 * <p>The binary is written from the CSV base with the shipped amendments
 * ({@link CatalogueAmendments#shipped()}) applied, by the full, checking {@link CatalogueLoader}
 * (every check of the CSV and of the amendments runs when the binary is made), so reading it
 * runs no text or JSON parsing and none of those checks; the catalogue it gives reads the
 * amendment file itself only when asked for its amendments or horizon. Version 1 holds type
 * histories, not renames: a shipped rename would need a new version (the writer refuses one),
 * a user's rename is applied on top at run time. Reading it: it only rebuilds the records (whose constructors still check their own values)
 * and hands the lists, already in code order, to {@link UnitCatalog}'s trusted constructor. The
 * file is committed next to the CSV; {@code CatalogueBinaryTest} fails, naming the command that
 * regenerates it, when it is out of step with the CSV.
 *
 * <p>Layout (big-endian; {@code u} is an unsigned LEB128 variable-length integer; a string
 * outside the string table is its index, in 2 bytes, or 3 when there are more than 65,536
 * strings, so that reading one takes no loop):
 * <pre>
 * header   4 bytes magic "HCUC", int version ({@value #VERSION}), int payload length,
 *          int CRC-32 of the payload
 * payload  strings: u count, u count of Latin-1 strings, u byte count and the ISO-8859-1 bytes
 *            of the Latin-1 strings one after the other, u byte count and the UTF-8 bytes of the
 *            others, then u length in chars of each string (strings are referred to by index,
 *            the Latin-1 ones first; each distinct string is stored once)
 *          dates: u count, per date u year, u month, u day (index 0 is 1 July 2025)
 *          province type histories: u count, per history u length, per change u date, u ordinal
 *          unit type histories: the same
 *          former places: u count, per place district name, district code, province name,
 *            province code
 *          merge notes: u count, per note the note, u share ordinal
 *          provinces in code order: u count, per province code, name, short name, u history
 *          units in code order: u count, per unit code, name, short name, u province, u history,
 *            notes, u former-unit count, per former unit code, name, u merge note, u place,
 *            source note
 *          the units in the CSV's row order: per unit its index in code order
 * </pre>
 * Latin-1 strings (codes, most short names) are kept apart because cutting them out of Latin-1
 * text is a plain array copy, while cutting a string out of UTF-16 text first tries to compress
 * it. A change of layout changes {@link #VERSION}.
 *
 * <p>Stateless: each call works on its own decoder, so any thread may call it.
 */
final class CatalogueBinary {

    static final String RESOURCE = "vn-admin-units-2025.bin";

    static final int VERSION = 1;

    private static final byte[] MAGIC = {'H', 'C', 'U', 'C'};

    private static final int HEADER = BinaryFrame.HEADER;

    private static final MergeShare[] SHARES = MergeShare.values();

    private CatalogueBinary() {
    }

    // ------------------------------------------------------------------ reading

    /** Reads the binary resource shipped with the library. */
    static UnitCatalog loadOfficial() {
        return load(RESOURCE);
    }

    /** Reads a binary resource of this package. */
    static UnitCatalog load(String resource) {
        byte[] bytes = BinaryFrame.resource(CatalogueBinary.class, resource, "tạo lại từ " + CatalogueLoader.RESOURCE,
                "regenerate it from " + CatalogueLoader.RESOURCE);
        return read(bytes, resource);
    }

    /**
     * Rebuilds a catalogue from its binary form.
     *
     * @param source names the bytes in error messages
     * @throws IllegalStateException if the bytes are not a catalogue of this version or are
     *     damaged
     */
    static UnitCatalog read(byte[] bytes, String source) {
        BinaryFrame.check(bytes, source, MAGIC, VERSION, "danh mục nhị phân của haicap", "a haicap binary catalogue");
        try {
            Decoder d = new Decoder(bytes, HEADER);
            UnitCatalog c = d.catalog();
            if (d.pos != bytes.length) {
                throw BinaryFrame.corrupt(source, "thừa " + (bytes.length - d.pos) + " byte ở cuối",
                        (bytes.length - d.pos) + " bytes left over at the end");
            }
            return c;
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            // a valid header and checksum over content this reader cannot follow (a writer bug or a
            // hand-made file): one clear message naming the resource, the cause kept for debugging
            IllegalStateException x = BinaryFrame.corrupt(source, "dữ liệu hỏng (" + e + ")", "damaged data (" + e + ")");
            x.initCause(e);
            throw x;
        }
    }

    /** One pass over a payload. */
    private static final class Decoder {
        private final byte[] b;
        private int pos;
        private String[] strings;
        private boolean wideRefs;
        private LocalDate[] dates;
        private List<?>[] provinceHistories;
        private List<?>[] unitHistories;
        private Province[] provinces;
        /** Former district name and code, former province name and code. */
        private String[][] places;
        private String[] notes;
        private MergeShare[] noteShares;

        Decoder(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        int u() {
            int v = 0;
            int shift = 0;
            while (true) {
                int x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
                if (shift > 28) {
                    throw new IllegalArgumentException("varint too long at byte " + pos);
                }
            }
        }

        /** A block of text: u byte count, the bytes. */
        private String text(java.nio.charset.Charset charset) {
            int byteCount = u();
            String t = new String(b, pos, byteCount, charset);
            pos += byteCount;
            return t;
        }

        /** A number of items that follow: each takes at least one byte, so no more than are left. */
        int count() {
            int n = u();
            if (n > b.length - pos) {
                throw new IllegalArgumentException("count " + n + " at byte " + pos + " exceeds the data left");
            }
            return n;
        }

        /** A string reference: 2 bytes, or 3 when there are more than 65,536 strings. */
        String s() {
            int p = pos;
            int i = (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
            if (wideRefs) {
                i = i << 8 | (b[p + 2] & 0xFF);
                pos = p + 3;
            } else {
                pos = p + 2;
            }
            return strings[i];
        }

        // The work per string, former unit and unit is in small methods of its own: called
        // thousands of times, they are compiled early, while one long loop body would stay in
        // the interpreter for the whole (one-off) read.

        UnitCatalog catalog() {
            strings = new String[count()];
            wideRefs = strings.length > 1 << 16;
            int latin1Count = u();
            String latin1 = text(StandardCharsets.ISO_8859_1);
            String other = text(StandardCharsets.UTF_8);
            int at = 0;
            for (int i = 0; i < latin1Count; i++) {
                at = string(i, latin1, at);
            }
            if (at != latin1.length()) {
                throw new IllegalArgumentException("string lengths do not add up");
            }
            at = 0;
            for (int i = latin1Count; i < strings.length; i++) {
                at = string(i, other, at);
            }
            if (at != other.length()) {
                throw new IllegalArgumentException("string lengths do not add up");
            }
            dates = new LocalDate[count()];
            for (int i = 0; i < dates.length; i++) {
                dates[i] = LocalDate.of(u(), u(), u());
            }
            provinceHistories = new List<?>[count()];
            for (int h = 0; h < provinceHistories.length; h++) {
                provinceHistories[h] = history(ProvinceType.values());
            }
            unitHistories = new List<?>[count()];
            for (int h = 0; h < unitHistories.length; h++) {
                unitHistories[h] = history(UnitType.values());
            }
            places = new String[count()][];
            for (int i = 0; i < places.length; i++) {
                places[i] = new String[] {s(), s(), s(), s()};
            }
            notes = new String[count()];
            noteShares = new MergeShare[notes.length];
            for (int i = 0; i < notes.length; i++) {
                notes[i] = s();
                noteShares[i] = SHARES[u()];
            }
            provinces = new Province[count()];
            for (int p = 0; p < provinces.length; p++) {
                provinces[p] = new Province(new ProvinceCode(s()), s(), s(), provinceHistory(provinceHistories[u()]));
            }
            AdminUnit[] units = new AdminUnit[count()];
            for (int i = 0; i < units.length; i++) {
                units[i] = unit();
            }
            AdminUnit[] loadOrder = new AdminUnit[units.length];
            for (int i = 0; i < loadOrder.length; i++) {
                loadOrder[i] = units[u()];
            }
            return new UnitCatalog(List.of(provinces), List.of(units), List.of(loadOrder));
        }

        /** Cuts string {@code i} out of {@code text} at {@code at}; returns where the next one starts. */
        private int string(int i, String text, int at) {
            int end = at + u();
            strings[i] = text.substring(at, end);
            return end;
        }

        private <T extends Enum<T>> List<TypeChange<T>> history(T[] types) {
            @SuppressWarnings("unchecked")
            TypeChange<T>[] changes = new TypeChange[count()];
            for (int i = 0; i < changes.length; i++) {
                changes[i] = new TypeChange<>(dates[u()], types[u()]);
            }
            return List.of(changes);
        }

        private AdminUnit unit() {
            UnitCode code = new UnitCode(s());
            String name = s();
            String shortName = s();
            Province province = provinces[u()];
            List<TypeChange<UnitType>> history = unitHistory(unitHistories[u()]);
            String notes = s();
            FormerUnit[] formers = new FormerUnit[count()];
            for (int f = 0; f < formers.length; f++) {
                formers[f] = former();
            }
            return new AdminUnit(code, name, shortName, province, history, List.of(formers), notes);
        }

        private FormerUnit former() {
            String code = s();
            String name = s();
            int note = u();
            String[] place = places[u()];
            return new FormerUnit(code, name, noteShares[note], notes[note], place[0], place[1], place[2], place[3],
                    s());
        }

        @SuppressWarnings("unchecked")
        private static List<TypeChange<ProvinceType>> provinceHistory(List<?> h) {
            return (List<TypeChange<ProvinceType>>) h;
        }

        @SuppressWarnings("unchecked")
        private static List<TypeChange<UnitType>> unitHistory(List<?> h) {
            return (List<TypeChange<UnitType>>) h;
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * The binary form of a catalogue; the same catalogue always gives the same bytes.
     *
     * @param catalog a catalogue read by the checking {@link CatalogueLoader}
     */
    static byte[] write(UnitCatalog catalog) {
        Encoder e = new Encoder();
        byte[] payload = e.payload(catalog);
        return BinaryFrame.frame(MAGIC, VERSION, payload);
    }

    /** Collects strings, dates and histories into tables, then writes the payload. */
    private static final class Encoder {
        private final Map<String, Integer> stringIds = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final Map<LocalDate, Integer> dateIds = new HashMap<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private final Map<List<TypeChange<ProvinceType>>, Integer> provinceHistoryIds = new HashMap<>();
        private final List<List<TypeChange<ProvinceType>>> provinceHistories = new ArrayList<>();
        private final Map<List<TypeChange<UnitType>>, Integer> unitHistoryIds = new HashMap<>();
        private final List<List<TypeChange<UnitType>>> unitHistories = new ArrayList<>();
        /** The body as written: {0, number} or {1, string id in first-seen order}. */
        private final List<int[]> items = new ArrayList<>();

        Encoder() {
            date(UnitCatalog.EFFECTIVE_FROM);
        }

        byte[] payload(UnitCatalog catalog) {
            List<Province> provinces = catalog.provinces();
            List<AdminUnit> units = catalog.units();
            for (Province p : provinces) {
                requireNoRename(p.code().value(), p.nameHistory());
            }
            for (AdminUnit u : units) {
                requireNoRename(u.code().value(), u.nameHistory());
            }
            Map<String, Integer> provinceIndex = new HashMap<>();
            Map<String, Integer> unitIndex = new HashMap<>();
            Map<List<String>, Integer> placeIds = new HashMap<>();
            Map<List<String>, Integer> noteIds = new HashMap<>();
            List<List<String>> places = new ArrayList<>();
            List<List<String>> notes = new ArrayList<>();
            for (AdminUnit unit : units) {
                for (FormerUnit f : unit.formerUnits()) {
                    id(place(f), placeIds, places);
                    id(List.of(f.mergeNote(), f.share().name()), noteIds, notes);
                }
            }
            n(places.size());
            for (List<String> place : places) {
                place.forEach(this::s);
            }
            n(notes.size());
            for (List<String> note : notes) {
                s(note.get(0));
                n(MergeShare.valueOf(note.get(1)).ordinal());
            }
            n(provinces.size());
            for (int p = 0; p < provinces.size(); p++) {
                Province pr = provinces.get(p);
                provinceIndex.put(pr.code().value(), p);
                s(pr.code().value());
                s(pr.name());
                s(pr.shortName());
                n(id(pr.typeHistory(), provinceHistoryIds, provinceHistories));
            }
            n(units.size());
            for (int i = 0; i < units.size(); i++) {
                AdminUnit unit = units.get(i);
                unitIndex.put(unit.code().value(), i);
                s(unit.code().value());
                s(unit.name());
                s(unit.shortName());
                n(provinceIndex.get(unit.province().code().value()));
                n(id(unit.typeHistory(), unitHistoryIds, unitHistories));
                s(unit.notes());
                n(unit.formerUnits().size());
                for (FormerUnit f : unit.formerUnits()) {
                    s(f.code());
                    s(f.name());
                    n(noteIds.get(List.of(f.mergeNote(), f.share().name())));
                    n(placeIds.get(place(f)));
                    s(f.sourceNote());
                }
            }
            for (AdminUnit unit : catalog.loadOrder()) {
                n(unitIndex.get(unit.code().value()));
            }
            for (List<TypeChange<ProvinceType>> h : provinceHistories) {
                h.forEach(c -> date(c.effectiveFrom()));
            }
            for (List<TypeChange<UnitType>> h : unitHistories) {
                h.forEach(c -> date(c.effectiveFrom()));
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            // Latin-1 strings first: a run time substring of Latin-1 text is a plain array copy
            List<String> latin1 = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String s : strings) {
                (isLatin1(s) ? latin1 : other).add(s);
            }
            int[] newId = new int[strings.size()];
            int nextLatin1 = 0;
            int nextOther = latin1.size();
            for (int i = 0; i < strings.size(); i++) {
                newId[i] = isLatin1(strings.get(i)) ? nextLatin1++ : nextOther++;
            }
            u(out, strings.size());
            u(out, latin1.size());
            text(out, latin1, StandardCharsets.ISO_8859_1);
            text(out, other, StandardCharsets.UTF_8);
            for (String s : latin1) {
                u(out, s.length());
            }
            for (String s : other) {
                u(out, s.length());
            }
            u(out, dates.size());
            for (LocalDate d : dates) {
                u(out, d.getYear());
                u(out, d.getMonthValue());
                u(out, d.getDayOfMonth());
            }
            histories(out, provinceHistories);
            histories(out, unitHistories);
            boolean wide = strings.size() > 1 << 16;
            for (int[] item : items) {
                if (item[0] == 1) {
                    int id = newId[item[1]];
                    if (wide) {
                        out.write(id >>> 16);
                    }
                    out.write(id >>> 8);
                    out.write(id);
                } else {
                    u(out, item[1]);
                }
            }
            return out.toByteArray();
        }

        /** Version 1 holds type histories only: a renamed unit is applied on top at run time instead. */
        private static void requireNoRename(String code, List<NameChange> names) {
            if (names.size() != 1) {
                throw new IllegalArgumentException("dạng nhị phân phiên bản " + VERSION + " chưa lưu đổi tên (mã " + code
                        + ") / binary version " + VERSION + " does not hold renames yet (code " + code + ")");
            }
        }

        private <T extends Enum<T>> void histories(ByteArrayOutputStream out, List<List<TypeChange<T>>> hs) {
            u(out, hs.size());
            for (List<TypeChange<T>> h : hs) {
                u(out, h.size());
                for (TypeChange<T> c : h) {
                    u(out, dateIds.get(c.effectiveFrom()));
                    u(out, c.type().ordinal());
                }
            }
        }

        private void s(String value) {
            Integer id = stringIds.get(value);
            if (id == null) {
                id = strings.size();
                stringIds.put(value, id);
                strings.add(value);
            }
            items.add(new int[] {1, id});
        }

        private void n(int v) {
            items.add(new int[] {0, v});
        }

        private static boolean isLatin1(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0xFF) {
                    return false;
                }
            }
            return true;
        }

        private static void text(ByteArrayOutputStream out, List<String> strings, java.nio.charset.Charset charset) {
            byte[] bytes = String.join("", strings).getBytes(charset);
            u(out, bytes.length);
            out.writeBytes(bytes);
        }

        private void date(LocalDate d) {
            if (!dateIds.containsKey(d)) {
                dateIds.put(d, dates.size());
                dates.add(d);
            }
        }

        private static List<String> place(FormerUnit f) {
            return List.of(f.districtName(), f.districtCode(), f.provinceName(), f.provinceCode());
        }

        private static <K> int id(K key, Map<K, Integer> ids, List<K> list) {
            Integer id = ids.get(key);
            if (id == null) {
                id = list.size();
                ids.put(key, id);
                list.add(key);
            }
            return id;
        }

        private static void u(ByteArrayOutputStream out, int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            while ((v & ~0x7F) != 0) {
                out.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }
    }

    // ------------------------------------------------------------------ build step

    /**
     * Regenerates the binary from the CSV and the shipped amendments: {@code java -cp
     * core/target/classes:<jackson jars> org.haicap.core.units.CatalogueBinary <csv> <bin>}
     * (simpler: the command {@code CatalogueBinaryTest} names). Every check of the CSV loader
     * and of the amendments runs.
     *
     * @param args the CSV to read and the binary file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CatalogueBinary <catalogue.csv> <catalogue.bin>");
            System.exit(2);
        }
        Path csv = Path.of(args[0]);
        UnitCatalog catalog;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            catalog = CatalogueLoader.loadBase(r, csv.getFileName().toString())
                    .withAmendments(CatalogueAmendments.shipped());
        }
        byte[] bytes = write(catalog);
        UnitCatalog back = read(bytes, args[1]);
        if (!back.units().equals(catalog.units()) || !back.loadOrder().equals(catalog.loadOrder())) {
            throw new IllegalStateException("the binary does not read back to the same catalogue");
        }
        Path out = Path.of(args[1]);
        if (Files.exists(out) && Arrays.equals(Files.readAllBytes(out), bytes)) {
            System.out.println(out + " is up to date (" + bytes.length + " bytes)");
            return;
        }
        Files.write(out, bytes);
        System.out.println("wrote " + out + " (" + bytes.length + " bytes)");
    }
}
