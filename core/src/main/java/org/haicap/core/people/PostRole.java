package org.haicap.core.people;

import java.util.Optional;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The role of a post in a commune-level unit (chức danh): the leadership posts of the commune
 * party committee, the People's Council (HĐND), the People's Committee (UBND), the Fatherland
 * Front and the military and police heads, as named in Chỉ thị 45-CT/TW, Luật 72/2025/QH15 and
 * Hà Nội's Hướng dẫn 09-HD/TU.
 *
 * <p>The committees of the HĐND are not roles of their own: their names differ between sources
 * (Hà Nội: Ban Kinh tế – Xã hội, Ban Pháp chế; a reading of Luật 72/2025: Ban Văn hóa – Xã hội,
 * Ban Kinh tế – Ngân sách) [U], so {@link #COUNCIL_COMMITTEE_HEAD} and
 * {@link #COUNCIL_COMMITTEE_DEPUTY_HEAD} take the committee's name as data in
 * {@link Post#bodyName()}. {@link #OTHER} needs a label in {@link Post#label()}.
 *
 * <p>{@link #singleSeat()} says whether a post of the role normally has one seat. It is the norm,
 * not a limit: a post may have more seats (Kết luận 150-KL/TW allows excess after mergers until
 * 2030), and the validation module reports it.
 */
public enum PostRole implements Bilingual {
    /** Bí thư Đảng ủy: the party secretary; one per commune party committee [C]. */
    SECRETARY("Bí thư", "Party Secretary", Body.PARTY_COMMITTEE, true),
    /** Phó Bí thư Thường trực: the standing deputy secretary [C]. */
    STANDING_DEPUTY_SECRETARY("Phó Bí thư Thường trực", "Standing Deputy Party Secretary", Body.PARTY_COMMITTEE, true),
    /** Phó Bí thư, Chủ tịch UBND: the deputy secretary who also chairs the People's Committee [C]. */
    DEPUTY_SECRETARY_COMMITTEE_CHAIR("Phó Bí thư, Chủ tịch UBND",
            "Deputy Party Secretary and People's Committee Chair", Body.PARTY_COMMITTEE, true),
    /** Ủy viên Ban Chấp hành: a member of the executive committee (27–33 seats) [C]. */
    EXECUTIVE_COMMITTEE_MEMBER("Ủy viên Ban Chấp hành", "Executive Committee member", Body.PARTY_COMMITTEE, false),
    /** Ủy viên Ban Thường vụ: a member of the standing committee (9–11 seats) [C]. */
    STANDING_COMMITTEE_MEMBER("Ủy viên Ban Thường vụ", "Standing Committee member", Body.PARTY_COMMITTEE, false),
    /** Chủ nhiệm Ủy ban Kiểm tra: the chair of the party inspection committee. */
    INSPECTION_COMMITTEE_CHAIR("Chủ nhiệm Ủy ban Kiểm tra", "Chair of the Inspection Committee",
            Body.PARTY_COMMITTEE, true),
    /** Trưởng ban Xây dựng Đảng: the head of the party-building board (QĐ 298-QĐ/TW). */
    PARTY_BUILDING_BOARD_HEAD("Trưởng ban Xây dựng Đảng", "Head of the Party Building Board",
            Body.PARTY_COMMITTEE, true),
    /** Chủ tịch HĐND: the People's Council chair, held concurrently (see {@link HdndChairArrangement}). */
    COUNCIL_CHAIR("Chủ tịch HĐND", "People's Council Chair", Body.PEOPLES_COUNCIL, true),
    /** Phó Chủ tịch HĐND: the People's Council vice-chair; one per commune (NQ 106/2025/UBTVQH15) [C]. */
    COUNCIL_VICE_CHAIR("Phó Chủ tịch HĐND", "People's Council Vice-Chair", Body.PEOPLES_COUNCIL, true),
    /** Trưởng ban của HĐND: the head of a council committee named in {@link Post#bodyName()}. */
    COUNCIL_COMMITTEE_HEAD("Trưởng ban HĐND", "Head of a People's Council committee", Body.PEOPLES_COUNCIL, true),
    /** Phó Trưởng ban của HĐND: a deputy head of a council committee named in {@link Post#bodyName()}. */
    COUNCIL_COMMITTEE_DEPUTY_HEAD("Phó Trưởng ban HĐND", "Deputy head of a People's Council committee",
            Body.PEOPLES_COUNCIL, false),
    /** Chủ tịch UBND: the People's Committee chair. */
    COMMITTEE_CHAIR("Chủ tịch UBND", "People's Committee Chair", Body.PEOPLES_COMMITTEE, true),
    /** Phó Chủ tịch UBND: a People's Committee vice-chair (Hà Nội: 2; national average ≤ 2.5, NĐ 300/2025) [C]. */
    COMMITTEE_VICE_CHAIR("Phó Chủ tịch UBND", "People's Committee Vice-Chair", Body.PEOPLES_COMMITTEE, false),
    /** Chánh Văn phòng HĐND và UBND: the head of the office of the council and committee. */
    OFFICE_CHIEF("Chánh Văn phòng HĐND và UBND", "Chief of the Office of the People's Council and Committee",
            Body.PEOPLES_COMMITTEE, true),
    /** Giám đốc Trung tâm Phục vụ hành chính công: the director of the public-service centre. */
    PUBLIC_SERVICE_CENTRE_DIRECTOR("Giám đốc Trung tâm Phục vụ hành chính công",
            "Director of the Public Administrative Service Centre", Body.PEOPLES_COMMITTEE, true),
    /** Chỉ huy trưởng Ban Chỉ huy quân sự: the military commander. */
    MILITARY_COMMANDER("Chỉ huy trưởng quân sự", "Military Commander", Body.MILITARY, true),
    /** Trưởng Công an: the police chief. */
    POLICE_CHIEF("Trưởng Công an", "Police Chief", Body.POLICE, true),
    /** Chủ tịch Ủy ban MTTQ Việt Nam: the Fatherland Front committee chair. */
    FATHERLAND_FRONT_CHAIR("Chủ tịch Ủy ban MTTQ", "Fatherland Front Committee Chair", Body.FATHERLAND_FRONT, true),
    /** Any other post; the post must carry its own label. */
    OTHER("Chức danh khác", "Other post", Body.OTHER, false);

    /** The body a post belongs to (cơ quan, tổ chức). */
    public enum Body implements Bilingual {
        /** The commune party committee (Đảng ủy xã, phường, đặc khu). */
        PARTY_COMMITTEE("Đảng ủy", "Party Committee"),
        /** The People's Council (Hội đồng nhân dân, HĐND). */
        PEOPLES_COUNCIL("HĐND", "People's Council"),
        /** The People's Committee (Ủy ban nhân dân, UBND) and its agencies. */
        PEOPLES_COMMITTEE("UBND", "People's Committee"),
        /** The Fatherland Front committee (Ủy ban Mặt trận Tổ quốc Việt Nam, MTTQ). */
        FATHERLAND_FRONT("Ủy ban MTTQ", "Fatherland Front Committee"),
        /** The military command (Ban Chỉ huy quân sự). */
        MILITARY("Ban Chỉ huy quân sự", "Military Command"),
        /** The police (Công an). */
        POLICE("Công an", "Police"),
        /** Any other body. */
        OTHER("Khác", "Other");

        private final LocalizedText label;

        Body(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** The label in Vietnamese and English. */
        @Override
        public LocalizedText label() {
            return label;
        }
    }

    private final LocalizedText label;
    private final Body body;
    private final boolean singleSeat;

    PostRole(String vi, String en, Body body, boolean singleSeat) {
        this.label = LocalizedText.of(vi, en);
        this.body = body;
        this.singleSeat = singleSeat;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The body the role belongs to. */
    public Body body() {
        return body;
    }

    /** Whether a post of this role normally has exactly one seat. */
    public boolean singleSeat() {
        return singleSeat;
    }

    /** Whether a post of this role must name its body (an HĐND committee) in {@link Post#bodyName()}. */
    public boolean needsBodyName() {
        return this == COUNCIL_COMMITTEE_HEAD || this == COUNCIL_COMMITTEE_DEPUTY_HEAD;
    }

    /** Whether a post of this role must carry its own label in {@link Post#label()}. */
    public boolean needsLabel() {
        return this == OTHER;
    }

    /** Whether this is one of the two deputy-secretary roles (Phó Bí thư). */
    public boolean deputySecretary() {
        return this == STANDING_DEPUTY_SECRETARY || this == DEPUTY_SECRETARY_COMMITTEE_CHAIR;
    }

    /**
     * The role whose Vietnamese or English label, or constant name, equals {@code text}
     * (NFC-normalised, case-insensitive), if any.
     */
    public static Optional<PostRole> fromLabel(String text) {
        Checks.present("text", text);
        String t = org.haicap.core.text.VietnameseText.nfc(text.strip());
        for (PostRole r : values()) {
            if (r.vietnamese().equalsIgnoreCase(t) || r.english().equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
