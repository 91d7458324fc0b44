package org.haicap.core.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A provincial-level unit (đơn vị hành chính cấp tỉnh): a province or a centrally-run city, as
 * listed in the official catalogue since 1 July 2025.
 *
 * <p>Obtain instances from {@link UnitCatalog}. Immutable and thread-safe.
 *
 * @param code the official 2-digit code, e.g. {@code 01}
 * @param name the official full name of 1 July 2025, e.g. {@code Thành phố Hà Nội}
 * @param shortName the name without its type prefix, e.g. {@code Hà Nội}
 * @param typeHistory the dated types, the first effective on 1 July 2025, in date order
 * @param nameHistory the dated short names, the first effective on 1 July 2025 and equal to
 *     {@code shortName}, in date order; a rename by a {@link CatalogueAmendment} adds an entry
 */
public record Province(ProvinceCode code, String name, String shortName,
                       List<TypeChange<ProvinceType>> typeHistory, List<NameChange> nameHistory)
        implements Serializable {

    /**
     * Checks the values and copies the history.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a name is blank or a history does not start on
     *     1 July 2025 in increasing date order (an empty name history stands for
     *     {@code shortName} unchanged)
     */
    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        if (name.isBlank() || shortName.isBlank()) {
            throw new IllegalArgumentException("tên tỉnh trống / blank province name for " + code);
        }
        typeHistory = TypeChange.checkHistory(typeHistory);
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
     * A province whose short name never changed since 1 July 2025, the shape of this record
     * before name histories.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Province(ProvinceCode code, String name, String shortName, List<TypeChange<ProvinceType>> typeHistory) {
        this(code, name, shortName, typeHistory, List.of());
    }

    /**
     * The type in force on {@code date}, as the catalogue the province came from knows it: the
     * base of 1 July 2025 with its amendments (Quảng Ninh is a centrally-run city from
     * 2026-09-01). For a date after {@link UnitCatalog#horizon()}'s
     * {@link CatalogueHorizon#knownUntil() knownUntil} the answer is the last known state; ask
     * {@link CatalogueHorizon#covers(LocalDate)} before relying on it.
     *
     * @param date the day asked about, on or after 1 July 2025
     * @return e.g. {@link ProvinceType#PROVINCE} for Đồng Nai on 2025-07-01 and
     *     {@link ProvinceType#CENTRAL_CITY} from 2026-04-30
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public ProvinceType typeAsOf(LocalDate date) {
        return TypeChange.asOf(typeHistory, date);
    }

    /**
     * The full name in force on {@code date}: the type's name prefix and the short name, e.g.
     * {@code Thành phố Đồng Nai} from 2026-04-30. Beyond the catalogue's horizon this is the
     * last known name (see {@link #typeAsOf(LocalDate)}).
     *
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public String nameAsOf(LocalDate date) {
        return typeAsOf(date).namePrefix() + " " + shortNameAsOf(date);
    }

    /**
     * The short name in force on {@code date}, e.g. {@code Đồng Nai}.
     *
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public String shortNameAsOf(LocalDate date) {
        if (date.isBefore(UnitCatalog.EFFECTIVE_FROM)) {
            throw new BeforeReformException(date);
        }
        return NameChange.asOf(nameHistory, shortName, date);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
