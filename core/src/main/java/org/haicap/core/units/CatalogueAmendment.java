package org.haicap.core.units;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dated amendment of the catalogue (sửa đổi danh mục theo nghị quyết): the resolution that
 * made it, when it was issued and took effect, where it was confirmed, and what it changes.
 * The catalogue is the base of 1 July 2025 plus an ordered list of these; see
 * {@link UnitCatalog#withAmendments(CatalogueAmendments)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resolution the resolution number, of a form {@link #RESOLUTION_PATTERN} accepts:
 *     {@code 36/2026/QH16} (a resolution of the National Assembly) or {@code 388/NQ-UBTVQH16}
 *     (of its Standing Committee)
 * @param title what the resolution does, in Vietnamese, or the empty string
 * @param issued the date it was issued (ngày ban hành), or null where no source gives it
 * @param issuedNote why {@code issued} is null or how sure it is (sources that disagree), or
 *     the empty string
 * @param effective the first day its changes apply (ngày có hiệu lực), after 1 July 2025
 * @param sources where the facts were confirmed (addresses of datasets, threads, pages), at
 *     least one for a shipped amendment; may be empty in a user's file
 * @param changes what it changes, at least one
 */
public record CatalogueAmendment(String resolution, String title, LocalDate issued, String issuedNote,
                                 LocalDate effective, List<String> sources, List<AmendmentChange> changes)
        implements Serializable {

    /**
     * The accepted resolution numbers: {@code N/YYYY/QHnn} (Nghị quyết của Quốc hội, e.g.
     * {@code 30/2026/QH16}) or {@code N/NQ-UBTVQHnn} (Nghị quyết của Ủy ban Thường vụ Quốc hội,
     * e.g. {@code 237/NQ-UBTVQH16}), {@code N} of 1 to 5 digits without a leading zero,
     * {@code YYYY} from 2020 to 2099, {@code nn} two digits.
     */
    public static final Pattern RESOLUTION_PATTERN =
            Pattern.compile("[1-9][0-9]{0,4}/(20[2-9][0-9]/QH|NQ-UBTVQH)[0-9]{2}");

    /**
     * Checks the values and copies the lists.
     *
     * @throws NullPointerException if a value other than {@code issued} is null
     * @throws IllegalArgumentException if the resolution number has another form, the effective
     *     date is not after 1 July 2025, the issue date is after the effective date, or there
     *     is no change
     */
    public CatalogueAmendment {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuedNote, "issuedNote");
        Objects.requireNonNull(effective, "effective");
        if (!isResolutionNumber(resolution)) {
            throw new IllegalArgumentException("số nghị quyết \"" + resolution + "\" không đúng dạng N/YYYY/QHnn"
                    + " hoặc N/NQ-UBTVQHnn / resolution number \"" + resolution
                    + "\" is not of the form N/YYYY/QHnn or N/NQ-UBTVQHnn");
        }
        if (!effective.isAfter(UnitCatalog.EFFECTIVE_FROM)) {
            throw new IllegalArgumentException("ngày hiệu lực " + effective + " của " + resolution
                    + " phải sau 2025-07-01 / effective date " + effective + " of " + resolution
                    + " must be after 2025-07-01");
        }
        if (issued != null && issued.isAfter(effective)) {
            throw new IllegalArgumentException("ngày ban hành " + issued + " của " + resolution
                    + " sau ngày hiệu lực " + effective + " / issue date " + issued + " of " + resolution
                    + " is after its effective date " + effective);
        }
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException(resolution + ": không có thay đổi nào / no change listed");
        }
    }

    /** Whether {@code text} is a resolution number of an accepted form (see {@link #RESOLUTION_PATTERN}). */
    public static boolean isResolutionNumber(String text) {
        return RESOLUTION_PATTERN.matcher(text).matches();
    }

    /** The issue date, empty where no source gives it. */
    public Optional<LocalDate> issuedDate() {
        return Optional.ofNullable(issued);
    }

    @Override
    public String toString() {
        return resolution + " (" + effective + ", " + changes.size() + " thay đổi/changes)";
    }
}
