package org.haicap.core.party;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.money.Vnd;

/**
 * How the party fees an organisation collects are divided between the share it keeps (trích giữ
 * lại) and the share it sends to the level above (nộp lên cấp trên).
 *
 * <p>Under QĐ 342-QĐ/TW (months to January 2026) the shares are those of its Part II as a legal
 * Q&amp;A summarises them (thuvienphapluat.vn, "Mức trích nộp đảng phí thu được mới nhất") [P]: a
 * chi bộ trực thuộc keeps 30–50 % (the đảng bộ cơ sở sets it; 50 % here unless set), a basic
 * organisation (đảng bộ or chi bộ cơ sở) in a xã, phường or thị trấn keeps 90 %, any other basic
 * organisation 70 %, each level above the basic organisations 50 %. Under QĐ 01-QĐ/TW (from
 * February 2026) no source states the split [U] (DOMAIN.md §3.1): {@link #split} answers empty
 * for such a month until a locality sets the shares it was told ({@link #withQd01Shares}).
 * A đảng bộ bộ phận and an organisation of kind {@code OTHER} are in neither table: empty.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PartyFeeSplit split = PartyFeeSplit.qd342();
 * split.split(PartyOrganisation.Kind.BASIC_PARTY_CELL, true, YearMonth.of(2025, 7), Vnd.of(1_000_000));
 * // Optional[Share[kept=900000 đ, sentUp=100000 đ, keptPercent=90, regulation=QD_342, …]]
 * split.split(PartyOrganisation.Kind.BASIC_PARTY_CELL, true, YearMonth.of(2026, 3), Vnd.of(1_000_000));
 * // Optional.empty: QĐ 01-QĐ/TW's split is not known
 * }</pre>
 */
public final class PartyFeeSplit implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where the QĐ 342 shares are read, as findings and reports cite it. */
    public static final String QD_342_SOURCE = "QĐ 342-QĐ/TW, Phần II (theo thuvienphapluat.vn) [P]";

    private static final PartyFeeSplit QD_342_DEFAULT = new PartyFeeSplit(new Shares(50, 90, 70, 50), null);

    private final Shares qd342;
    private final Shares qd01;

    /** The percentages kept by each level, each 0–100. */
    private record Shares(int subordinateCell, int basicInCommune, int otherBasic, int aboveBasic)
            implements Serializable {
        Shares {
            percent("subordinateCell", subordinateCell, 0, 100);
            percent("basicInCommune", basicInCommune, 0, 100);
            percent("otherBasic", otherBasic, 0, 100);
            percent("aboveBasic", aboveBasic, 0, 100);
        }

        int of(PartyOrganisation.Kind kind, boolean inCommune) {
            return switch (kind) {
                case SUBORDINATE_PARTY_CELL -> subordinateCell;
                case BASIC_PARTY_CELL, BASIC_PARTY_COMMITTEE -> inCommune ? basicInCommune : otherBasic;
                case COMMUNE_PARTY_COMMITTEE -> aboveBasic;
                case SECTION_PARTY_COMMITTEE, OTHER -> -1;
            };
        }
    }

    /**
     * What an organisation keeps and sends up of the fees it collected in a month.
     *
     * @param kept the share kept, rounded down to the đồng
     * @param sentUp the rest, sent to the level above
     * @param keptPercent the percentage kept
     * @param regulation the regulation in force for the month
     * @param source where the percentages come from, with its confidence label
     */
    public record Share(Vnd kept, Vnd sentUp, int keptPercent, PartyFeeRegulation regulation, String source)
            implements Serializable {
        /** Checks the values. */
        public Share {
            Objects.requireNonNull(kept, "kept");
            Objects.requireNonNull(sentUp, "sentUp");
            Objects.requireNonNull(regulation, "regulation");
            Objects.requireNonNull(source, "source");
        }
    }

    private PartyFeeSplit(Shares qd342, Shares qd01) {
        this.qd342 = qd342;
        this.qd01 = qd01;
    }

    /** The QĐ 342 shares [P] (a chi bộ trực thuộc keeps 50 %) and no QĐ 01 shares. */
    public static PartyFeeSplit qd342() {
        return QD_342_DEFAULT;
    }

    /**
     * The same with another share kept by a chi bộ trực thuộc under QĐ 342, which the đảng bộ
     * cơ sở sets between 30 and 50 %.
     *
     * @throws InvalidPartyDataException if {@code percent} is outside 30–50
     */
    public PartyFeeSplit withSubordinateCellKeeps(int percent) {
        percent("subordinateCellKeeps", percent, 30, 50);
        return new PartyFeeSplit(new Shares(percent, qd342.basicInCommune, qd342.otherBasic, qd342.aboveBasic), qd01);
    }

    /**
     * The same with the shares a locality was told for months under QĐ 01-QĐ/TW, whose split no
     * public source states [U].
     *
     * @param subordinateCell percent a chi bộ trực thuộc keeps
     * @param basicInCommune percent a basic organisation in a xã or phường keeps
     * @param otherBasic percent any other basic organisation keeps
     * @param aboveBasic percent each level above the basic organisations keeps
     * @return a new split
     * @throws InvalidPartyDataException if a percentage is outside 0–100
     */
    public PartyFeeSplit withQd01Shares(int subordinateCell, int basicInCommune, int otherBasic, int aboveBasic) {
        return new PartyFeeSplit(qd342, new Shares(subordinateCell, basicInCommune, otherBasic, aboveBasic));
    }

    /**
     * Divides the fees an organisation collected in a month.
     *
     * @param kind the organisation's kind
     * @param inCommune whether it is an organisation in a xã, phường or đặc khu (for a basic organisation)
     * @param month the month the fees are for
     * @param collected the fees collected, not negative
     * @return the share, or empty when no known source gives the split for that kind and month
     * @throws InvalidPartyDataException if {@code collected} is negative or the month is before April 2011
     */
    public Optional<Share> split(PartyOrganisation.Kind kind, boolean inCommune, YearMonth month, Vnd collected) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(collected, "collected");
        if (collected.amount() < 0) {
            throw new InvalidPartyDataException("collected", collected.toString(),
                    "số đảng phí thu được không được âm", "the fees collected cannot be negative");
        }
        PartyFeeRegulation regulation = PartyFeeRegulation.inForce(month);
        Shares shares = regulation == PartyFeeRegulation.QD_342 ? qd342 : qd01;
        int percent = shares == null ? -1 : shares.of(kind, inCommune);
        if (percent < 0) {
            return Optional.empty();
        }
        long kept = Math.multiplyExact(collected.amount(), percent) / 100;
        String source = regulation == PartyFeeRegulation.QD_342 ? QD_342_SOURCE
                : "QĐ 01-QĐ/TW: tỷ lệ do địa phương đặt / shares set by the locality [U]";
        return Optional.of(new Share(Vnd.of(kept), Vnd.of(collected.amount() - kept), percent, regulation, source));
    }

    private static void percent(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPartyDataException(field, Integer.toString(value),
                    "tỷ lệ phải từ " + min + " đến " + max + " %", "the share must be " + min + " to " + max + " %");
        }
    }

    @Override
    public String toString() {
        return "PartyFeeSplit[QĐ 342 " + qd342 + ", QĐ 01 " + (qd01 == null ? "unknown" : qd01) + "]";
    }
}
