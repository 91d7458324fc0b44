package org.haicap.core.party;

import java.io.Serializable;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;
import org.haicap.core.units.UnitCode;

/**
 * A party organisation (tổ chức đảng) in a commune-level unit: the commune party committee, a
 * basic organisation (tổ chức cơ sở đảng, TCCSĐ) or a cell under one.
 *
 * <p>Since 1 July 2025 (QĐ 294-QĐ/TW, as a trial) the commune party committee (Đảng bộ xã,
 * phường, đặc khu) is "đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng", a district-like level;
 * under it are the basic organisations of villages, residential groups, agencies and enterprises
 * (chi bộ cơ sở, đảng bộ cơ sở) and under those the subordinate cells (chi bộ trực thuộc) [C].
 *
 * <p>The Charter rules (Điều lệ Đảng, Điều 21) are offered as questions, not refusals, because
 * the competent level may approve exceptions in writing: {@link #meetsMinimumFullMembers()},
 * {@link #charterBasicKind()}, {@link #electsCellCommittee()}. The member counts are the data's;
 * this type only refuses negative counts.
 *
 * <p>This is an immutable, thread-safe value type.
 *
 * @param id the stable identifier
 * @param kind the kind of organisation
 * @param name the name, NFC (e.g. "Đảng bộ phường Ba Đình")
 * @param parent the organisation directly above, if recorded
 * @param unit the commune-level unit the organisation belongs to
 * @param fullMembers full members (đảng viên chính thức), not negative
 * @param probationaryMembers probationary members (đảng viên dự bị), not negative
 */
public record PartyOrganisation(PartyOrganisationId id, Kind kind, String name, Optional<PartyOrganisationId> parent,
        UnitCode unit, int fullMembers, int probationaryMembers) implements Serializable {

    /** Longest name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The fewest full members a party organisation needs (Điều lệ Đảng, Điều 21) [C]. */
    public static final int MINIMUM_FULL_MEMBERS = 3;
    /** From this many members a basic organisation is a đảng bộ cơ sở (Điều lệ Đảng, Điều 21) [C]. */
    public static final int BASIC_PARTY_COMMITTEE_THRESHOLD = 30;
    /** From this many full members a cell elects a chi ủy (QĐ 294-QĐ/TW) [C]. */
    public static final int CELL_COMMITTEE_THRESHOLD = 9;

    /** The kind of a party organisation. */
    public enum Kind implements Bilingual {
        /** Đảng bộ xã, phường, đặc khu: the commune party committee, level above the basic organisations. */
        COMMUNE_PARTY_COMMITTEE("Đảng bộ xã, phường, đặc khu", "Commune-level party organisation", false, true),
        /** Đảng bộ cơ sở: a basic organisation of 30 or more members, with subordinate cells. */
        BASIC_PARTY_COMMITTEE("Đảng bộ cơ sở", "Basic party organisation (with cells)", true, true),
        /** Chi bộ cơ sở: a basic organisation of fewer than 30 members. */
        BASIC_PARTY_CELL("Chi bộ cơ sở", "Basic party cell", true, true),
        /** Đảng bộ bộ phận: a section of a đảng bộ cơ sở, with its own cells. */
        SECTION_PARTY_COMMITTEE("Đảng bộ bộ phận", "Section party organisation", false, false),
        /** Chi bộ trực thuộc: a cell under a đảng bộ cơ sở; it has no seal [P]. */
        SUBORDINATE_PARTY_CELL("Chi bộ trực thuộc", "Subordinate party cell", false, false),
        /** Any other kind. */
        OTHER("Tổ chức đảng khác", "Other party organisation", false, false);

        private final LocalizedText label;
        private final boolean basic;
        private final boolean hasSeal;

        Kind(String vi, String en, boolean basic, boolean hasSeal) {
            this.label = LocalizedText.of(vi, en);
            this.basic = basic;
            this.hasSeal = hasSeal;
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }

        /** Whether this is a basic organisation (tổ chức cơ sở đảng). */
        public boolean basic() {
            return basic;
        }

        /**
         * Whether organisations of this kind have their own seal: basic organisations and
         * above, not subordinate cells (a law-portal answer; the regulation was not found) [P].
         */
        public boolean hasSeal() {
            return hasSeal;
        }

        /** Whether this is a cell (chi bộ), which elects a bí thư or a chi ủy. */
        public boolean cell() {
            return this == BASIC_PARTY_CELL || this == SUBORDINATE_PARTY_CELL;
        }
    }

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidPartyDataException if a value is missing, a count is negative, the name is
     *     blank or too long, or the organisation is its own parent
     */
    public PartyOrganisation {
        PartyChecks.present("id", id);
        PartyChecks.present("kind", kind);
        name = PartyChecks.text("name", name, MAX_NAME_LENGTH);
        PartyChecks.present("parent", parent);
        PartyChecks.present("unit", unit);
        PartyChecks.nonNegative("fullMembers", fullMembers);
        PartyChecks.nonNegative("probationaryMembers", probationaryMembers);
        if ((long) fullMembers + probationaryMembers > Integer.MAX_VALUE) {
            throw new InvalidPartyDataException("probationaryMembers", fullMembers + " + " + probationaryMembers,
                    "tổng số đảng viên quá lớn", "the total number of members is too large");
        }
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new InvalidPartyDataException("parent", id.value(), "tổ chức không thể là cấp trên của chính nó",
                    "an organisation cannot be its own parent");
        }
    }

    /** An organisation with no parent recorded. */
    public static PartyOrganisation of(PartyOrganisationId id, Kind kind, String name, UnitCode unit,
            int fullMembers, int probationaryMembers) {
        return new PartyOrganisation(id, kind, name, Optional.empty(), unit, fullMembers, probationaryMembers);
    }

    /** This organisation under {@code parentId}. */
    public PartyOrganisation withParent(PartyOrganisationId parentId) {
        return new PartyOrganisation(id, kind, name, Optional.of(parentId), unit, fullMembers, probationaryMembers);
    }

    /** Full and probationary members together. */
    public int members() {
        return fullMembers + probationaryMembers;
    }

    /** Whether it has at least {@value #MINIMUM_FULL_MEMBERS} full members (Điều 21) [C]. */
    public boolean meetsMinimumFullMembers() {
        return fullMembers >= MINIMUM_FULL_MEMBERS;
    }

    /**
     * The kind of basic organisation the Charter gives for its members (Điều 21) [C]: a đảng bộ
     * cơ sở from {@value #BASIC_PARTY_COMMITTEE_THRESHOLD} members, else a chi bộ cơ sở. A basic
     * organisation of another kind needs the written approval of the level above.
     */
    public Kind charterBasicKind() {
        return members() >= BASIC_PARTY_COMMITTEE_THRESHOLD ? Kind.BASIC_PARTY_COMMITTEE : Kind.BASIC_PARTY_CELL;
    }

    /**
     * Whether a cell of this size elects a chi ủy (at most 7) and then its bí thư from it: from
     * {@value #CELL_COMMITTEE_THRESHOLD} full members (QĐ 294-QĐ/TW) [C]; false for other kinds.
     */
    public boolean electsCellCommittee() {
        return kind.cell() && fullMembers >= CELL_COMMITTEE_THRESHOLD;
    }

    /** Writes the serial proxy: optional components are not serialisable as such; reading re-runs the checks. */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
