package org.haicap.core.address;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * The type of a unit part of an address (loại đơn vị hành chính), old and new: the commune-level
 * types (xã, phường, thị trấn, đặc khu), the district-level types of before 1 July 2025 (quận,
 * huyện, thị xã, thành phố thuộc tỉnh) and the provincial-level types.
 *
 * <p>{@code Thành phố} is written alike for a city under a province (district level, before
 * 2025) and a centrally-run city (province level); the parser tells them apart by position and
 * name (see {@link AddressParser}).
 *
 * <p>Immutable and thread-safe.
 */
public enum AddressUnitType implements Bilingual {
    /** Phường: an urban ward. */
    PHUONG(AddressLevel.COMMUNE, "Phường", "ward", false),
    /** Xã: a rural commune. */
    XA(AddressLevel.COMMUNE, "Xã", "commune", false),
    /** Thị trấn: a township (abolished on 1 July 2025). */
    THI_TRAN(AddressLevel.COMMUNE, "Thị trấn", "township", true),
    /** Đặc khu: a special zone (since 1 July 2025). */
    DAC_KHU(AddressLevel.COMMUNE, "Đặc khu", "special zone", false),
    /** Quận: an urban district (abolished on 1 July 2025). */
    QUAN(AddressLevel.DISTRICT, "Quận", "urban district", true),
    /** Huyện: a rural district (abolished on 1 July 2025). */
    HUYEN(AddressLevel.DISTRICT, "Huyện", "rural district", true),
    /** Thị xã: a district-level town (abolished on 1 July 2025). */
    THI_XA(AddressLevel.DISTRICT, "Thị xã", "district-level town", true),
    /** Thành phố thuộc tỉnh: a city under a province (abolished on 1 July 2025). */
    THANH_PHO_THUOC_TINH(AddressLevel.DISTRICT, "Thành phố", "provincial city", true),
    /** Tỉnh: a province. */
    TINH(AddressLevel.PROVINCE, "Tỉnh", "province", false),
    /** Thành phố trực thuộc trung ương: a centrally-run city. */
    THANH_PHO_TRUNG_UONG(AddressLevel.PROVINCE, "Thành phố", "centrally-run city", false);

    private final AddressLevel level;
    private final String prefix;
    private final LocalizedText label;
    private final boolean formerOnly;

    AddressUnitType(AddressLevel level, String prefix, String english, boolean formerOnly) {
        this.level = level;
        this.prefix = prefix;
        this.label = LocalizedText.of(prefix, english);
        this.formerOnly = formerOnly;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The level of units of this type. */
    public AddressLevel level() {
        return level;
    }

    /** The word written before the name, in full: {@code Phường}, {@code Thị xã}, {@code Thành phố}… */
    public String prefix() {
        return prefix;
    }

    /** Whether the type exists only before 1 July 2025 (thị trấn and the district-level types). */
    public boolean formerOnly() {
        return formerOnly;
    }
}
