package org.haicap.core.units.former;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The type of a district-level unit (đơn vị hành chính cấp huyện), a level abolished on
 * 1 July 2025.
 */
public enum DistrictType implements Bilingual {
    /** Quận: an urban district of a centrally-run city. */
    QUAN("Quận", "urban district"),
    /** Huyện: a rural district. */
    HUYEN("Huyện", "rural district"),
    /** Thị xã: a district-level town. */
    THI_XA("Thị xã", "district-level town"),
    /** Thành phố thuộc tỉnh: a city under a province. */
    THANH_PHO_THUOC_TINH("Thành phố thuộc tỉnh", "city under a province"),
    /** Thành phố thuộc thành phố trung ương: a city under a centrally-run city (Thủ Đức, Thủy Nguyên). */
    THANH_PHO_THUOC_THANH_PHO_TRUNG_UONG("Thành phố thuộc thành phố trung ương", "city under a centrally-run city");

    private final LocalizedText label;

    DistrictType(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** The Vietnamese name of the type and its English gloss. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * The type with the given Vietnamese name, as written in the data.
     *
     * @throws IllegalArgumentException if the name is none of the five
     */
    public static DistrictType fromVietnamese(String name) {
        for (DistrictType t : values()) {
            if (t.vietnamese().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("loại đơn vị cấp huyện không rõ \"" + name + "\" / unknown district type \""
                + name + "\"");
    }
}
