package org.haicap.core.units.former;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.haicap.core.internal.BinaryFrame;
import org.haicap.core.units.ProvinceType;

/**
 * The compact binary form of the catalogue of 30 June 2025 ({@value #RESOURCE}), the form
 * {@link FormerCatalog#asOf30June2025()} reads.
 *
 * <p>It is written from the two CSV files by the checking {@link FormerCsv} reader, so reading it
 * parses no text; the records' constructors and {@link FormerCatalog}'s constructor still check
 * codes and parent links. The file is committed next to the CSVs; {@code FormerBinaryTest} fails,
 * naming the command that regenerates it, when it is out of step with them.
 *
 * <p>Layout (big-endian; {@code u} is an unsigned LEB128 variable-length integer; {@code s} is a
 * string given as its {@code u} index in the string table; a date is {@code u} epoch day, an
 * optional date {@code u} 0 for none or epoch day + 1):
 * <pre>
 * header     4 bytes magic "HCFC", int version ({@value #VERSION}), int payload length,
 *            int CRC-32 of the payload
 * payload    strings: u count, per string u UTF-8 byte count and the bytes (each distinct
 *              string once, in order of first use)
 *            provinces by code: u count, per province s code, s name, s short name, u type ordinal
 *            districts by code: u count, per district s code, s short name, u type, name,
 *              s province
 *            communes by code: u count, per commune s code, s short name, u type, name,
 *              s district, s province, s notes
 *              (a name is u 0 when it is the type, a space and the short name, else u 1 and s)
 *            former names in file order: u count, per name u level, u change, s code, s name,
 *              s short name, s type, s district code, s district name, s province code,
 *              s province name, date first seen, date last seen, date first absent, u count and
 *              s of seen-in, u count and s code, s name of successors, s basis, optional date
 *              ceased on, s resolution, s notes
 * </pre>
 * A change of layout changes {@link #VERSION}. Stateless; any thread may call it.
 */
final class FormerBinary {

    static final String RESOURCE = "vn-admin-units-pre2025.bin";

    static final int VERSION = 1;

    private static final byte[] MAGIC = {'H', 'C', 'F', 'C'};

    private static final int HEADER = BinaryFrame.HEADER;

    private FormerBinary() {
    }

    // ------------------------------------------------------------------ reading

    static FormerCatalog loadOfficial() {
        byte[] bytes = BinaryFrame.resource(FormerBinary.class, RESOURCE, "tạo lại từ " + FormerCsv.UNITS + " và " + FormerCsv.NAMES,
                "regenerate it from " + FormerCsv.UNITS + " and " + FormerCsv.NAMES);
        return read(bytes, RESOURCE);
    }

    /**
     * Rebuilds a catalogue from its binary form.
     *
     * @param source names the bytes in error messages
     * @throws IllegalStateException if the bytes are not a catalogue of this version or are damaged
     */
    static FormerCatalog read(byte[] bytes, String source) {
        BinaryFrame.check(bytes, source, MAGIC, VERSION, "danh mục trước 2025 của haicap", "a haicap pre-2025 catalogue");
        try {
            Decoder d = new Decoder(bytes, HEADER);
            FormerCatalog c = d.catalog(source);
            if (d.pos != bytes.length) {
                throw BinaryFrame.corrupt(source, "thừa " + (bytes.length - d.pos) + " byte ở cuối",
                        (bytes.length - d.pos) + " bytes left over at the end");
            }
            return c;
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            IllegalStateException x = BinaryFrame.corrupt(source, "dữ liệu hỏng (" + e + ")", "damaged data (" + e + ")");
            x.initCause(e);
            throw x;
        }
    }

    private static final class Decoder {
        private static final ProvinceType[] PROVINCE_TYPES = ProvinceType.values();
        private static final DistrictType[] DISTRICT_TYPES = DistrictType.values();
        private static final CommuneType[] COMMUNE_TYPES = CommuneType.values();
        private static final FormerName.Level[] LEVELS = FormerName.Level.values();
        private static final FormerName.Change[] CHANGES = FormerName.Change.values();

        private final byte[] b;
        private int pos;
        private String[] strings;

