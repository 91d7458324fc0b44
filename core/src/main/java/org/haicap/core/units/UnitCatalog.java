package org.haicap.core.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.VietnameseText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official catalogue of Vietnam's administrative units (danh mục đơn vị hành chính) of the
 * two-level local government in force since 1 July 2025: 34 provinces and centrally-run cities
 * and 3,321 commune-level units (xã, phường, đặc khu), with the dated amendments since (type
 * and name changes, each citing its resolution) and the official conversion from pre-2025
 * communes.
 *
 * <pre>{@code
 * UnitCatalog catalog = UnitCatalog.official();
 * AdminUnit baDinh = catalog.unit("00004").orElseThrow();          // Phường Ba Đình
 * List<AdminUnit> hanoi = catalog.units(ProvinceCode.of("01"));      // 126 units, by code
 * UnitType t = catalog.unit("25270").orElseThrow().typeAsOf(LocalDate.of(2026, 5, 1)); // PHUONG
 * List<SearchHit> hits = catalog.search("hoan kiem, ha noi");        // Phường Hoàn Kiếm first
 * List<Successor> next = catalog.successors("00013");                // Quán Thánh → Ba Đình, WHOLE
 * int merged = baDinh.mergedCommuneCount();                          // 10
 * }</pre>
 *
 * <p>Data: the base of 1 July 2025, the resource {@code org/haicap/core/units/vn-admin-units-2025.csv}
 * (a copy of the project's {@code vn-admin-units-2025.csv}: registry of the National
 * Statistics Office and its conversion workbook), plus an ordered list of dated
 * {@linkplain CatalogueAmendment amendments}, each citing its resolution: the shipped ones
 * ({@link CatalogueAmendments#shipped()}: Đồng Nai and 10 phường on 30 April 2026, Quảng Ninh
 * on 1 September 2026, Bắc Ninh and 12 phường on 20 September 2026) and any a user loads with
 * {@link #withAmendments(CatalogueAmendments)}. The data is known up to {@link #horizon()}; for
 * a later date every answer is the last known state, and callers should say so. Nothing here
 * reads the clock: every time-dependent answer takes a date.
 *
 * <p>Immutable and thread-safe. {@link #official()} loads the data once per JVM, lazily, on
 * first use.
 */
public final class UnitCatalog {

    /** The first day of the two-level government, 1 July 2025; earlier dates are out of scope. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2025, 7, 1);

    /** The longest accepted search query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** The number of hits {@link #search(String)} returns at most. */
    public static final int DEFAULT_LIMIT = 20;

    private static final String[] FORMER_TYPE_WORDS = {"thi tran", "phuong", "xa", "tt", "p", "x"};
    private static final Map<String, String> FORMER_TYPE_CANON = Map.of(
            "thi tran", "thi tran", "tt", "thi tran", "phuong", "phuong", "p", "phuong", "xa", "xa", "x", "xa");
    private static final String[] DISTRICT_WORDS = {"thanh pho", "thi xa", "huyen", "quan", "tp", "tx", "h", "q"};
    private static final String[] PROVINCE_WORDS = {"thanh pho", "tinh", "tp"};

    private final List<Province> provinces;
    private final List<AdminUnit> units;
    /** The units in the order they were loaded, for the indexes built on first use. */
    private final List<AdminUnit> loadOrder;
    /** The amendment files applied to the base, in order; null for the shipped ones, read on first use. */
    private final List<CatalogueAmendments> included;

    // Indexes built on first use. Each is a volatile field written once, inside
    // synchronized (lock), with a map that is never changed afterwards (double-checked locking
    // on a volatile field: a thread that sees the reference sees the whole map). Two threads
    // asking at once build it once; a thread that only reads a built index takes no lock. The
    // lock is private, so a caller synchronising on the catalogue cannot hold it up.
    private final Object lock = new Object();
    private volatile Map<String, Province> provinceByCode;
    private volatile Map<String, Integer> unitIndex;
    private volatile Optional<AdminUnit>[] unitByNumber;
    private volatile Map<String, List<AdminUnit>> unitsByProvince;
    private volatile Map<String, List<AdminUnit>> unitsByProvinceByName;
    private volatile Map<String, List<Successor>> successorsByCode;
    private volatile Map<String, List<FormerKey>> successorsByName;
    private volatile NameIndex index;
    private volatile FormerNameIndex formerNames;

    /** A catalogue of checked values in any order (the CSV loader's path, no amendments): sorts them by code. */
    UnitCatalog(List<Province> provinceList, List<AdminUnit> unitList) {
        this(sortedProvinces(provinceList), sortedUnits(unitList), List.copyOf(unitList), List.of());
    }

    /**
     * The trusted path of the binary form: the lists are taken as they are, immutable and already
     * ordered by code, every unit's province one of {@code provincesByCode}, and
     * {@code loadOrder} the same units in the order the source listed them. Nothing is sorted or
     * indexed here: every index is built on first use.
     */
    UnitCatalog(List<Province> provincesByCode, List<AdminUnit> unitsByCode, List<AdminUnit> loadOrder) {
        this(provincesByCode, unitsByCode, loadOrder, null);
    }

    /**
     * As the trusted constructor, with the amendment files the lists already include ({@code null}
     * for the shipped amendments, whose file is then read only when asked for).
     */
    UnitCatalog(List<Province> provincesByCode, List<AdminUnit> unitsByCode, List<AdminUnit> loadOrder,
            List<CatalogueAmendments> included) {
        this.provinces = provincesByCode;
        this.units = unitsByCode;
        this.loadOrder = loadOrder;
        this.included = included;
    }

    /** The amendment files this catalogue includes, in the order applied. */
    List<CatalogueAmendments> included() {
        return included == null ? List.of(CatalogueAmendments.shipped()) : included;
    }

    private static List<Province> sortedProvinces(List<Province> list) {
        List<Province> ps = new ArrayList<>(list);
        ps.sort(Comparator.comparing(Province::code));
        return List.copyOf(ps);
    }

    private static List<AdminUnit> sortedUnits(List<AdminUnit> list) {
        List<AdminUnit> us = new ArrayList<>(list);
        us.sort(Comparator.comparing(AdminUnit::code));
        return List.copyOf(us);
    }

    /** The units in the order of the source (the CSV's rows), for the binary form. */
    List<AdminUnit> loadOrder() {
        return loadOrder;
    }

    /** Province code to province, built on first use. */
    private Map<String, Province> provinceByCode() {
        Map<String, Province> m = provinceByCode;
        if (m == null) {
            synchronized (lock) {
                m = provinceByCode;
                if (m == null) {
                    m = new HashMap<>();
                    for (Province p : provinces) {
                        m.put(p.code().value(), p);
                    }
                    provinceByCode = m;
                }
            }
        }
        return m;
    }

    /** Unit code to position in {@link #units}, built on the first look-up by code. */
    private Map<String, Integer> unitIndex() {
        Map<String, Integer> m = unitIndex;
        if (m == null) {
            synchronized (lock) {
                m = unitIndex;
                if (m == null) {
                    m = new HashMap<>(units.size() * 2);
                    for (int i = 0; i < units.size(); i++) {
                        m.put(units.get(i).code().value(), i);
                    }
                    unitIndex = m;
                }
            }
        }
        return m;
    }

    /** Province code to its units in code order, built on first use. */
    private Map<String, List<AdminUnit>> unitsByProvince() {
        Map<String, List<AdminUnit>> m = unitsByProvince;
        if (m == null) {
            synchronized (lock) {
                m = unitsByProvince;
                if (m == null) {
                    Map<String, List<AdminUnit>> byProvince = new LinkedHashMap<>();
                    for (AdminUnit u : units) {
                        add(byProvince, u.province().code().value(), u);
                    }
                    m = freeze(byProvince);
                    unitsByProvince = m;
                }
            }
        }
        return m;
    }

    /** Pre-2025 commune code to its successors in load order, built on the first conversion by code. */
    private Map<String, List<Successor>> successorsByCode() {
        Map<String, List<Successor>> m = successorsByCode;
        if (m == null) {
            synchronized (lock) {
                m = successorsByCode;
                if (m == null) {
                    Map<String, List<Successor>> byCode = new HashMap<>();
                    for (AdminUnit u : loadOrder) {
                        for (FormerUnit f : u.formerUnits()) {
                            if (!f.code().isEmpty()) {
                                add(byCode, f.code(), new Successor(u, f));
                            }
                        }
                    }
                    m = freeze(byCode);
                    successorsByCode = m;
                }
            }
        }
        return m;
    }

    /**
     * Logs at debug level how long an index took. The logger is looked up here, not when the
     * class loads, so that neither loading the catalogue nor its cheap indexes (codes,
     * provinces) start the logging back end, which takes tens of milliseconds in a fresh JVM;
     * only the name index, itself about 85 ms, is logged.
     */
    private void debugBuilt(String what, long start) {
        Logger log = LoggerFactory.getLogger(UnitCatalog.class);
        if (log.isDebugEnabled()) {
            log.debug("Unit catalogue index of {} built over {} units in {} ms", what, units.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The name index (collation keys, folded names, word postings), built on the first name query. */
    private NameIndex index() {
        NameIndex i = index;
        if (i == null) {
            synchronized (lock) {
                i = index;
                if (i == null) {
                    long start = System.nanoTime();
                    i = new NameIndex(units, provinces);
                    index = i;
                    debugBuilt("names", start);
                }
            }
        }
        return i;
    }

    /**
     * The former units' names for {@link #search(String)}, built on the first search (never by
     * loading the catalogue, nor by {@link #findProvince(String)}).
     */
    private FormerNameIndex formerNames() {
        FormerNameIndex f = formerNames;
        if (f == null) {
            NameIndex names = index();
            synchronized (lock) {
                f = formerNames;
                if (f == null) {
                    long start = System.nanoTime();
                    f = new FormerNameIndex(loadOrder, names);
                    formerNames = f;
                    debugBuilt("former names", start);
                }
            }
        }
        return f;
    }

    /** The units of each province in collation order, built on first use. */
    private Map<String, List<AdminUnit>> unitsByProvinceByName() {
        Map<String, List<AdminUnit>> m = unitsByProvinceByName;
        if (m == null) {
            synchronized (lock) {
                m = unitsByProvinceByName;
                if (m == null) {
                    NameIndex names = index();
                    Map<String, Integer> positions = unitIndex();
                    Map<String, List<AdminUnit>> built = new HashMap<>();
                    unitsByProvince().forEach((code, list) -> {
                        List<AdminUnit> named = new ArrayList<>(list);
                        named.sort(Comparator.comparingInt(u -> names.collationRank(positions.get(u.code().value()))));
                        built.put(code, List.copyOf(named));
                    });
                    m = built;
                    unitsByProvinceByName = m;
                }
            }
        }
        return m;
    }

    /** Former names (folded, type stripped) to their successors, built on the first query by name. */
    private Map<String, List<FormerKey>> formerNameIndex() {
        Map<String, List<FormerKey>> m = successorsByName;
        if (m == null) {
            synchronized (lock) {
                m = successorsByName;
                if (m == null) {
                    Map<String, List<FormerKey>> byName = new HashMap<>();
                    Map<String, String> districtKeys = new HashMap<>();
                    Map<String, String> provinceKeys = new HashMap<>();
                    for (AdminUnit u : loadOrder) {
                        for (FormerUnit f : u.formerUnits()) {
                            Successor s = new Successor(u, f);
                            String[] typed = stripFormerType(VietnameseText.fold(f.name()));
                            byName.computeIfAbsent(typed[1], k -> new ArrayList<>()).add(new FormerKey(s, typed[0],
                                    districtKeys.computeIfAbsent(f.districtName(),
                                            d -> strip(VietnameseText.fold(d), DISTRICT_WORDS)),
                                    provinceKeys.computeIfAbsent(f.provinceName(),
                                            p -> strip(VietnameseText.fold(p), PROVINCE_WORDS))));
                        }
                    }
                    m = freeze(byName);
                    successorsByName = m;
                }
            }
        }
        return m;
    }

    // The cheap indexes use no lambdas: the first lambda of a fresh JVM costs milliseconds to link.

    private static <V> void add(Map<String, List<V>> m, String key, V value) {
        List<V> list = m.get(key);
        if (list == null) {
            list = new ArrayList<>();
            m.put(key, list);
        }
        list.add(value);
    }

    /** A copy with immutable lists, never changed afterwards. */
    private static <V> Map<String, List<V>> freeze(Map<String, List<V>> m) {
        Map<String, List<V>> out = new HashMap<>(m.size() * 2);
        for (Map.Entry<String, List<V>> e : m.entrySet()) {
            out.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return out;
    }

    private static final class Holder {
        static final UnitCatalog INSTANCE = CatalogueBinary.loadOfficial();
    }

    /**
     * The official catalogue shipped with the library, loaded on first call and shared by every
     * caller in the JVM. It is read from {@code vn-admin-units-2025.bin}, a compact binary form
     * written from the CSV, with every check of the CSV, when the library is built. Every index
     * (codes, provinces, former codes and names, name search, names by collation) is built on
     * the first call that needs it, so a program that only looks units up by code never pays for
     * the others.
     *
     * @return the same instance on every call, from any thread
     * @throws IllegalStateException (wrapped in an {@link ExceptionInInitializerError} on the
     *     first call) if the shipped binary resource is missing or damaged (wrong magic number,
     *     version, length or CRC-32); the message names the resource, in Vietnamese and English
     */
    public static UnitCatalog official() {
        return Holder.INSTANCE;
    }

    /**
     * The base catalogue of 1 July 2025 without any amendment, read from the CSV resource (the
     * slow, checking path: about a quarter of a second). {@code base().withAmendments(
     * CatalogueAmendments.shipped())} has the same provinces and units as {@link #official()}.
     *
     * @return a new instance on every call
     */
    public static UnitCatalog base() {
        return CatalogueLoader.loadBase();
    }

    // ---------------------------------------------------------------- amendments and horizon

    /**
     * This catalogue with a file of amendments applied on top (a new resolution, the day it is
     * published). The amendments run in effective-date order; each change must name a known
     * province or unit, state the type or name in force the day before it takes effect as its
     * "from", and take effect after every change the province or unit already has; a
     * resolution already included is refused. Lists, look-ups, {@code typeAsOf}/{@code nameAsOf},
     * search and {@link #successors(UnitCode)} of the result follow the amendments. The
     * horizon moves to the file's {@code checkedOn} when that is later.
     *
     * <pre>{@code
     * UnitCatalog catalog = UnitCatalog.official().withAmendments(Path.of("nq-2027.json"));
     * }</pre>
     *
     * @return a new catalogue; this one is unchanged
     * @throws AmendmentException naming the file, the entry (index and resolution) and why
     */
    public UnitCatalog withAmendments(CatalogueAmendments amendments) {
        Objects.requireNonNull(amendments, "amendments");
        return Amender.apply(this, amendments);
    }

    /**
     * Reads an amendment file ({@link CatalogueAmendments#read(Path)}) and applies it
     * ({@link #withAmendments(CatalogueAmendments)}).
     *
     * @throws AmendmentException if the file cannot be read, is not of the format, or does not
     *     fit this catalogue; the message names the file and the entry
     */
    public UnitCatalog withAmendments(java.nio.file.Path file) {
        return withAmendments(CatalogueAmendments.read(file));
    }

    /**
     * The amendments included, in the order applied (the shipped ones first for
     * {@link #official()}); empty for {@link #base()}.
     */
    public List<CatalogueAmendment> amendments() {
        List<CatalogueAmendment> out = new ArrayList<>();
        for (CatalogueAmendments f : included()) {
            out.addAll(f.amendments());
        }
        return List.copyOf(out);
    }

    /**
     * How far this catalogue's data is known: the latest {@code checkedOn} of its amendment
     * files and the included resolution that takes effect last. For {@link #official()}:
     * checked on 2026-09-25, last resolution 388/NQ-UBTVQH16 (effective 2026-09-20). For a
     * date after {@link CatalogueHorizon#knownUntil()}, {@code typeAsOf}, {@code nameAsOf} and
     * the lists answer with the last known state, which a resolution published since may have
     * changed: check {@link CatalogueHorizon#covers(LocalDate)} and say so. The base without
     * amendments is known until 1 July 2025 only.
     */
    public CatalogueHorizon horizon() {
        LocalDate checked = EFFECTIVE_FROM;
        String last = "";
        LocalDate lastEffective = EFFECTIVE_FROM;
        for (CatalogueAmendments f : included()) {
            if (f.checkedOn().isPresent() && f.checkedOn().get().isAfter(checked)) {
                checked = f.checkedOn().get();
            }
            for (CatalogueAmendment a : f.amendments()) {
                if (!a.effective().isBefore(lastEffective)) {
                    lastEffective = a.effective();
                    last = a.resolution();
                }
            }
        }
        return new CatalogueHorizon(checked, last, lastEffective);
    }

    // ---------------------------------------------------------------- provinces and units

    /** All 34 provinces and centrally-run cities, ordered by code; immutable. */
    public List<Province> provinces() {
        return provinces;
    }

    /**
     * The province with a code.
     *
     * @return empty for a well-formed code that no province has
     */
    public Optional<Province> province(ProvinceCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(provinceByCode().get(code.value()));
    }

    /**
     * The province with a code given as text.
     *
     * @param code two ASCII digits, e.g. {@code "01"}
     * @return empty for a well-formed code that no province has
     * @throws InvalidCodeException if the text is not two digits
     */
    public Optional<Province> province(String code) {
        return province(ProvinceCode.of(code));
    }

    /**
     * The province a name designates, matched the folded way of {@link #search(String)}:
     * {@code "Hà Nội"}, {@code "ha noi"}, {@code "TP. Hồ Chí Minh"}, {@code "tinh dong nai"},
     * {@code "HCM"}, a 2-digit code, a unique beginning ({@code "quang ng"}) or one typo.
     *
     * @return empty when no province, or more than one, fits
     */
    public Optional<Province> findProvince(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException(InvalidQueryException.Reason.TOO_LONG, text);
        }
        return index().resolveProvince(VietnameseText.nfc(text));
    }

    /**
     * All 3,321 commune-level units, ordered by code; immutable. Each unit's
     * {@code typeAsOf}/{@code nameAsOf} follows this catalogue's amendments; for a date beyond
     * {@link #horizon()} they give the last known state.
     */
    public List<AdminUnit> units() {
        return units;
    }

    /**
     * The units of a province, ordered by code.
     *
     * @return empty for a well-formed code that no province has
     */
    public List<AdminUnit> units(ProvinceCode province) {
        Objects.requireNonNull(province, "province");
        return unitsByProvince().getOrDefault(province.value(), List.of());
    }

    /**
     * The units of a province, ordered by short name with the Vietnamese collator (then type and
     * code), as a person reads a list.
     *
     * @return empty for a well-formed code that no province has
     */
    public List<AdminUnit> unitsByName(ProvinceCode province) {
        Objects.requireNonNull(province, "province");
        return unitsByProvinceByName().getOrDefault(province.value(), List.of());
    }

    /**
     * The unit with a code.
     *
     * @return empty for a well-formed code that no unit of the catalogue has (for instance a
     *     pre-2025 code that was not reused: see {@link #successors(UnitCode)})
     */
    public Optional<AdminUnit> unit(UnitCode code) {
        Objects.requireNonNull(code, "code");
        return unitByNumber()[code.number()];
    }

    /**
     * The units by the number their five digits make, each already wrapped, empty where there is
     * none: a look-up by code (every streamed dossier names one) reads one array element and
     * allocates nothing. Built on first use; 100,000 references.
     */
    private Optional<AdminUnit>[] unitByNumber() {
        Optional<AdminUnit>[] a = unitByNumber;
        if (a == null) {
            synchronized (lock) {
                a = unitByNumber;
                if (a == null) {
                    @SuppressWarnings("unchecked")
                    Optional<AdminUnit>[] built = new Optional[100_000];
                    java.util.Arrays.fill(built, Optional.empty());
                    for (AdminUnit u : units) {
                        built[u.code().number()] = Optional.of(u);
                    }
                    a = built;
                    unitByNumber = a;
                }
            }
        }
        return a;
    }

    /**
     * The unit with a code given as text.
     *
     * @param code five ASCII digits, e.g. {@code "00004"}
     * @throws InvalidCodeException if the text is not five digits
     */
    public Optional<AdminUnit> unit(String code) {
        return unit(UnitCode.of(code));
    }

    // ---------------------------------------------------------------- search

    /**
     * Finds units by name the way people type them, at most {@link #DEFAULT_LIMIT} hits.
     *
     * <p>Matching folds the query and the names with {@link VietnameseText#fold(String)}:
     * diacritics, tone-mark placement ({@code Hoà}/{@code Hòa}), {@code đ}/{@code d}, case,
     * apostrophe style ({@code Ea H’Leo}/{@code ea h'leo}) and punctuation do not matter. The
     * query may start with a type ({@code Phường}, {@code P.}, {@code Xã}, {@code X.},
     * {@code Đặc khu}, {@code ĐK.}). Text after a comma names the province, matched the same
     * way with or without {@code Tỉnh}/{@code Thành phố}/{@code TP.} (with several commas the
     * last part is the province and the middle parts are ignored).
     *
     * <p>The names of former (pre-2025) units are searched too: {@code Quán Thánh} finds former
     * Phường Quán Thánh, a hit with {@link SearchHit#source()} {@link SearchHit.Source#FORMER}
     * whose {@link SearchHit#successors()} are the new units that took it over (here 00004
     * Phường Ba Đình, {@link MergeShare#WHOLE}). A former name matches only as a whole name
     * ({@link MatchKind#EXACT} or {@link MatchKind#FOLDED}, not by prefix, word or typo), may
     * be typed with its pre-2025 type ({@code Phường}, {@code Xã}, {@code Thị trấn}, {@code P.},
     * {@code X.}, {@code TT.}), and is within a province when one of its successors is. A former
     * unit that went whole into one unit of the same name is not listed: the current name
     * finds that unit. The index of former names is built on the first search.
     *
     * <p>Ranking, first rule first: (1) {@link MatchKind#EXACT} (the name as written, with its
     * diacritics; tone-mark placement, apostrophes, case and punctuation aside) before
     * {@link MatchKind#FOLDED} (equal only without diacritics) before {@link MatchKind#PREFIX}
     * before {@link MatchKind#FUZZY}, so {@code Quán Thánh} is never beaten by Quan Thành;
     * (2) a current name before a former one of the same kind: a current exact hit, then a
     * former exact hit, then folded current hits, then folded former hits; (3) a unit whose
     * type (on any date) is the one the query names, then units found without reading a type,
     * then the others; (4) for prefixes, the same spelling with diacritics; (5) fewer typos;
     * (6) the Vietnamese collator on the short name, then type, province and code (former
     * units: by pre-2025 code). Fuzzy matching by edit distance runs only when nothing matched
     * exactly, folded, by prefix or by whole words.
     *
     * @param query e.g. {@code "hoan kiem"}, {@code "P. Hoàn Kiếm, Hà Nội"}, {@code "x. ea kly"}
     * @return the hits, best first; empty when nothing matches
     * @throws InvalidQueryException if the query is blank, longer than
     *     {@link #MAX_QUERY_LENGTH}, has no name, or names an unknown province after the comma
     */
    public List<SearchHit> search(String query) {
        return search(query, DEFAULT_LIMIT);
    }

    /**
     * As {@link #search(String)}, with a limit on the number of hits.
     *
     * @throws InvalidQueryException also if {@code limit < 1}
     */
    public List<SearchHit> search(String query, int limit) {
        return doSearch(query, null, limit);
    }

    /**
     * As {@link #search(String)}, within one province.
     *
     * @param province the province to search in; a province after a comma in the query must
     *     agree with it, or there is no hit
     * @throws InvalidQueryException also if no province has this code
     */
    public List<SearchHit> search(String query, ProvinceCode province) {
        return search(query, province, DEFAULT_LIMIT);
    }

    /**
     * As {@link #search(String, ProvinceCode)}, with a limit on the number of hits.
     *
     * @throws InvalidQueryException also if {@code limit < 1}
     */
    public List<SearchHit> search(String query, ProvinceCode province, int limit) {
        Objects.requireNonNull(province, "province");
        return doSearch(query, province, limit);
    }

    private List<SearchHit> doSearch(String query, ProvinceCode province, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new InvalidQueryException(InvalidQueryException.Reason.BAD_LIMIT, String.valueOf(limit));
        }
        checkQuery(query);
        int provinceOrdinal = -1;
        if (province != null) {
            provinceOrdinal = index().provinceOrdinal(province);
            if (provinceOrdinal < 0) {
                throw new InvalidQueryException(InvalidQueryException.Reason.UNKNOWN_PROVINCE, province.value());
            }
        }
        String text = VietnameseText.nfc(query);
        String name = text;
        int comma = text.indexOf(',');
        if (comma >= 0) {
            name = text.substring(0, comma);
            String provinceText = text.substring(text.lastIndexOf(',') + 1);
            if (!VietnameseText.fold(provinceText).isEmpty()) {
                Province p = index().resolveProvince(provinceText).orElseThrow(
                        () -> new InvalidQueryException(InvalidQueryException.Reason.UNKNOWN_PROVINCE, query));
                int named = index().provinceOrdinal(p.code());
                if (provinceOrdinal >= 0 && named != provinceOrdinal) {
                    return List.of();
                }
                provinceOrdinal = named;
            }
        }
        if (VietnameseText.fold(name).isEmpty()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.NO_NAME, query);
        }
        return index().search(name, provinceOrdinal, limit, formerNames());
    }

    private static void checkQuery(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException(InvalidQueryException.Reason.TOO_LONG, query);
        }
        if (query.isBlank()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.BLANK, query);
        }
    }

    // ---------------------------------------------------------------- old to new

    /**
     * The new units that took over a pre-2025 commune (chuyển đổi mã cũ sang mới), each with
     * whether all or part of it went there. A commune split between several new units (441 of
     * them) gives several answers, in the order of the new units' codes.
     *
     * <p>Pre-2025 codes share the 5-digit space with new codes and many were reused: old 26740
     * (Phường Bến Nghé) went into new 26740 (Phường Sài Gòn). This method reads the code as a
     * pre-2025 code; {@link #unit(UnitCode)} reads it as a new one.
     *
     * @param formerCode a pre-2025 commune code
     * @return empty when the official workbook does not list this code
     */
    public List<Successor> successors(UnitCode formerCode) {
        Objects.requireNonNull(formerCode, "formerCode");
        return successorsByCode().getOrDefault(formerCode.value(), List.of());
    }

    /**
     * As {@link #successors(UnitCode)}, with the code given as text.
     *
     * @throws InvalidCodeException if the text is not five digits
     */
    public List<Successor> successors(String formerCode) {
        return successors(UnitCode.of(formerCode));
    }

    /**
     * The new units that took over pre-2025 units with a name, matched folded (see
     * {@link #search(String)}). The name may start with its pre-2025 type ({@code Xã},
     * {@code Phường}, {@code Thị trấn}, or {@code X.}, {@code P.}, {@code TT.}); then only former
     * units of that type match. Same-named communes were common before 2025, so narrow with
     * {@link #successorsByName(String, String, String)}.
     *
     * @throws InvalidQueryException if the name is blank, too long or has no letters
     */
    public List<Successor> successorsByName(String formerName) {
        return successorsByName(formerName, "", "");
    }

    /**
     * The new units that took over pre-2025 units with a name, in a pre-2025 district and/or
     * province.
     *
     * @param formerName the pre-2025 name, e.g. {@code "Phường Bến Nghé"} or {@code "ben nghe"}
     * @param formerDistrict the pre-2025 district, e.g. {@code "Quận 1"}, {@code "huyen gia lam"}
     *     or its 3-digit code; the empty string for any district
     * @param formerProvince the pre-2025 province, e.g. {@code "Bà Rịa - Vũng Tàu"} or its
     *     2-digit pre-2025 code; the empty string for any province
     * @return the matches in the order of the new units' codes, then workbook order; empty when
     *     none
     * @throws InvalidQueryException if the name is blank, too long or has no letters
     */
    public List<Successor> successorsByName(String formerName, String formerDistrict, String formerProvince) {
        Objects.requireNonNull(formerName, "formerName");
        Objects.requireNonNull(formerDistrict, "formerDistrict");
        Objects.requireNonNull(formerProvince, "formerProvince");
        checkQuery(formerName);
        if (formerDistrict.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException(InvalidQueryException.Reason.TOO_LONG, formerDistrict);
        }
        if (formerProvince.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException(InvalidQueryException.Reason.TOO_LONG, formerProvince);
        }
        String[] typed = stripFormerType(VietnameseText.fold(formerName));
        if (typed[1].isEmpty()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.NO_NAME, formerName);
        }
        String district = strip(VietnameseText.fold(formerDistrict), DISTRICT_WORDS);
        String province = strip(VietnameseText.fold(formerProvince), PROVINCE_WORDS);
        List<Successor> out = new ArrayList<>();
        for (FormerKey k : formerNameIndex().getOrDefault(typed[1], List.of())) {
            FormerUnit f = k.successor().former();
            if (!typed[0].isEmpty() && !typed[0].equals(k.type())) {
                continue;
            }
            if (!district.isEmpty() && !matchesNameOrCode(district, k.district(), f.districtCode(), 3)) {
                continue;
            }
            if (!province.isEmpty() && !matchesNameOrCode(province, k.province(), f.provinceCode(), 2)) {
                continue;
            }
            out.add(k.successor());
        }
        out.sort(Comparator.comparing(s -> s.unit().code()));
        return List.copyOf(out);
    }

    /**
     * The former (pre-2025) units a new unit was formed from (đơn vị tiền thân), in the official
     * workbook's order, including entries without a commune code; the same as
     * {@link AdminUnit#formerUnits()}.
     *
     * @return empty for a well-formed code that no unit has
     */
    public List<FormerUnit> predecessors(UnitCode code) {
        return unit(code).map(AdminUnit::formerUnits).orElse(List.of());
    }

    /**
     * As {@link #predecessors(UnitCode)}, with the code given as text.
     *
     * @throws InvalidCodeException if the text is not five digits
     */
    public List<FormerUnit> predecessors(String code) {
        return predecessors(UnitCode.of(code));
    }

    /** A former unit with its folded keys: type word, district and province without their prefixes. */
    private record FormerKey(Successor successor, String type, String district, String province) {
    }

    private static boolean matchesNameOrCode(String wanted, String foldedName, String code, int digits) {
        if (wanted.length() == digits && wanted.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return wanted.equals(code);
        }
        return wanted.equals(foldedName);
    }

    /** Returns {canonical type word or "", name without it}. */
    private static String[] stripFormerType(String folded) {
        for (String w : FORMER_TYPE_WORDS) {
            if (folded.startsWith(w + " ") && folded.length() > w.length() + 1) {
                return new String[] {FORMER_TYPE_CANON.get(w), folded.substring(w.length() + 1)};
            }
        }
        return new String[] {"", folded};
    }

    private static String strip(String folded, String[] words) {
        for (String w : words) {
            if (folded.startsWith(w + " ") && folded.length() > w.length() + 1) {
                return folded.substring(w.length() + 1);
            }
        }
        return folded;
    }

    @Override
    public String toString() {
        return "UnitCatalog[" + provinces.size() + " provinces, " + units.size() + " units]";
    }

}
