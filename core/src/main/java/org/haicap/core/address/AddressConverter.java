package org.haicap.core.address;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.BeforeReformException;
import org.haicap.core.units.MergeShare;
import org.haicap.core.units.NameChange;
import org.haicap.core.units.Province;
import org.haicap.core.units.Successor;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitType;
import org.haicap.core.units.former.CommuneType;
import org.haicap.core.units.former.DistrictType;
import org.haicap.core.units.former.FormerCatalog;
import org.haicap.core.units.former.FormerCommune;
import org.haicap.core.units.former.FormerDistrict;
import org.haicap.core.units.former.FormerProvince;

/**
 * Converts a free-text address to the unit of 1 July 2025 that holds it (chuyển đổi địa chỉ cũ
 * sang đơn vị mới): {@code Số 5 phố Quán Thánh, phường Quán Thánh, quận Ba Đình, Hà Nội} →
 * {@code 00004 Phường Ba Đình}, written {@code Số 5 phố Quán Thánh, Phường Ba Đình, Thành phố
 * Hà Nội}.
 *
 * <p>The address is split by {@link AddressParser}; its commune, district and province parts
 * are then matched against the catalogue of 30 June 2025 ({@link FormerCatalog}) and the
 * catalogue of 1 July 2025 ({@link UnitCatalog}):
 * <ul>
 *   <li>a former commune is matched by its folded name (no diacritics, any case; ordinal
 *       names by number), and by its type when one is written, within the district named (by
 *       folded name, and type when written) within the province named (by its name of 2025 or
 *       of before); a province left out is looked for across all provinces, and when the
 *       district and commune identify one commune its province is inferred (with
 *       {@link ConversionWarning#PROVINCE_INFERRED});</li>
 *   <li>names written with the official diacritics are preferred over names that match only
 *       when folded; a folded-only match says so ({@link ConversionWarning#FOLDED_MATCH});</li>
 *   <li>a former commune's new units are those of the official conversion table
 *       ({@link FormerCatalog#successors(UnitCatalog, String)}): one unit gives
 *       {@link ConversionStatus#CONVERTED}; a split commune gives
 *       {@link ConversionStatus#AMBIGUOUS} with every successor and its share, never the
 *       largest; a name that fits several former communes (the same name in two districts
 *       when no district is written) gives {@link ConversionStatus#AMBIGUOUS} with the
 *       successors of each;</li>
 *   <li>an address without a district part whose commune is a unit of 1 July 2025 in the
 *       province written gives {@link ConversionStatus#ALREADY_NEW}; when neither district nor
 *       province is written, units of 2025 and former communes of that name are weighed
 *       together and more than one gives {@link ConversionStatus#AMBIGUOUS}.</li>
 * </ul>
 *
 * <p>The new address is the street as written, then the unit's and the province's full names
 * in force on the date asked about ({@link AdminUnit#nameAsOf(LocalDate)},
 * {@link Province#nameAsOf(LocalDate)}), so amendments of the catalogue (a renamed unit, a
 * province that became a city) apply. Dates before 1 July 2025 are refused with a
 * {@link BeforeReformException}: the new units exist only from that day.
 *
 * <p>Immutable and thread-safe; the name indexes are built once, on the first conversion (not
 * when either catalogue is loaded), and never changed after.
 */
public final class AddressConverter {

    private static final class Official {
        static final AddressConverter INSTANCE = new AddressConverter(UnitCatalog.official(),
                FormerCatalog.asOf30June2025(), AddressParser.official());
    }

    private final UnitCatalog catalog;
    private final FormerCatalog former;
    private final AddressParser parser;
    private volatile Indexes indexes;

    private AddressConverter(UnitCatalog catalog, FormerCatalog former, AddressParser parser) {
        this.catalog = catalog;
        this.former = former;
        this.parser = parser;
    }

    /**
     * The converter over {@link UnitCatalog#official()} and {@link FormerCatalog#asOf30June2025()},
     * shared.
     *
     * @return the converter
     */
    public static AddressConverter official() {
        return Official.INSTANCE;
    }

