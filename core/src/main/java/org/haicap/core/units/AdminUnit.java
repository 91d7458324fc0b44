package org.haicap.core.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A commune-level unit (đơn vị hành chính cấp xã) of the two-level government: a xã, phường or
 * đặc khu, as listed in the official catalogue since 1 July 2025.
 *
 * <p>Obtain instances from {@link UnitCatalog}. Immutable and thread-safe.
 *
 * @param code the official 5-digit code, e.g. {@code 00004}
 * @param name the official full name of 1 July 2025, e.g. {@code Phường Ba Đình}; see
 *     {@link #nameAsOf(LocalDate)} for later dates
 * @param shortName the name without its type prefix, e.g. {@code Ba Đình}
 * @param province the province the unit belongs to
 * @param typeHistory the dated types, the first effective on 1 July 2025, in date order
 * @param formerUnits the pre-2025 units it was formed from, in the official workbook's order
 * @param notes remarks on this unit's data (known slips of the official workbook, spelling
 *     differences between sources), or the empty string
 * @param nameHistory the dated short names, the first effective on 1 July 2025 and equal to
 *     {@code shortName}, in date order; a rename by a {@link CatalogueAmendment} adds an entry
 */
public record AdminUnit(UnitCode code, String name, String shortName, Province province,
                        List<TypeChange<UnitType>> typeHistory, List<FormerUnit> formerUnits,
                        String notes, List<NameChange> nameHistory) implements Serializable {

    /**
     * Checks the values and copies the lists.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a name is blank or a history does not start on
     *     1 July 2025 in increasing date order (an empty name history stands for
     *     {@code shortName} unchanged)
     */
    public AdminUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(notes, "notes");
        if (name.isBlank() || shortName.isBlank()) {
            throw new IllegalArgumentException("tên đơn vị trống / blank unit name for " + code);
        }
        typeHistory = TypeChange.checkHistory(typeHistory);
        formerUnits = List.copyOf(formerUnits);
        nameHistory = NameChange.checkHistory(nameHistory, shortName);
    }

    /**
     * The dated short names, the first effective on 1 July 2025 and equal to {@link #shortName()},
     * in date order. (A never-renamed record stores no history; this gives its one entry.)
     *
     * @return at least one entry; immutable
     */
    @Override
    public List<NameChange> nameHistory() {
        return NameChange.base(nameHistory, shortName);
    }

    /**
     * A unit whose short name never changed since 1 July 2025, the shape of this record before
     * name histories.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public AdminUnit(UnitCode code, String name, String shortName, Province province,
                     List<TypeChange<UnitType>> typeHistory, List<FormerUnit> formerUnits, String notes) {
        this(code, name, shortName, province, typeHistory, formerUnits, notes, List.of());
    }

    /**
     * The type in force on {@code date}, as the catalogue the unit came from knows it: the
     * base of 1 July 2025 with its amendments. For a date after
     * {@link UnitCatalog#horizon()}'s {@link CatalogueHorizon#knownUntil() knownUntil} the answer is
     * the last known state, which a later resolution may have changed; ask
     * {@link CatalogueHorizon#covers(LocalDate)} before relying on it.
     *
     * @param date the day asked about, on or after 1 July 2025
     * @return e.g. {@link UnitType#XA} for Lộc Ninh (Đồng Nai) on 2025-07-01 and
     *     {@link UnitType#PHUONG} from 2026-04-30
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public UnitType typeAsOf(LocalDate date) {
        return TypeChange.asOf(typeHistory, date);
    }

    /**
     * The full name in force on {@code date}: the type's label and the short name in force,
     * e.g. {@code Phường Lộc Ninh} from 2026-04-30. Beyond the catalogue's horizon this is the
     * last known name (see {@link #typeAsOf(LocalDate)}).
     *
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public String nameAsOf(LocalDate date) {
        return typeAsOf(date).vietnamese() + " " + shortNameAsOf(date);
    }

    /**
     * The short name in force on {@code date}, e.g. {@code Lộc Ninh}.
     *
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public String shortNameAsOf(LocalDate date) {
        if (date.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            throw new BeforeReformException(date);
        }
        return NameChange.asOf(nameHistory, shortName, date);
    }

    /**
     * The number of former units merged into this one (số đơn vị cấp xã cũ được sắp xếp), as the
     * rule on the size of the party executive committee needs it (at most 27 members where 2 or
     * fewer communes merged, 33 where 3 or more did; Chỉ thị 45-CT/TW).
     *
     * <p>Counted: every distinct pre-2025 commune code listed for this unit, whether all of it
     * or only a part came here, including a commune kept unchanged ({@code Giữ nguyên}, count
     * 1); and a whole former district listed without a code (the five đặc khu formed from a
     * district) as 1. Not counted: a listed area that is not a commune and has no code (the
     * coastal area of Kim Sơn listed under Xã Kim Đông, 14698, which counts 2).
     *
     * @return at least 1
     */
    public int mergedCommuneCount() {
        return mergedCommuneCount(true);
    }

    /**
     * The number of former units merged into this one, counting former communes of which only a
     * part came here ({@link MergeShare#PART}) or not. Chỉ thị 45-CT/TW speaks of "hợp nhất 2 xã"
     * and "3 xã trở lên" without saying how a commune split between several new units counts
     * [U], so the validation module makes the choice a parameter.
     *
     * @param includeParts whether a former commune only partly merged here counts
     *     ({@code true} is {@link #mergedCommuneCount()})
     * @return at least 1
     */
    public int mergedCommuneCount(boolean includeParts) {
        Set<String> codes = new HashSet<>();
        int districts = 0;
        for (FormerUnit f : formerUnits) {
            if (!includeParts && f.share() == MergeShare.PART) {
                continue;
            }
            if (!f.code().isEmpty()) {
                codes.add(f.code());
            } else if (f.isWholeDistrict()) {
                districts++;
            }
        }
        return Math.max(1, codes.size() + districts);
    }

    /** Whether {@link #notes()} is not empty. */
    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    @Override
    public String toString() {
        return code + " " + name + ", " + province.name();
    }
}
