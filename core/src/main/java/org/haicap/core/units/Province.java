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
 */
public record Province(ProvinceCode code, String name, String shortName,
                       List<TypeChange<ProvinceType>> typeHistory) implements Serializable {

    /**
     * Checks the values and copies the history.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a name is blank or the history does not start on
     *     1 July 2025 in increasing date order
     */
    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        if (name.isBlank() || shortName.isBlank()) {
            throw new IllegalArgumentException("tên tỉnh trống / blank province name for " + code);
        }
        typeHistory = TypeChange.checkHistory(typeHistory);
    }

    /**
     * The type in force on {@code date}.
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
     * {@code Thành phố Đồng Nai} from 2026-04-30.
     *
     * @throws BeforeReformException if {@code date} is before 1 July 2025
     */
    public String nameAsOf(LocalDate date) {
        return typeAsOf(date).namePrefix() + " " + shortName;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
