package org.haicap.core.units.former;

import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/** The type of a commune-level unit before 1 July 2025 (loại đơn vị hành chính cấp xã). */
public enum CommuneType implements Bilingual {
    /** Xã: a rural commune. */
    XA("Xã", "commune"),
    /** Phường: an urban ward. */
    PHUONG("Phường", "ward"),
    /** Thị trấn: a township, abolished as a type on 1 July 2025. */
    THI_TRAN("Thị trấn", "township");

    private final LocalizedText label;

    CommuneType(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /** The Vietnamese name of the type and its English gloss. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /**
     * The type with the given Vietnamese name, as written in the data ({@code "Thị trấn"}).
     *
     * @throws IllegalArgumentException if the name is none of the three
     */
    public static CommuneType fromVietnamese(String name) {
        for (CommuneType t : values()) {
            if (t.vietnamese().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("loại đơn vị cấp xã không rõ \"" + name + "\" / unknown commune type \""
                + name + "\"");
    }
}