        Decoder(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        FormerCatalog catalog(String source) {
            strings = new String[u()];
            for (int i = 0; i < strings.length; i++) {
                int n = u();
                strings[i] = new String(b, pos, n, StandardCharsets.UTF_8);
                pos += n;
            }
            List<FormerProvince> provinces = new ArrayList<>();
            for (int i = u(); i > 0; i--) {
                provinces.add(new FormerProvince(s(), s(), s(), PROVINCE_TYPES[u()]));
            }
            List<FormerDistrict> districts = new ArrayList<>();
            for (int i = u(); i > 0; i--) {
                String code = s();
                String shortName = s();
                DistrictType type = DISTRICT_TYPES[u()];
                districts.add(new FormerDistrict(code, name(type.vietnamese(), shortName), shortName, type, s()));
            }
            List<FormerCommune> communes = new ArrayList<>();
            for (int i = u(); i > 0; i--) {
                String code = s();
                String shortName = s();
                CommuneType type = COMMUNE_TYPES[u()];
                communes.add(new FormerCommune(code, name(type.vietnamese(), shortName), shortName, type, s(), s(),
                        s()));
            }
            List<FormerName> names = new ArrayList<>();
            for (int i = u(); i > 0; i--) {
                FormerName.Level level = LEVELS[u()];
                FormerName.Change change = CHANGES[u()];
                String code = s();
                String name = s();
                String shortName = s();
                String type = s();
                String dc = s();
                String dn = s();
                String pc = s();
                String pn = s();
                LocalDate firstSeen = LocalDate.ofEpochDay(u());
                LocalDate lastSeen = LocalDate.ofEpochDay(u());
                LocalDate firstAbsent = LocalDate.ofEpochDay(u());
                List<String> seenIn = new ArrayList<>();
                for (int k = u(); k > 0; k--) {
                    seenIn.add(s());
                }
                List<String> succCodes = new ArrayList<>();
                List<String> succNames = new ArrayList<>();
                for (int k = u(); k > 0; k--) {
                    succCodes.add(s());
                    succNames.add(s());
                }
                String basis = s();
                int ceased = u();
                names.add(new FormerName(level, change, code, name, shortName, type, dc, dn, pc, pn, firstSeen,
                        lastSeen, firstAbsent, seenIn, succCodes, succNames, basis,
                        ceased == 0 ? null : LocalDate.ofEpochDay(ceased - 1L), s(), s()));
            }
            return new FormerCatalog(provinces, districts, communes, names, source);
        }

        private String s() {
            return strings[u()];
        }

        private String name(String type, String shortName) {
            return u() == 0 ? type + " " + shortName : s();
        }

        private int u() {
            int v = 0;
            int shift = 0;
            while (true) {
                int x = b[pos++];
                v |= (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
                if (shift > 28) {
                    throw new IllegalArgumentException("varint too long at " + (pos - 1));
                }
            }
        }
    }

    // ------------------------------------------------------------------ writing

    /** Writes a catalogue in binary form; the same catalogue always gives the same bytes. */
    static byte[] write(FormerCatalog c) {
        Encoder e = new Encoder();
        ByteArrayOutputStream body = e.body;
        e.u(c.provinces().size());
        for (FormerProvince p : c.provinces()) {
            e.s(p.code());
            e.s(p.name());
            e.s(p.shortName());
            e.u(p.type().ordinal());
        }
        e.u(c.districts().size());
        for (FormerDistrict d : c.districts()) {
            e.s(d.code());
            e.s(d.shortName());
            e.u(d.type().ordinal());
            e.name(d.name(), d.type().vietnamese(), d.shortName());
            e.s(d.provinceCode());
        }
        e.u(c.communes().size());
        for (FormerCommune m : c.communes()) {
            e.s(m.code());
            e.s(m.shortName());
            e.u(m.type().ordinal());
            e.name(m.name(), m.type().vietnamese(), m.shortName());
            e.s(m.districtCode());
            e.s(m.provinceCode());
            e.s(m.notes());
        }
        e.u(c.formerNames().size());
        for (FormerName n : c.formerNames()) {
            e.u(n.level().ordinal());
            e.u(n.change().ordinal());
            e.s(n.code());
            e.s(n.name());
            e.s(n.shortName());
            e.s(n.type());
            e.s(n.districtCode());
            e.s(n.districtName());
            e.s(n.provinceCode());
            e.s(n.provinceName());
            e.u(Math.toIntExact(n.firstSeen().toEpochDay()));
            e.u(Math.toIntExact(n.lastSeen().toEpochDay()));
            e.u(Math.toIntExact(n.firstAbsent().toEpochDay()));
            e.u(n.seenIn().size());
            n.seenIn().forEach(e::s);
            e.u(n.successorCodes().size());
            for (int i = 0; i < n.successorCodes().size(); i++) {
                e.s(n.successorCodes().get(i));
                e.s(n.successorNames().get(i));
            }
            e.s(n.successorBasis());
            e.u(n.ceasedOn() == null ? 0 : Math.toIntExact(n.ceasedOn().toEpochDay() + 1));
            e.s(n.resolution());
            e.s(n.notes());
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream(body.size() + 200_000);
        Encoder.u(payload, e.strings.size());
        for (String s : e.strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            Encoder.u(payload, utf8.length);
            payload.writeBytes(utf8);
        }
        payload.writeBytes(body.toByteArray());
        byte[] p = payload.toByteArray();
        return BinaryFrame.frame(MAGIC, VERSION, p);
    }

    private static final class Encoder {
        final ByteArrayOutputStream body = new ByteArrayOutputStream(600_000);
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        void s(String value) {
            Integer id = ids.get(value);
            if (id == null) {
                id = strings.size();
                ids.put(value, id);
                strings.add(value);
            }
            u(id);
        }

        void u(int v) {
            u(body, v);
        }

        /** A full name: 0 when it is the type, a space and the short name, else 1 + its string. */
        void name(String name, String type, String shortName) {
            if (name.equals(type + " " + shortName)) {
                u(0);
            } else {
                u(1);
                s(name);
            }
        }

        static void u(ByteArrayOutputStream out, int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative " + v);
            }
            while ((v & ~0x7f) != 0) {
                out.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }
    }

    /**
     * Regenerates the binary: {@code java -cp core/target/classes
     * org.haicap.core.units.former.FormerBinary <pre2025.csv> <former-names.csv> <out.bin>}.
     *
     * @param args the two CSV files and the binary to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: FormerBinary <" + FormerCsv.UNITS + "> <" + FormerCsv.NAMES + "> <out.bin>");
            System.exit(2);
        }
        FormerCatalog c = FormerCsv.read(Files.readAllBytes(Path.of(args[0])), args[0],
                Files.readAllBytes(Path.of(args[1])), args[1]);
        byte[] bytes = write(c);
        Files.write(Path.of(args[2]), bytes);
        System.out.println("wrote " + args[2] + " (" + bytes.length + " bytes)");
    }
}
