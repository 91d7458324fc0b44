package org.haicap.core.units;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One result of a name search (kết quả tìm kiếm), see {@link UnitCatalog#search(String)}.
 *
 * <p>A hit is on a current name ({@link Source#CURRENT}: {@link #unit()} is the unit found) or
 * on the name of a former, pre-2025 unit ({@link Source#FORMER}): then {@link #successors()}
 * lists every new unit that took it over, each with its share ({@link MergeShare#WHOLE} or
 * {@link MergeShare#PART}), and {@link #unit()} is one of them (the first, in code order,
 * within the province searched).
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit found; for a former name, the first of its successors
 * @param match how the name matched
 * @param typeMatched true when the query named a type ({@code Phường}, {@code P.}, {@code xã},
 *     {@code X.}, {@code Đặc khu}, {@code ĐK.}; for a former name also {@code Thị trấn},
 *     {@code TT.}) that the unit has or had on some date, or that the former unit had
 * @param successors empty for a hit on a current name; for a hit on a former name, the new
 *     units that took the former unit over, in the order of their codes, each with the former
 *     unit as listed under it
 */
public record SearchHit(AdminUnit unit, MatchKind match, boolean typeMatched, List<Successor> successors)
        implements Serializable {

    /** Whose name a hit matched (nguồn tên). */
    public enum Source {
        /** A name the unit has, or had on some date since 1 July 2025. */
        CURRENT,
        /** The name of a former (pre-2025) unit that went into the unit (tên cũ). */
        FORMER
    }

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code successors} is not empty and {@code unit} is
     *     not one of its units
     */
    public SearchHit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(match, "match");
        successors = List.copyOf(successors);
        if (!successors.isEmpty() && successors.stream().noneMatch(s -> s.unit().equals(unit))) {
            throw new IllegalArgumentException("đơn vị " + unit.code() + " không nằm trong các đơn vị kế thừa"
                    + " / unit " + unit.code() + " is not one of the successors");
        }
    }

    /**
     * A hit on a current name.
     *
     * @throws NullPointerException if a value is null
     */
    public SearchHit(AdminUnit unit, MatchKind match, boolean typeMatched) {
        this(unit, match, typeMatched, List.of());
    }

    /** Whether the hit is on a current name or on a former unit's name. */
    public Source source() {
        return successors.isEmpty() ? Source.CURRENT : Source.FORMER;
    }

    /** Whether the hit is on a former (pre-2025) unit's name. */
    public boolean isFormer() {
        return !successors.isEmpty();
    }

    /**
     * The former unit whose name matched, as listed under the first successor (its code, name,
     * district and province; the share is that successor's: see {@link #successors()} for each).
     *
     * @return empty for a hit on a current name
     */
    public Optional<FormerUnit> former() {
        return successors.isEmpty() ? Optional.empty() : Optional.of(successors.get(0).former());
    }
}
