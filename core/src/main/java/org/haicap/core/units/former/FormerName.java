package org.haicap.core.units.former;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A name a unit bore at some time between October 2017 and 30 June 2025 but no longer bore on
 * 30 June 2025 (tên cũ): a unit merged into another, renamed, retyped, recoded or moved to
 * another district in one of the rearrangement rounds before 2025 (2019–2021, 2023–2025). The
 * 2025 rearrangement itself is not here: it is the conversion table of
 * {@link org.haicap.core.units.UnitCatalog#successors(String)}.
 *
 * <p>To convert an address written before an earlier round, follow {@link #successorCodes()} to
 * a unit of 30 June 2025 ({@link FormerCatalog}), then that unit's successors of 1 July 2025.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level province, district or commune
 * @param change what happened to it
 * @param code the code it had, of its level's length; empty in the two rows of a snapshot that
 *     listed a commune with neither code nor name (in Huyện Côn Đảo and Huyện Lý Sơn, 2021), kept
 *     as published
 * @param name the full name it had, e.g. {@code "Xã Thông Nông"}; empty in those two rows
 * @param shortName the name without its type prefix
 * @param type the type it had, as written in the sources ({@code "Xã"}, {@code "Thị trấn"},
 *     {@code "Huyện"}, {@code "Thành phố"}, …)
 * @param districtCode the district it was in, 3 digits; empty for a district or province
 * @param districtName the name of that district; empty for a district or province
 * @param provinceCode the province it was in, 2 digits; empty for a province
 * @param provinceName the name of that province; empty for a province
 * @param firstSeen the date of the first snapshot of the sources that shows it
 * @param lastSeen the date of the last snapshot that shows it
 * @param firstAbsent the date of the first snapshot that no longer shows it: the name ceased
 *     at the latest then (the list can also be updated before the effective date)
 * @param seenIn which snapshot histories show it ({@code madnh}, {@code thanglequoc})
 * @param successorCodes the codes, on 30 June 2025, of the unit or units that took it over (of
 *     the same level); empty when the sources name none
 * @param successorNames the names of those units, aligned with the codes
 * @param successorBasis how the successor was found ({@code code kept}, {@code zindont
 *     formerNames}, {@code vietnamadminunits alias}, {@code name taken over}, {@code commune
 *     codes}); empty when none was found
 * @param ceasedOn the effective date of the resolution that ended the name, where the sources
 *     name it; {@code null} otherwise (then {@link #firstAbsent()} bounds it)
 * @param resolution the resolution number(s), {@code ;}-separated; empty when unknown
 * @param notes disagreements between sources, successors outside the former district; empty
 *     when none
 */
public record FormerName(Level level, Change change, String code, String name, String shortName, String type,
        String districtCode, String districtName, String provinceCode, String provinceName, LocalDate firstSeen,
        LocalDate lastSeen, LocalDate firstAbsent, List<String> seenIn, List<String> successorCodes,
        List<String> successorNames, String successorBasis, LocalDate ceasedOn, String resolution, String notes)
        implements Serializable {

    /** The level of a unit: tỉnh, huyện or xã. */
    public enum Level implements Bilingual {
        /** A provincial-level unit, 2-digit code. */
        PROVINCE("cấp tỉnh", "province level", 2),
        /** A district-level unit, 3-digit code. */
        DISTRICT("cấp huyện", "district level", 3),
        /** A commune-level unit, 5-digit code. */
        COMMUNE("cấp xã", "commune level", 5);

        private final LocalizedText label;
        private final int codeLength;

        Level(String vi, String en, int codeLength) {
            this.label = LocalizedText.of(vi, en);
            this.codeLength = codeLength;
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }

        /** The number of digits of a code of this level. */
        public int codeLength() {
            return codeLength;
        }

        /** The word the data uses: {@code province}, {@code district}, {@code commune}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What happened to the name. */
    public enum Change implements Bilingual {
        /** The code disappeared into another unit (sáp nhập). */
        MERGED("sáp nhập", "merged"),
        /** The unit was renamed, code kept (đổi tên). */
        RENAMED("đổi tên", "renamed"),
        /** The unit changed type, e.g. xã → phường (đổi loại). */
        RETYPED("đổi loại", "retyped"),
        /** The unit lives on under another code (đổi mã). */
        RECODED("đổi mã", "recoded"),
        /** The unit moved to another district (chuyển huyện). */
        MOVED("chuyển đơn vị cấp huyện", "moved to another district");

        private final LocalizedText label;

        Change(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }

        /** The word the data uses: {@code merged}, {@code renamed}, … */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks the values and copies the lists.
     *
     * @throws NullPointerException if a value other than {@code ceasedOn} is null
     * @throws FormerCodeException if a code is malformed
     * @throws IllegalArgumentException if the successor names are not aligned with the codes
     */
    public FormerName {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(code, "code");
        if (!code.isEmpty()) {
            FormerCodeException.check(level, code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(districtCode, "districtCode");
        if (!districtCode.isEmpty()) {
            FormerCodeException.check(Level.DISTRICT, districtCode);
        }
        Objects.requireNonNull(districtName, "districtName");
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (!provinceCode.isEmpty()) {
            FormerCodeException.check(Level.PROVINCE, provinceCode);
        }
        Objects.requireNonNull(provinceName, "provinceName");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(firstAbsent, "firstAbsent");
        seenIn = List.copyOf(seenIn);
        successorCodes = List.copyOf(successorCodes);
        successorNames = List.copyOf(successorNames);
        for (String c : successorCodes) {
            FormerCodeException.check(level, c);
        }
        if (successorNames.size() != successorCodes.size()) {
            throw new IllegalArgumentException(code + ": " + successorCodes.size() + " mã kế thừa nhưng "
                    + successorNames.size() + " tên / " + successorCodes.size() + " successor codes but "
                    + successorNames.size() + " names");
        }
        Objects.requireNonNull(successorBasis, "successorBasis");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(notes, "notes");
    }

    /** Whether the sources name a unit that took it over. */
    public boolean hasSuccessor() {
        return !successorCodes.isEmpty();
    }

    @Override
    public String toString() {
        return level.key() + " " + code + " " + name + " (" + change.key() + (ceasedOn == null ? "" : " " + ceasedOn)
                + ") → " + String.join(";", successorCodes);
    }
}
