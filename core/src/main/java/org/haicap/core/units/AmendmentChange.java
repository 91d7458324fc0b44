package org.haicap.core.units;

import java.io.Serializable;

/**
 * One change a {@link CatalogueAmendment} makes (một thay đổi của nghị quyết): a province's or
 * a unit's type and/or short name from the amendment's effective date on, the code unchanged.
 *
 * <p>Merges, splits, new codes and abolished codes are not supported yet: the amendment file
 * format reserves their names ({@code merge}, {@code split}, {@code new}, {@code abolish}) and
 * {@link CatalogueAmendments} refuses a file that uses them, naming the entry.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface AmendmentChange extends Serializable permits ProvinceChange, UnitChange {

    /** The code of the province or unit changed, e.g. {@code 24} or {@code 07294}. */
    String code();

    /** Whether the change sets a new type. */
    boolean changesType();

    /** Whether the change sets a new short name. */
    boolean changesName();
}
