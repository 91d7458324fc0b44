package org.haicap.reporting.standard;

import java.util.Optional;
import java.util.OptionalInt;
import org.haicap.core.text.LocalizedText;

/**
 * The reported figures (số liệu báo cáo) the operations report knows by key: numbers that come
 * from outside the reference data (page visits, hotline calls, lawyers mobilised), each with its
 * label, unit and printed form. A {@link ReportedFigure} for one of them carries the value and
 * its {@link org.haicap.reporting.Source source}.
 */
public enum StandardFigure {
    /** Nghị quyết HĐND xã, phường đã ban hành: "600 nghị quyết". */
    COUNCIL_RESOLUTIONS("hdnd.resolutions", "Nghị quyết đã ban hành", "Resolutions issued", "nghị quyết", "resolutions",
            OptionalInt.empty()),
    /** The number of commune-level procedures before the reform: the "112" of "từ 112 lên 559". */
    PREVIOUS_COMMUNE_PROCEDURES("procedures.commune.previous", "TTHC cấp xã trước sắp xếp",
            "Commune-level procedures before the reform", "thủ tục", "procedures", OptionalInt.empty()),
    /** Luật sư hỗ trợ pháp lý miễn phí: "hơn 200 luật sư". */
    LAWYERS("legal-aid.lawyers", "Luật sư hỗ trợ pháp lý miễn phí", "Lawyers giving free legal aid", "luật sư",
            "lawyers", OptionalInt.empty()),
    /** Phản ánh, kiến nghị trên iHanoi: "3.570 phản ánh". */
    IHANOI_FEEDBACK("ihanoi.feedback", "Phản ánh, kiến nghị", "Feedback and petitions", "phản ánh", "items",
            OptionalInt.empty()),
    /** Tài khoản iHanoi đăng ký mới: "1.702 tài khoản". */
    IHANOI_ACCOUNTS("ihanoi.accounts", "Tài khoản đăng ký mới", "New accounts", "tài khoản", "accounts",
            OptionalInt.empty()),
    /** Cuộc gọi tổng đài 1022: "trên 1.779 cuộc gọi". */
    HOTLINE_CALLS("hotline.calls", "Cuộc gọi được tiếp nhận và hỗ trợ", "Calls answered", "cuộc gọi", "calls",
            OptionalInt.empty()),
    /** Lượt truy cập 4 TTHC khối Đảng: "hơn 1,9 triệu lượt truy cập" (printed abbreviated, 1 decimal). */
    PARTY_PLATFORM_VISITS("party-platform.visits", "Lượt truy cập 4 TTHC khối Đảng", "Visits to the 4 Party procedures",
            "lượt truy cập", "visits", OptionalInt.of(1)),
    /** Đảng viên đăng ký trên nền tảng số: "72.995 đảng viên". */
    PARTY_PLATFORM_MEMBERS("party-platform.members", "Đảng viên đăng ký", "Party members registered", "đảng viên",
            "members", OptionalInt.empty());

    private final String key;
    private final LocalizedText label;
    private final LocalizedText unit;
    private final OptionalInt compactDecimals;

    StandardFigure(String key, String vi, String en, String unitVi, String unitEn, OptionalInt compactDecimals) {
        this.key = key;
        this.label = LocalizedText.of(vi, en);
        this.unit = LocalizedText.of(unitVi, unitEn);
        this.compactDecimals = compactDecimals;
    }

    /** The stable key, e.g. {@code ihanoi.feedback}. */
    public String key() {
        return key;
    }

    /** The label printed before the figure. */
    public LocalizedText label() {
        return label;
    }

    /** The unit printed after the figure. */
    public LocalizedText unit() {
        return unit;
    }

    /** Decimals of the abbreviated form ({@code 1,9 triệu}), if the figure prints abbreviated. */
    public OptionalInt compactDecimals() {
        return compactDecimals;
    }

    /** The figure with this key, if it is one of these. */
    public static Optional<StandardFigure> ofKey(String key) {
        for (StandardFigure f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
