package org.haicap.core.procedures;

import java.util.Optional;
import java.util.OptionalInt;
import org.haicap.core.text.Bilingual;
import org.haicap.core.text.LocalizedText;

/**
 * A channel through which a dossier is filed (kênh, hình thức nộp hồ sơ).
 *
 * <p>The processing systems that synchronise with the national portal (Cổng Dịch vụ công quốc
 * gia, DVCQG) number three channels: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích [P: seen in
 * one system's constants, no published specification was found]. Agent points have no code
 * there: a dossier filed at an agent point is filed online on the applicant's behalf.
 *
 * <p>Immutable and thread-safe.
 */
public enum Channel implements Bilingual {
    /** Online (trực tuyến), on the national portal or the province's portal; DVCQG code 2. */
    ONLINE("Trực tuyến", "Online", 2),
    /** In person at the one-stop desk (trực tiếp, tại Bộ phận Một cửa); DVCQG code 1. */
    IN_PERSON("Trực tiếp", "In person", 1),
    /** By public postal service (dịch vụ bưu chính công ích); DVCQG code 3. */
    POST("Bưu chính công ích", "By post", 3),
    /**
     * Through an online public-service agent point (điểm đại lý dịch vụ công trực tuyến) at a post
     * office, shop or bank; no DVCQG code of its own.
     */
    AGENT_POINT("Điểm đại lý dịch vụ công trực tuyến", "Online public-service agent point", 0);

    private final LocalizedText label;
    private final int dvcqgCode;

    Channel(String vietnamese, String english, int dvcqgCode) {
        this.label = LocalizedText.of(vietnamese, english);
        this.dvcqgCode = dvcqgCode;
    }

    /** The label in Vietnamese and English. */
    @Override
    public LocalizedText label() {
        return label;
    }

    /** The DVCQG channel code (1, 2 or 3), empty for {@link #AGENT_POINT}. */
    public OptionalInt dvcqgCode() {
        return dvcqgCode == 0 ? OptionalInt.empty() : OptionalInt.of(dvcqgCode);
    }

    /**
     * The channel with a DVCQG code.
     *
     * @param code a code read from a processing system
     * @return the channel, or empty for a code other than 1, 2 and 3
     */
    public static Optional<Channel> fromDvcqgCode(int code) {
        for (Channel c : values()) {
            if (c.dvcqgCode != 0 && c.dvcqgCode == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a dossier filed through this channel is filed electronically and so starts as
     * {@link DossierStatus#NEW} until an official accepts it (ONLINE and AGENT_POINT).
     */
    public boolean isElectronic() {
        return this == ONLINE || this == AGENT_POINT;
    }
}
