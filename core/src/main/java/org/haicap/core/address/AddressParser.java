package org.haicap.core.address;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.Province;
import org.haicap.core.units.UnitCatalog;

/**
 * Splits a free-text Vietnamese address into the street part and the unit parts (bộ phân tích
 * địa chỉ): {@code "Số 5 phố Quán Thánh, phường Quán Thánh, quận Ba Đình, Hà Nội"} gives the
 * street {@code Số 5 phố Quán Thánh}, the commune {@code Quán Thánh} (phường), the district
 * {@code Ba Đình} (quận) and the province {@code Hà Nội} (type inferred).
 *
 * <p>What it accepts (docs/addresses.md has the whole list):
 * <ul>
 *   <li>text with or without diacritics, in any case, NFC or NFD (normalised to NFC first),
 *       with extra spaces, with or without commas ({@code P5 Q3 TPHCM});</li>
 *   <li>type prefixes in full ({@code Phường}, {@code Xã}, {@code Thị trấn}, {@code Đặc khu},
 *       {@code Quận}, {@code Huyện}, {@code Thị xã}, {@code Thành phố}, {@code Tỉnh}) or
 *       abbreviated ({@code P.}, {@code F.}, {@code X.}, {@code TT.}, {@code ĐK.}, {@code Q.},
 *       {@code H.}, {@code TX.}, {@code TP.}, {@code T.}); the two-letter abbreviations also
 *       without the dot, {@code P}, {@code F} and {@code Q} without the dot before a number
 *       ({@code P5}, {@code Q 3}); a one-letter abbreviation without a dot is otherwise part
 *       of a name;</li>
 *   <li>ordinal units ({@code Phường 5}, {@code P.05}, {@code Quận 3}, {@code Q3}): the name is
 *       the number, without leading zeros;</li>
 *   <li>a province written with no prefix (the last part, or the end of a name when commas are
 *       missing), by its current or pre-2025 name, or by an alias of {@link #provinceAliases()}.</li>
 * </ul>
 *
 * <p>The parts come in the order commune, district, province, each at most once: a type word
 * of a level not above the last part found is read as part of a name, so {@code Xa Dang Xa}
 * is one commune named {@code Dang Xa}. A type word written with other diacritics than the
 * type's ({@code Xá} is not {@code Xã}) is never a prefix. {@code Thành phố} is a province
 * after a district part, or when it ends the address and its name is a province's; otherwise
 * it is a city under a province (district level).
 *
 * <p>Words for levels below the commune ({@code thôn}, {@code xóm}, {@code ấp}, {@code tổ},
 * {@code khu phố}, {@code ngõ}, {@code ngách}, {@code hẻm}, {@code phố}, {@code đường}) are not
 * unit parts: they stay in the street. The parser never interprets text: markup or a formula
 * ({@code <script>}, {@code =SUM(…)}) is kept as text like any other.
 *
 * <p>The parser decides the shape of an address, not which unit a name means; it reads only
 * the province names of the catalogue it is given.
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class AddressParser {

    /** The longest address accepted, in characters. */
    public static final int MAX_LENGTH = 1000;

    /**
     * The province aliases: the folded alias ({@link VietnameseText#fold(String)}) and the code
     * of the province it stands for. Only the commonest are listed; any province may also be
     * written by its name with or without its prefix.
     */
    private static final Map<String, String> ALIASES;

    static {
        Map<String, String> a = new LinkedHashMap<>();
        for (String hcm : List.of("tphcm", "tp hcm", "hcm", "hcmc", "tp ho chi minh", "sai gon", "saigon",
                "tp sai gon")) {
            a.put(hcm, "79");
        }
        for (String hn : List.of("hn", "tp hn", "tphn", "ha noi", "tp ha noi")) {
            a.put(hn, "01");
        }
        ALIASES = Collections.unmodifiableMap(a);
    }

    /** The short names of the 63 provinces of before 1 July 2025, as the pre-2025 list writes them. */
    private static final List<String> FORMER_PROVINCES = List.of("Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn",
            "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên",
            "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng",
            "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
            "Quảng Bình", "Quảng Trị", "Huế", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định",
            "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông",
            "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh",
            "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang",
            "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau");

    private static final Set<String> COUNTRY = Set.of("viet nam", "vietnam", "vn");

    private static final class Official {
        static final AddressParser INSTANCE = new AddressParser(UnitCatalog.official());
    }

    /** Folded province name (short or full, current or former) → the name to report. */
    private final Map<String, String> provinceNames;
    private final Map<String, String> aliasNames;

    private AddressParser(UnitCatalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String former : FORMER_PROVINCES) {
            names.put(VietnameseText.fold(former), former);
        }
        for (Province p : catalog.provinces()) {
            names.put(VietnameseText.fold(p.shortName()), AddressNames.tones(p.shortName()));
            names.put(VietnameseText.fold(p.name()), AddressNames.tones(p.shortName()));
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        ALIASES.forEach((alias, code) -> aliases.put(alias,
                catalog.province(code).map(p -> AddressNames.tones(p.shortName()))
                        .orElse(code.equals("79") ? "Hồ Chí Minh" : "Hà Nội")));
        this.provinceNames = Map.copyOf(names);
        this.aliasNames = Map.copyOf(aliases);
    }

    /**
     * The parser with the province names of {@link UnitCatalog#official()}, built once.
     *
     * @return the shared parser
     */
    public static AddressParser official() {
        return Official.INSTANCE;
    }

    /**
     * A parser that knows the province names of {@code catalog} (and those of before 2025).
     *
     * @param catalog the catalogue whose provinces' names are read, not null
     * @return the parser
     */
    public static AddressParser of(UnitCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new AddressParser(catalog);
    }

    /**
     * The alias table: each folded alias ({@code tphcm}, {@code hn}, {@code sai gon}…) and the
     * code of the province it stands for ({@code 79}, {@code 01}).
     *
     * @return the table, unmodifiable, in a fixed order
     */
    public static Map<String, String> provinceAliases() {
        return ALIASES;
    }

    /**
     * Parses one address.
     *
     * @param address the address as written
     * @return its parts; text that is no unit part stays in the street, and nothing is dropped
     *     without a warning
     * @throws IllegalArgumentException if {@code address} is null, blank, or longer than
     *     {@link #MAX_LENGTH} characters
     */
    public ParsedAddress parse(String address) {
        if (address == null) {
            throw new IllegalArgumentException("địa chỉ là null / the address is null");
        }
        if (address.isBlank()) {
            throw new IllegalArgumentException("địa chỉ trống / the address is blank");
        }
        if (address.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("địa chỉ dài " + address.length() + " ký tự, quá " + MAX_LENGTH
                    + " / the address is " + address.length() + " characters long, more than " + MAX_LENGTH);
        }
        EnumSet<AddressWarning> warnings = EnumSet.noneOf(AddressWarning.class);
        String input = VietnameseText.nfc(address);
        if (!input.equals(address)) {
            warnings.add(AddressWarning.UNICODE_NORMALISED);
        }
        return new Run(input, warnings).parse();
    }

    @Override
    public String toString() {
        return "AddressParser[" + provinceNames.size() + " province names, " + aliasNames.size() + " aliases]";
    }

    /** A token: a run of characters between spaces and commas, or a piece of one. */
    private record Token(String text, String fold, int start, int end, int segment, boolean glued) {
        boolean dotted() {
            return text.endsWith(".");
        }

        boolean plain() {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A type prefix found at a token: the type (for Thành phố, the district-level one) and its length. */
    private record Marker(AddressUnitType type, int length, boolean cityOrProvince) {
        int level() {
            return type.level().ordinal();
        }
    }

    /** A type prefix in full: its words, their folded forms and spelling keys, and the type. */
    private record FullPrefix(String[] words, String[] folds, String[] keys, AddressUnitType type) {
        static FullPrefix of(String text, AddressUnitType type) {
            String[] words = text.split(" ");
            String[] folds = new String[words.length];
            String[] keys = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                folds[i] = VietnameseText.fold(words[i]);
                keys[i] = VietnameseText.spellingKey(words[i]);
            }
            return new FullPrefix(words, folds, keys, type);
        }
    }

    private static final List<FullPrefix> FULL_PREFIXES = List.of(
            FullPrefix.of("Thị trấn", AddressUnitType.THI_TRAN),
            FullPrefix.of("Đặc khu", AddressUnitType.DAC_KHU),
            FullPrefix.of("Thị xã", AddressUnitType.THI_XA),
            FullPrefix.of("Thành phố", AddressUnitType.THANH_PHO_THUOC_TINH),
            FullPrefix.of("Phường", AddressUnitType.PHUONG),
            FullPrefix.of("Xã", AddressUnitType.XA),
            FullPrefix.of("Quận", AddressUnitType.QUAN),
            FullPrefix.of("Huyện", AddressUnitType.HUYEN),
            FullPrefix.of("Tỉnh", AddressUnitType.TINH));

    private static final Map<String, AddressUnitType> ABBREVIATIONS = Map.ofEntries(
            Map.entry("p", AddressUnitType.PHUONG), Map.entry("f", AddressUnitType.PHUONG),
            Map.entry("x", AddressUnitType.XA), Map.entry("tt", AddressUnitType.THI_TRAN),
            Map.entry("dk", AddressUnitType.DAC_KHU), Map.entry("q", AddressUnitType.QUAN),
            Map.entry("h", AddressUnitType.HUYEN), Map.entry("tx", AddressUnitType.THI_XA),
            Map.entry("tp", AddressUnitType.THANH_PHO_THUOC_TINH), Map.entry("t", AddressUnitType.TINH));

    /** One parse: the tokens of one input and what was found. */
    private final class Run {
        private final String input;
        /** Whether the whole input is written without diacritics. */
        private final boolean plainInput;
        private final EnumSet<AddressWarning> warnings;
        private final List<Token> tokens = new ArrayList<>();
        private UnitPart commune;
        private UnitPart district;
        private UnitPart province;
        private int level = -1;

        Run(String input, EnumSet<AddressWarning> warnings) {
            this.input = input;
            this.plainInput = input.chars().noneMatch(c -> c >= 0x80 && Character.isLetter(c));
            this.warnings = warnings;
        }

        ParsedAddress parse() {
            tokenize();
            int n = tokens.size();
            if (n > 0) {
                int lastSegment = tokens.get(n - 1).segment();
                int first = firstOfSegment(lastSegment);
                if (first > 0 && COUNTRY.contains(fold(first, n))) {
                    warnings.add(AddressWarning.COUNTRY_IGNORED);
                    n = first;
                }
            }
            int streetEnd = -1;
            int i = 0;
            while (i < n) {
                Marker m = marker(i, n);
                if (m != null && allowed(m) && (streetEnd >= 0 || !streetWord(m, i, n))) {
                    if (streetEnd < 0) {
                        streetEnd = i;
                    }
                    i = readPrefixed(m, i, n);
                    continue;
                }
                if (streetEnd < 0) {
                    i++;
                    continue;
                }
                // text after a part that has no prefix: up to the end of its segment or a marker
                int j = i + 1;
                while (j < n && tokens.get(j).segment() == tokens.get(i).segment()) {
                    Marker k = marker(j, n);
                    if (k != null && allowed(k)) {
                        break;
                    }
                    j++;
                }
                readUnprefixed(i, j, j == n);
                i = j;
            }
            if (streetEnd < 0) {
                streetEnd = n;
                // no prefix at all: the last of several segments is a province when it names one
                if (n > 0) {
                    int first = firstOfSegment(tokens.get(n - 1).segment());
                    if (first > 0 && provinceName(first, n) != null) {
                        province = part(AddressLevel.PROVINCE, Optional.empty(), -1, first, n);
                        warnings.add(AddressWarning.TYPE_PREFIX_INFERRED);
                        streetEnd = first;
                    }
                }
            }
            String street = streetEnd == 0 ? "" : input.substring(tokens.get(0).start(), tokens.get(streetEnd - 1).end());
            street = stripTrailing(street);
            AddressForm form = district != null ? AddressForm.OLD
                    : commune != null || province != null ? AddressForm.NEW : AddressForm.UNKNOWN;
            return new ParsedAddress(input, street, Optional.ofNullable(commune), Optional.ofNullable(district),
                    Optional.ofNullable(province), form, List.copyOf(warnings));
        }

        private String stripTrailing(String street) {
            int e = street.length();
            while (e > 0 && (Character.isWhitespace(street.charAt(e - 1)) || ",;-–".indexOf(street.charAt(e - 1)) >= 0)) {
                e--;
            }
            return street.substring(0, e);
        }

        private int firstOfSegment(int segment) {
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).segment() == segment) {
                    return t;
                }
            }
            return tokens.size();
        }

        /**
         * Whether a prefix of a lower level follows, or a later segment starts with one of the same
         * level: then {@code m} is a word of the street ({@code Số 10 Xã Đàn, Phường Kim Liên},
         * {@code so 5 pho Quan Thanh phuong Quan Thanh}).
         */
        private boolean streetWord(Marker m, int i, int n) {
            int segment = tokens.get(i).segment();
            int mine = m.cityOrProvince() ? AddressLevel.DISTRICT.ordinal() : m.level();
            for (int j = i + 1; j < n; j++) {
                Token t = tokens.get(j);
                boolean segmentStart = t.segment() != segment && tokens.get(j - 1).segment() != t.segment();
                Marker k = marker(j, n);
                if (k != null) {
                    int theirs = k.cityOrProvince() ? AddressLevel.DISTRICT.ordinal() : k.level();
                    if (theirs < mine || (segmentStart && theirs == mine)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean allowed(Marker m) {
            if (m.cityOrProvince()) {
                return level < AddressLevel.PROVINCE.ordinal();
            }
            return m.level() > level;
        }

        /** Reads a prefixed part at {@code i}; returns the index after it. */
        private int readPrefixed(Marker m, int i, int n) {
            int nameStart = i + m.length();
            Token first = tokens.get(nameStart);
            AddressUnitType type = m.type();
            if (m.cityOrProvince() && level >= AddressLevel.DISTRICT.ordinal()) {
                type = AddressUnitType.THANH_PHO_TRUNG_UONG;
            }
            int nameEnd;
            if (AddressNames.isDigits(first.text()) && type.level() != AddressLevel.PROVINCE) {
                nameEnd = nameStart + 1;
            } else {
                nameEnd = nameStart + 1;
                int threshold = type.level().ordinal();
                while (nameEnd < n && tokens.get(nameEnd).segment() == first.segment()) {
                    Marker k = marker(nameEnd, n);
                    if (k != null && (k.cityOrProvince() ? threshold < AddressLevel.PROVINCE.ordinal() : k.level() > threshold)) {
                        break;
                    }
                    nameEnd++;
                }
            }
            boolean atEnd = nameEnd == n;
            if (type == AddressUnitType.THANH_PHO_THUOC_TINH && atEnd && provinceName(nameStart, nameEnd) != null) {
                type = AddressUnitType.THANH_PHO_TRUNG_UONG;
            }
            if (type.level() != AddressLevel.PROVINCE && atEnd && province == null && nameEnd - nameStart > 1
                    && !AddressNames.isDigits(first.text())) {
                // a name that runs to the end may end with the province, written without a comma
                for (int k = nameStart + 1; k < nameEnd; k++) {
                    if (provinceName(k, nameEnd) != null) {
                        set(part(type.level(), Optional.of(type), i, nameStart, k));
                        province = part(AddressLevel.PROVINCE, Optional.empty(), -1, k, nameEnd);
                        warnings.add(AddressWarning.TYPE_PREFIX_INFERRED);
                        level = AddressLevel.PROVINCE.ordinal();
                        return nameEnd;
                    }
                }
            }
            set(part(type.level(), Optional.of(type), i, nameStart, nameEnd));
            return nameEnd;
        }

        /** Reads text without a prefix after a part, tokens {@code [i, j)}. */
        private void readUnprefixed(int i, int j, boolean last) {
            AddressLevel target;
            if (level < AddressLevel.PROVINCE.ordinal() && (last || provinceName(i, j) != null)) {
                target = AddressLevel.PROVINCE;
            } else if (level == AddressLevel.COMMUNE.ordinal()) {
                target = AddressLevel.DISTRICT;
            } else {
                warnings.add(AddressWarning.TEXT_NOT_READ);
                return;
            }
            warnings.add(AddressWarning.TYPE_PREFIX_INFERRED);
            set(part(target, Optional.empty(), -1, i, j));
        }

        private void set(UnitPart p) {
            switch (p.level()) {
                case COMMUNE -> commune = p;
                case DISTRICT -> district = p;
                case PROVINCE -> province = p;
            }
            level = p.level().ordinal();
        }

        /** The name of the province that tokens {@code [a, b)} name, or null. */
        private String provinceName(int a, int b) {
            String f = fold(a, b);
            String alias = aliasNames.get(f);
            if (alias != null) {
                return alias;
            }
            return provinceNames.get(f);
        }

        private String fold(int a, int b) {
            return VietnameseText.fold(input.substring(tokens.get(a).start(), tokens.get(b - 1).end()));
        }

        private UnitPart part(AddressLevel partLevel, Optional<AddressUnitType> type, int prefixStart, int a, int b) {
            int start = prefixStart >= 0 ? tokens.get(prefixStart).start() : tokens.get(a).start();
            String typeAsWritten = prefixStart >= 0
                    ? input.substring(tokens.get(prefixStart).start(), tokens.get(a - 1).end()) : "";
            String asWritten = input.substring(tokens.get(a).start(), tokens.get(b - 1).end());
            String name = AddressNames.spaces(asWritten);
            if (AddressNames.isDigits(name)) {
                String number = AddressNames.number(name);
                if (!number.equals(name)) {
                    warnings.add(AddressWarning.NUMBER_NORMALISED);
                }
                name = number;
            } else {
                String apostrophes = AddressNames.apostrophes(name);
                if (!apostrophes.equals(name)) {
                    warnings.add(AddressWarning.APOSTROPHE_NORMALISED);
                }
                String tones = AddressNames.tones(apostrophes);
                if (!tones.equals(apostrophes)) {
                    warnings.add(AddressWarning.TONE_MARKS_NORMALISED);
                }
                name = tones;
                if (partLevel == AddressLevel.PROVINCE) {
                    String f = VietnameseText.fold(name);
                    String alias = aliasNames.get(f);
                    String known = provinceNames.get(f);
                    if (alias != null && known == null) {
                        warnings.add(AddressWarning.PROVINCE_ALIAS);
                        name = alias;
                    } else if (known == null) {
                        warnings.add(AddressWarning.PROVINCE_NOT_RECOGNISED);
                    }
                }
            }
            return new UnitPart(partLevel, type, typeAsWritten, asWritten, name, VietnameseText.fold(name), start,
                    tokens.get(b - 1).end());
        }

        /** The type prefix at token {@code i} (followed by a name before {@code n}), or null. */
        private Marker marker(int i, int n) {
            Token t = tokens.get(i);
            // in text with diacritics, a type word without them is a prefix only where a segment starts
            // or before a number (quan 3)
            boolean segmentStart = i == 0 || tokens.get(i - 1).segment() != t.segment();
            for (FullPrefix full : FULL_PREFIXES) {
                int words = full.words().length;
                if (i + words >= n) {
                    continue;
                }
                boolean match = true;
                for (int w = 0; w < words && match; w++) {
                    Token u = tokens.get(i + w);
                    match = u.segment() == t.segment() && !u.dotted() && u.fold().equals(full.folds()[w])
                            && (u.plain() ? w > 0 || plainInput || segmentStart
                                    || AddressNames.isDigits(tokens.get(i + words).text())
                                    : VietnameseText.spellingKey(u.text()).equals(full.keys()[w]));
                }
                if (match && tokens.get(i + words).segment() == t.segment()) {
                    return new Marker(full.type(), words, full.type() == AddressUnitType.THANH_PHO_THUOC_TINH);
                }
            }
            String key = t.fold();
            AddressUnitType type = ABBREVIATIONS.get(key);
            if (type == null || i + 1 >= n || tokens.get(i + 1).segment() != t.segment()) {
                return null;
            }
            if (!t.plain() && !key.equals("dk")) {
                return null;
            }
            boolean ok;
            if (t.dotted() || t.glued()) {
                ok = true;
            } else if (key.length() == 2) {
                ok = true;
            } else {
                ok = (key.equals("p") || key.equals("f") || key.equals("q"))
                        && AddressNames.isDigits(tokens.get(i + 1).text());
            }
            return ok ? new Marker(type, 1, type == AddressUnitType.THANH_PHO_THUOC_TINH) : null;
        }

        private void tokenize() {
            int segment = 0;
            int i = 0;
            int len = input.length();
            while (i < len) {
                char c = input.charAt(i);
                if (c == ',' || c == ';') {
                    segment++;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < len) {
                    char d = input.charAt(j);
                    if (d == ',' || d == ';' || Character.isWhitespace(d) || Character.isSpaceChar(d)) {
                        break;
                    }
                    j++;
                }
                addToken(i, j, segment);
                i = j;
            }
        }

        private void addToken(int start, int end, int segment) {
            String text = input.substring(start, end);
            int dot = text.indexOf('.');
            if (dot > 0 && dot < text.length() - 1) {
                String head = VietnameseText.fold(text.substring(0, dot));
                if (ABBREVIATIONS.containsKey(head)) {
                    tokens.add(token(start, start + dot + 1, segment, false));
                    addToken(start + dot + 1, end, segment);
                    return;
                }
            }
            // P5, Q10, F7: an abbreviation glued to a number
            if (text.length() >= 2 && "pPqQfF".indexOf(text.charAt(0)) >= 0
                    && AddressNames.isDigits(text.substring(1))) {
                tokens.add(token(start, start + 1, segment, true));
                tokens.add(token(start + 1, end, segment, false));
                return;
            }
            tokens.add(token(start, end, segment, false));
        }

        private Token token(int start, int end, int segment, boolean glued) {
            String text = input.substring(start, end);
            return new Token(text, VietnameseText.fold(text), start, end, segment, glued);
        }
    }
}