    /**
     * A converter over the given catalogues, for instance a {@link UnitCatalog} with a user's
     * amendments.
     *
     * @param catalog the catalogue of 1 July 2025, not null
     * @param former the catalogue of 30 June 2025, not null
     * @return the converter
     */
    public static AddressConverter of(UnitCatalog catalog, FormerCatalog former) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(former, "former");
        return new AddressConverter(catalog, former,
                catalog == UnitCatalog.official() ? AddressParser.official() : AddressParser.of(catalog));
    }

    /**
     * Converts one address.
     *
     * @param address the address as written, old or new form (see {@link AddressParser})
     * @param asOf the day whose names the new address uses, on or after 1 July 2025
     * @return the conversion; an address that fits nothing is {@link ConversionStatus#NOT_FOUND},
     *     never an exception
     * @throws IllegalArgumentException if {@code address} is null, blank, or longer than
     *     {@link AddressParser#MAX_LENGTH} characters
     * @throws NullPointerException if {@code asOf} is null
     * @throws BeforeReformException if {@code asOf} is before 1 July 2025
     */
    public Conversion convert(String address, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            throw new BeforeReformException(asOf);
        }
        ParsedAddress parsed = parser.parse(address);
        return new Run(address, parsed, asOf, indexes()).run();
    }

    private Indexes indexes() {
        Indexes ix = indexes;
        if (ix == null) {
            synchronized (this) {
                ix = indexes;
                if (ix == null) {
                    ix = new Indexes(catalog, former);
                    indexes = ix;
                }
            }
        }
        return ix;
    }

    @Override
    public String toString() {
        return "AddressConverter[" + catalog + ", " + former + "]";
    }

    // ------------------------------------------------------------------ indexes

    /** Folded names → units; built once. */
    private static final class Indexes {
        final Map<String, List<FormerCommune>> communesByFold = new HashMap<>();
        /** Folded province name (former or 2025, short or full) → former province codes. */
        final Map<String, Set<String>> formerProvinceCodes = new HashMap<>();
        /** Folded province name of 2025 (short or full, any dated name) → province codes of 2025. */
        final Map<String, Set<String>> newProvinceCodes = new HashMap<>();
        /** Folded unit name of 2025 (any dated short name) → units. */
        final Map<String, List<AdminUnit>> unitsByFold = new HashMap<>();
        final Map<String, Province> provinces = new HashMap<>();

        Indexes(UnitCatalog catalog, FormerCatalog former) {
            for (FormerCommune c : former.communes()) {
                communesByFold.computeIfAbsent(fold(c.shortName()), k -> new ArrayList<>()).add(c);
            }
            for (FormerProvince p : former.provinces()) {
                add(formerProvinceCodes, p.shortName(), p.code());
                add(formerProvinceCodes, p.name(), p.code());
            }
            for (Province p : catalog.provinces()) {
                provinces.put(p.code().value(), p);
                for (NameChange n : p.nameHistory()) {
                    add(newProvinceCodes, n.shortName(), p.code().value());
                    if (former.province(p.code().value()).isPresent()) {
                        add(formerProvinceCodes, n.shortName(), p.code().value());
                    }
                }
                add(newProvinceCodes, p.name(), p.code().value());
            }
            for (AdminUnit u : catalog.units()) {
                Set<String> folds = new LinkedHashSet<>();
                for (NameChange n : u.nameHistory()) {
                    folds.add(fold(n.shortName()));
                }
                for (String f : folds) {
                    unitsByFold.computeIfAbsent(f, k -> new ArrayList<>()).add(u);
                }
            }
        }

        private static void add(Map<String, Set<String>> map, String name, String code) {
            map.computeIfAbsent(fold(name), k -> new LinkedHashSet<>()).add(code);
        }
    }

    /** The folded form of a name, ordinal names without leading zeros. */
    static String fold(String name) {
        String f = VietnameseText.fold(AddressNames.spaces(name));
        return AddressNames.isDigits(f) ? AddressNames.number(f) : f;
    }

    /** The name as compared for an exact match: NFC, one tone-mark placement, lower case. */
    static String exact(String name) {
        String s = AddressNames.tones(AddressNames.apostrophes(AddressNames.spaces(VietnameseText.nfc(name))));
        return AddressNames.isDigits(s) ? AddressNames.number(s) : s.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ one conversion

    private final class Run {
        private final String input;
        private final ParsedAddress parsed;
        private final LocalDate asOf;
        private final Indexes ix;
        private final Set<ConversionWarning> warnings = new LinkedHashSet<>();

        Run(String input, ParsedAddress parsed, LocalDate asOf, Indexes ix) {
            this.input = input;
            this.parsed = parsed;
            this.asOf = asOf;
            this.ix = ix;
            for (AddressWarning w : parsed.warnings()) {
                warnings.add(ConversionWarning.of(w));
            }
        }

        Conversion run() {
            if (parsed.commune().isEmpty()) {
                warnings.add(ConversionWarning.NO_COMMUNE);
                return notFound(Optional.empty());
            }
            UnitPart commune = parsed.commune().get();
            Optional<UnitPart> district = parsed.district();
            Optional<UnitPart> province = parsed.province();
            if (district.isEmpty()) {
                Match<AdminUnit> units = newUnits(commune, province);
                if (!units.items().isEmpty()) {
                    Set<ConversionWarning> before = new LinkedHashSet<>(warnings);
                    Match<FormerCommune> olds = formerCommunes(commune, Optional.empty(), province);
                    warnings.retainAll(before); // a probe: its type warnings are not this answer's
                    boolean oldIsBetter = !units.exact() && olds.exact() && !olds.items().isEmpty();
                    if (province.isPresent() && !oldIsBetter) {
                        return alreadyNew(units, commune, province.get());
                    }
                    if (province.isPresent()) {
                        warnings.add(ConversionWarning.ALSO_FORMER_NAME);
                    } else if (olds.items().isEmpty() || units.exact() && !olds.exact()) {
                        return alreadyNew(units, commune, null);
                    }
                    if (units.exact() || !olds.exact()) {
                        return mixed(units, olds);
                    }
                    // an exact former name beats a folded-only name of 2025
                }
            }
            Match<FormerCommune> match = formerCommunes(commune, district, province);
            if (!match.exact()) {
                warnings.add(ConversionWarning.FOLDED_MATCH);
            }
            List<FormerCommune> olds = match.items();
            if (olds.isEmpty()) {
                return notFound(Optional.empty());
            }
            if (olds.size() == 1) {
                FormerCommune c = olds.get(0);
                if (province.isEmpty()) {
                    warnings.add(ConversionWarning.PROVINCE_INFERRED);
                }
                List<Successor> successors = former.successors(catalog, c.code());
                Optional<Conversion.OldCommune> old = Optional.of(old(c));
                if (successors.isEmpty()) {
                    warnings.add(ConversionWarning.NO_SUCCESSOR);
                    return notFound(old);
                }
                List<Conversion.Candidate> candidates = candidates(c, successors);
                if (candidates.size() == 1) {
                    AdminUnit unit = successors.get(0).unit();
                    return new Conversion(input, ConversionStatus.CONVERTED, parsed.street(), old, candidates,
                            Optional.of(format(unit)), List.copyOf(warnings));
                }
                return new Conversion(input, ConversionStatus.AMBIGUOUS, parsed.street(), old, candidates,
                        Optional.empty(), List.copyOf(warnings));
            }
            List<Conversion.Candidate> candidates = new ArrayList<>();
            for (FormerCommune c : olds) {
                candidates.addAll(candidates(c, former.successors(catalog, c.code())));
            }
            if (candidates.isEmpty()) {
                warnings.add(ConversionWarning.NO_SUCCESSOR);
                return notFound(Optional.empty());
            }
            return new Conversion(input, ConversionStatus.AMBIGUOUS, parsed.street(), Optional.empty(), candidates,
                    Optional.empty(), List.copyOf(warnings));
        }

        // ---------------------------------------------------------------- the 2025 form

        /** Units of 2025 with the commune's name (and type when written) in the province written. */
        private Match<AdminUnit> newUnits(UnitPart commune, Optional<UnitPart> province) {
            List<AdminUnit> named = ix.unitsByFold.getOrDefault(fold(commune.name()), List.of());
            if (named.isEmpty()) {
                return Match.none();
            }
            Set<String> codes;
            if (province.isPresent()) {
                codes = ix.newProvinceCodes.getOrDefault(fold(province.get().name()), Set.of());
                if (codes.isEmpty()) {
                    return Match.none();
                }
            } else {
                codes = null;
            }
            Optional<UnitType> type = commune.type().flatMap(AddressConverter::newType);
            if (commune.type().isPresent() && type.isEmpty()) {
                return Match.none(); // thị trấn: a type of before 2025 only
            }
            List<AdminUnit> found = new ArrayList<>();
            for (AdminUnit u : named) {
                if (codes != null && !codes.contains(u.province().code().value())) {
                    continue;
                }
                if (type.isPresent() && u.typeHistory().stream().noneMatch(t -> t.type() == type.get())) {
                    continue;
                }
                found.add(u);
            }
            String want = exact(commune.name());
            List<AdminUnit> exact = found.stream()
                    .filter(u -> u.nameHistory().stream().anyMatch(n -> exact(n.shortName()).equals(want))).toList();
            return exact.isEmpty() ? new Match<>(found, found.isEmpty()) : new Match<>(exact, true);
        }

        private Conversion alreadyNew(Match<AdminUnit> match, UnitPart commune, UnitPart province) {
            List<AdminUnit> units = match.items();
            if (!match.exact()) {
                warnings.add(ConversionWarning.FOLDED_MATCH);
            }
            if (province == null) {
                if (units.size() == 1) {
                    warnings.add(ConversionWarning.PROVINCE_INFERRED);
                }
            } else {
                Set<String> codes = units.stream().map(u -> u.province().code().value())
                        .collect(java.util.stream.Collectors.toSet());
                boolean alsoFormer = ix.communesByFold.getOrDefault(fold(commune.name()), List.of()).stream()
                        .anyMatch(c -> former.successors(catalog, c.code()).stream()
                                .anyMatch(s -> codes.contains(s.unit().province().code().value())));
                if (alsoFormer) {
                    warnings.add(ConversionWarning.ALSO_FORMER_NAME);
                }
            }
            List<Conversion.Candidate> candidates = units.stream()
                    .map(u -> candidate(u, MergeShare.WHOLE, "")).toList();
            if (units.size() == 1) {
                return new Conversion(input, ConversionStatus.ALREADY_NEW, parsed.street(), Optional.empty(),
                        candidates, Optional.of(format(units.get(0))), List.copyOf(warnings));
            }
            return new Conversion(input, ConversionStatus.AMBIGUOUS, parsed.street(), Optional.empty(), candidates,
                    Optional.empty(), List.copyOf(warnings));
        }

        /** Neither district nor province written: the name is a unit of 2025 and a former commune. */
        private Conversion mixed(Match<AdminUnit> units, Match<FormerCommune> olds) {
            warnings.add(ConversionWarning.ALSO_FORMER_NAME);
            if (!units.exact() || !olds.exact()) {
                warnings.add(ConversionWarning.FOLDED_MATCH);
            }
            List<Conversion.Candidate> candidates = new ArrayList<>();
            for (AdminUnit u : units.items()) {
                candidates.add(candidate(u, MergeShare.WHOLE, ""));
            }
            for (FormerCommune c : olds.items()) {
                candidates.addAll(candidates(c, former.successors(catalog, c.code())));
            }
            return new Conversion(input, ConversionStatus.AMBIGUOUS, parsed.street(), Optional.empty(), candidates,
                    Optional.empty(), List.copyOf(warnings));
        }

        // ---------------------------------------------------------------- the pre-2025 form

        /** Former communes fitting the parts written, exact names preferred over folded ones. */
        private Match<FormerCommune> formerCommunes(UnitPart commune, Optional<UnitPart> district,
                Optional<UnitPart> province) {
            List<FormerCommune> found = ix.communesByFold.getOrDefault(fold(commune.name()), List.of());
            if (found.isEmpty()) {
                return Match.none();
            }
            if (province.isPresent()) {
                Set<String> codes = ix.formerProvinceCodes.getOrDefault(fold(province.get().name()), Set.of());
                found = found.stream().filter(c -> codes.contains(c.provinceCode())).toList();
            }
            if (district.isPresent()) {
                UnitPart d = district.get();
                String df = fold(d.name());
                found = found.stream().filter(c -> fold(districtOf(c).shortName()).equals(df)).toList();
                Optional<AddressUnitType> dt = d.type();
                if (dt.isPresent()) {
                    found = typed(found, c -> districtTypeFits(dt.get(), districtOf(c).type()));
                }
            }
            Optional<CommuneType> ct = commune.type().flatMap(AddressConverter::formerType);
            if (commune.type().isPresent()) {
                found = typed(found, c -> ct.isPresent() && ct.get() == c.type());
            }
            List<FormerCommune> exact = found.stream().filter(c -> exactly(c, commune, district, province)).toList();
            return exact.isEmpty() ? new Match<>(found, found.isEmpty()) : new Match<>(exact, true);
        }

        /** The communes of the written type; all of them, with a warning, when none has it. */
        private List<FormerCommune> typed(List<FormerCommune> found, Predicate<FormerCommune> fits) {
            List<FormerCommune> kept = found.stream().filter(fits).toList();
            if (kept.isEmpty() && !found.isEmpty()) {
                warnings.add(ConversionWarning.TYPE_IGNORED);
                return found;
            }
            return kept;
        }

        private boolean exactly(FormerCommune c, UnitPart commune, Optional<UnitPart> district,
                Optional<UnitPart> province) {
            if (!exact(c.shortName()).equals(exact(commune.name()))) {
                return false;
            }
            if (district.isPresent() && !exact(districtOf(c).shortName()).equals(exact(district.get().name()))) {
                return false;
            }
            if (province.isPresent()) {
                String want = exact(province.get().name());
                FormerProvince p = former.provinceOf(c);
                boolean same = exact(p.shortName()).equals(want) || exact(p.name()).equals(want);
                Province now = ix.provinces.get(p.code());
                if (!same && now != null) {
                    same = now.nameHistory().stream().anyMatch(n -> exact(n.shortName()).equals(want));
                }
                return same;
            }
            return true;
        }

        private FormerDistrict districtOf(FormerCommune c) {
            return former.districtOf(c);
        }

        // ---------------------------------------------------------------- results

        private List<Conversion.Candidate> candidates(FormerCommune c, List<Successor> successors) {
            List<Conversion.Candidate> list = new ArrayList<>(successors.size());
            for (Successor s : successors) {
                list.add(candidate(s.unit(), s.share(), c.code()));
            }
            return list;
        }

        private Conversion.Candidate candidate(AdminUnit unit, MergeShare share, String formerCode) {
            Province p = unit.province();
            return new Conversion.Candidate(unit.code().value(), unit.nameAsOf(asOf), p.code().value(),
                    p.nameAsOf(asOf), share, formerCode);
        }

        private Conversion.OldCommune old(FormerCommune c) {
            FormerDistrict d = former.districtOf(c);
            FormerProvince p = former.provinceOf(d);
            return new Conversion.OldCommune(c.code(), c.name(), d.code(), d.name(), p.code(), p.name());
        }

        private String format(AdminUnit unit) {
            String units = unit.nameAsOf(asOf) + ", " + unit.province().nameAsOf(asOf);
            return parsed.street().isEmpty() ? units : parsed.street() + ", " + units;
        }

        private Conversion notFound(Optional<Conversion.OldCommune> old) {
            return new Conversion(input, ConversionStatus.NOT_FOUND, parsed.street(), old, List.of(),
                    Optional.empty(), List.copyOf(warnings));
        }
    }

    /**
     * The units a name fits; {@code exact} when they match with the official diacritics (or
     * when there are none), false when they match only folded.
     */
    private record Match<T>(List<T> items, boolean exact) {
        static <T> Match<T> none() {
            return new Match<>(List.of(), true);
        }
    }

    private static Optional<UnitType> newType(AddressUnitType type) {
        return switch (type) {
            case PHUONG -> Optional.of(UnitType.PHUONG);
            case XA -> Optional.of(UnitType.XA);
            case DAC_KHU -> Optional.of(UnitType.DAC_KHU);
            default -> Optional.empty();
        };
    }

    private static Optional<CommuneType> formerType(AddressUnitType type) {
        return switch (type) {
            case PHUONG -> Optional.of(CommuneType.PHUONG);
            case XA -> Optional.of(CommuneType.XA);
            case THI_TRAN -> Optional.of(CommuneType.THI_TRAN);
            default -> Optional.empty();
        };
    }

    private static boolean districtTypeFits(AddressUnitType written, DistrictType type) {
        return switch (written) {
            case QUAN -> type == DistrictType.QUAN;
            case HUYEN -> type == DistrictType.HUYEN;
            case THI_XA -> type == DistrictType.THI_XA;
            case THANH_PHO_THUOC_TINH -> type == DistrictType.THANH_PHO_THUOC_TINH
                    || type == DistrictType.THANH_PHO_THUOC_THANH_PHO_TRUNG_UONG;
            default -> false;
        };
    }
}
