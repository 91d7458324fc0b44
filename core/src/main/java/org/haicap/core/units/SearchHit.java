package org.haicap.core.units;

import java.io.Serializable;
import java.util.Objects;

/**
 * One result of a name search (kết quả tìm kiếm), see {@link UnitCatalog#search(String)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit found
 * @param match how the name matched
 * @param typeMatched true when the query named a type ({@code Phường}, {@code P.}, {@code xã},
 *     {@code X.}, {@code Đặc khu}, {@code ĐK.}) that the unit has or had on some date
 */
public record SearchHit(AdminUnit unit, MatchKind match, boolean typeMatched) implements Serializable {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     */
    public SearchHit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(match, "match");
    }
}
