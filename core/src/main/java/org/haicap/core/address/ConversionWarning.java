package org.haicap.core.address;

import java.util.Objects;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * Something a conversion assumed or normalised (cảnh báo khi chuyển đổi địa chỉ): either a
 * warning of the parser ({@link AddressWarning}, with its name as {@link #code()}) or one of the
 * converter's own constants below.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code a stable upper-case identifier for scripts, e.g. {@code PROVINCE_INFERRED} or
 *     {@code TONE_MARKS_NORMALISED}
 * @param label the message in Vietnamese and English
 */
public record ConversionWarning(String code, LocalizedText label) implements Bilingual {

    /** The province was not written; the district and commune identify it uniquely. */
    public static final ConversionWarning PROVINCE_INFERRED = new ConversionWarning("PROVINCE_INFERRED",
            LocalizedText.of("đã suy ra tỉnh từ huyện và xã", "province inferred from the district and commune"));
    /** A name matched only without diacritics: the diacritics written differ from the official name. */
    public static final ConversionWarning FOLDED_MATCH = new ConversionWarning("FOLDED_MATCH",
            LocalizedText.of("tên chỉ khớp khi bỏ dấu (dấu viết khác tên chính thức)",
                    "name matched only without diacritics (the diacritics differ from the official name)"));
    /** A type was written that no candidate has ({@code Xã} for a phường); the name decided. */
    public static final ConversionWarning TYPE_IGNORED = new ConversionWarning("TYPE_IGNORED",
            LocalizedText.of("loại đơn vị viết không khớp, chỉ đối chiếu theo tên",
                    "the type written does not match; matched by name only"));
    /** The name is both a unit of 1 July 2025 and a former commune of the province. */
    public static final ConversionWarning ALSO_FORMER_NAME = new ConversionWarning("ALSO_FORMER_NAME",
            LocalizedText.of("tên này cũng là tên một xã cũ của tỉnh; nếu là địa chỉ cũ, hãy ghi cả huyện",
                    "the name is also a former commune of the province; if the address is old, give its district"));
    /** The former commune was found, but the official conversion table lists no successor for it. */
    public static final ConversionWarning NO_SUCCESSOR = new ConversionWarning("NO_SUCCESSOR",
            LocalizedText.of("bảng chuyển đổi không có đơn vị kế thừa cho xã cũ này",
                    "the conversion table lists no successor for this former commune"));
    /** The address has no commune part; a district or province alone does not name a commune. */
    public static final ConversionWarning NO_COMMUNE = new ConversionWarning("NO_COMMUNE",
            LocalizedText.of("địa chỉ không có cấp xã", "the address has no commune part"));

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a value is null
     */
    public ConversionWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The conversion warning that carries a parser's warning.
     *
     * @param warning the parser's warning, not null
     * @return the warning with the parser's name as code and its label
     */
    public static ConversionWarning of(AddressWarning warning) {
        return new ConversionWarning(warning.name(), warning.label());
    }

    @Override
    public String toString() {
        return code;
    }
}
