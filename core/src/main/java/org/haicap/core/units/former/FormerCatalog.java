package org.haicap.core.units.former;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.Successor;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitCode;

/**
 * The three-level catalogue of administrative units as it stood on 30 June 2025, the last day
 * before the two-level local government (danh mục đơn vị hành chính trước 1/7/2025): 63
 * provinces, 696 districts and 10,035 communes, with the former names of the rounds of
 * 2019–2025 before it.
 *
 * <p>{@link #asOf30June2025()} reads it once per JVM, lazily, from a compact binary resource
 * generated from {@code vn-admin-units-pre2025.csv} and {@code vn-admin-units-former-names.csv};
 * {@link UnitCatalog#official()} does not load it. Codes are the official GSO codes of that date;
 * commune codes share the 5-digit space with the codes of 1 July 2025 and many were reused for
 * another unit, so a code means a unit of this catalogue only when read through it.
 *
 * <p>Immutable and thread-safe.
 */
public final class FormerCatalog {

    /** The day this catalogue describes: 30 June 2025. */
    public static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2025, 6, 30);

    private static final Comparator<FormerCommune> COMMUNE_ORDER = Comparator.comparing(FormerCommune::code);

    private final List<FormerProvince> provinces;
    private final List<FormerDistrict> districts;
    private final List<FormerCommune> communes;
    private final List<FormerName> formerNames;
    private final Map<String, FormerProvince> provinceByCode = new HashMap<>();
    private final Map<String, FormerDistrict> districtByCode = new HashMap<>();
    private final Map<String, FormerCommune> communeByCode = new HashMap<>();
    private final Map<String, List<FormerDistrict>> districtsByProvince = new HashMap<>();
    private final Map<String, List<FormerCommune>> communesByDistrict = new HashMap<>();
    /** Folded name → former names; built on first use (double-checked, never changed after). */
    private volatile Map<String, List<FormerName>> namesByFold;

    private static final class Official {
        static final FormerCatalog CATALOG = FormerBinary.loadOfficial();
    }

    /**
     * Builds a catalogue, checking that codes are unique and every parent link resolves.
     *
     * @param source names the data in error messages
     * @throws IllegalArgumentException naming the unit, when a code repeats or a parent is missing
     */
    FormerCatalog(List<FormerProvince> provinces, List<FormerDistrict> districts, List<FormerCommune> communes,
            List<FormerName> formerNames, String source) {
        this.provinces = sorted(provinces, Comparator.comparing(FormerProvince::code));
        this.districts = sorted(districts, Comparator.comparing(FormerDistrict::code));
        this.communes = sorted(communes, COMMUNE_ORDER);
        this.formerNames = List.copyOf(formerNames);
        for (FormerProvince p : this.provinces) {
            if (provinceByCode.putIfAbsent(p.code(), p) != null) {
                throw bad(source, "mã tỉnh " + p.code() + " lặp lại", "province code " + p.code() + " repeats");
            }
        }
        Map<String, List<FormerDistrict>> dp = new LinkedHashMap<>();
        for (FormerDistrict d : this.districts) {
            if (districtByCode.putIfAbsent(d.code(), d) != null) {
                throw bad(source, "mã huyện " + d.code() + " lặp lại", "district code " + d.code() + " repeats");
            }
            if (!provinceByCode.containsKey(d.provinceCode())) {
                throw bad(source, "huyện " + d + " thuộc tỉnh không có " + d.provinceCode(),
                        "district " + d + " names an unknown province " + d.provinceCode());
            }
            dp.computeIfAbsent(d.provinceCode(), k -> new ArrayList<>()).add(d);
        }
        dp.forEach((k, v) -> districtsByProvince.put(k, List.copyOf(v)));
        Map<String, List<FormerCommune>> cd = new LinkedHashMap<>();
        for (FormerCommune c : this.communes) {
            if (communeByCode.putIfAbsent(c.code(), c) != null) {
                throw bad(source, "mã xã " + c.code() + " lặp lại", "commune code " + c.code() + " repeats");
            }
            FormerDistrict d = districtByCode.get(c.districtCode());
            if (d == null || !d.provinceCode().equals(c.provinceCode())) {
                throw bad(source, "xã " + c + " thuộc huyện " + c.districtCode() + " không có trong tỉnh " + c.provinceCode(),
                        "commune " + c + " names district " + c.districtCode() + ", not a district of province "
                        + c.provinceCode());
            }
            cd.computeIfAbsent(c.districtCode(), k -> new ArrayList<>()).add(c);
        }
        cd.forEach((k, v) -> communesByDistrict.put(k, List.copyOf(v)));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
    }

    private static IllegalArgumentException bad(String source, String vi, String en) {
        return new IllegalArgumentException(source + ": " + vi + " / " + en);
    }

    /**
     * The catalogue of 30 June 2025 shipped with the library, read on the first call and shared.
     *
     * @throws IllegalStateException if the binary resource is missing or damaged (the message
     *     names it and says why)
     */
    public static FormerCatalog asOf30June2025() {
        return Official.CATALOG;
    }

    // ------------------------------------------------------------------ lookups

    /**
     * The province with a pre-2025 code.
     *
     * @param code 2 digits, e.g. {@code "01"}
     * @return empty when no province had that code
     * @throws FormerCodeException if the code is not 2 digits
     */
    public Optional<FormerProvince> province(String code) {
        return Optional.ofNullable(provinceByCode.get(FormerCodeException.check(FormerName.Level.PROVINCE, code)));
    }

    /**
     * The district with a pre-2025 code.
     *
     * @param code 3 digits, e.g. {@code "001"}
     * @return empty when no district had that code on 30 June 2025
     * @throws FormerCodeException if the code is not 3 digits
     */
    public Optional<FormerDistrict> district(String code) {
        return Optional.ofNullable(districtByCode.get(FormerCodeException.check(FormerName.Level.DISTRICT, code)));
    }

    /**
     * The commune with a pre-2025 code.
     *
     * @param code 5 digits, e.g. {@code "00013"}
     * @return empty when no commune had that code on 30 June 2025
     * @throws FormerCodeException if the code is not 5 digits
     */
    public Optional<FormerCommune> commune(String code) {
        return Optional.ofNullable(communeByCode.get(FormerCodeException.check(FormerName.Level.COMMUNE, code)));
    }

    /** The district a commune belonged to (its parent link, always present in this catalogue). */
    public FormerDistrict districtOf(FormerCommune commune) {
        return parent(districtByCode, commune.districtCode(), commune);
    }

    /** The province a district belonged to (its parent link, always present in this catalogue). */
    public FormerProvince provinceOf(FormerDistrict district) {
        return parent(provinceByCode, district.provinceCode(), district);
    }

    /** The province a commune belonged to (always present in this catalogue). */
    public FormerProvince provinceOf(FormerCommune commune) {
        return parent(provinceByCode, commune.provinceCode(), commune);
    }

    private static <T> T parent(Map<String, T> map, String code, Object child) {
        T t = map.get(Objects.requireNonNull(code));
        if (t == null) {
            throw new IllegalArgumentException(child + " không thuộc danh mục này / is not of this catalogue");
        }
        return t;
    }

    // ------------------------------------------------------------------ lists

    /** The 63 provinces, by code. */
    public List<FormerProvince> provinces() {
        return provinces;
    }

    /** Every district, by code. */
    public List<FormerDistrict> districts() {
        return districts;
    }

    /** Every commune, by code. */
    public List<FormerCommune> communes() {
        return communes;
    }

    /**
     * The districts of a province, by code.
     *
     * @param provinceCode 2 digits
     * @return empty for an unknown province
     * @throws FormerCodeException if the code is not 2 digits
     */
    public List<FormerDistrict> districts(String provinceCode) {
        return districtsByProvince.getOrDefault(FormerCodeException.check(FormerName.Level.PROVINCE, provinceCode),
                List.of());
    }

    /**
     * The communes of a district, by code. Five island districts had none (Bạch Long Vĩ, Cồn Cỏ,
     * Hoàng Sa, Lý Sơn, Côn Đảo).
     *
     * @param districtCode 3 digits
     * @return empty for an unknown district or one without communes
     * @throws FormerCodeException if the code is not 3 digits
     */
    public List<FormerCommune> communes(String districtCode) {
        return communesByDistrict.getOrDefault(FormerCodeException.check(FormerName.Level.DISTRICT, districtCode),
                List.of());
    }

    // ------------------------------------------------------------------ former names

    /** Every former name of the rounds before 2025, in the order of the data file. */
    public List<FormerName> formerNames() {
        return formerNames;
    }

    /**
     * The former names equal to a name once folded ({@link VietnameseText#fold(String)}: case,
     * diacritics, tone-mark placement, apostrophes and punctuation ignored), compared with the
     * full name ({@code "Xã Thông Nông"}) and with the short name ({@code "Thông Nông"}).
     *
     * @param name the name as typed
     * @return the matches in the order of the data file; empty when none
     */
    public List<FormerName> formerNames(String name) {
        String key = VietnameseText.fold(Objects.requireNonNull(name, "name"));
        return key.isEmpty() ? List.of() : namesByFold().getOrDefault(key, List.of());
    }

    private Map<String, List<FormerName>> namesByFold() {
        Map<String, List<FormerName>> index = namesByFold;
        if (index == null) {
            synchronized (this) {
                index = namesByFold;
                if (index == null) {
                    Map<String, List<FormerName>> nf = new HashMap<>();
                    for (FormerName n : formerNames) {
                        String full = VietnameseText.fold(n.name());
                        String shortName = VietnameseText.fold(n.shortName());
                        if (full.isEmpty()) {
                            continue;
                        }
                        nf.computeIfAbsent(full, k -> new ArrayList<>()).add(n);
                        if (!shortName.isEmpty() && !shortName.equals(full)) {
                            nf.computeIfAbsent(shortName, k -> new ArrayList<>()).add(n);
                        }
                    }
                    Map<String, List<FormerName>> built = new HashMap<>();
                    nf.forEach((k, v) -> built.put(k, List.copyOf(v)));
                    index = Map.copyOf(built);
                    namesByFold = index;
                }
            }
        }
        return index;
    }

    // ------------------------------------------------------------------ to 1 July 2025

    /**
     * The units of {@link UnitCatalog#official()} that took over a commune of this catalogue on
     * 1 July 2025, from the official conversion table, each with its share (whole or part).
     *
     * @param communeCode a commune code of 30 June 2025
     * @return empty when the conversion table does not list the code (see docs/catalogue.md)
     * @throws FormerCodeException if the code is not 5 digits
     */
    public List<Successor> successors(String communeCode) {
        return successors(UnitCatalog.official(), communeCode);
    }

    /**
     * As {@link #successors(String)}, in a given catalogue of 1 July 2025 (for instance one with
     * a user's amendments).
     *
     * @throws FormerCodeException if the code is not 5 digits
     */
    public List<Successor> successors(UnitCatalog catalog, String communeCode) {
        Objects.requireNonNull(catalog, "catalog");
        return catalog.successors(UnitCode.of(FormerCodeException.check(FormerName.Level.COMMUNE, communeCode)));
    }

    @Override
    public String toString() {
        return "FormerCatalog[" + AS_OF + ": " + provinces.size() + " provinces, " + districts.size() + " districts, "
                + communes.size() + " communes, " + formerNames.size() + " former names]";
    }
}
