package org.haicap.core.procedures;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The numeric dossier-status codes that processing systems synchronise to the national portal
 * (Cổng Dịch vụ công quốc gia, DVCQG), kept apart from {@link DossierStatus} because they are an
 * external encoding and not a settled one.
 *
 * <p>The codes were read from public processing-system code, not from a published specification
 * [P]: 1 mới đăng ký, 2 được tiếp nhận, 3 không được tiếp nhận, 4 đang xử lý, 5 yêu cầu bổ sung
 * giấy tờ, 6 yêu cầu thực hiện nghĩa vụ tài chính, 7 công dân yêu cầu rút hồ sơ, 8 dừng xử lý,
 * 9 đã xử lý xong, 10 đã trả kết quả. <b>Code 6 differs between systems</b> [U]: one labels it
 * "hồ sơ đã bổ sung giấy tờ" (supplement received). Choose with {@link Code6}; the default,
 * {@link #standard()}, reads it as a payment request.
 *
 * <p>Lossy mappings: {@link DossierStatus#WITHDRAWN} is written as 8 (dừng xử lý) and 8 is read
 * as {@link DossierStatus#STOPPED}. Under {@link Code6#SUPPLEMENT_RECEIVED},
 * {@link DossierStatus#PAYMENT_REQUESTED} has no code of its own and is written as 4, and 6 is
 * read as {@link DossierStatus#PROCESSING} (processing resumes once the supplement arrives).
 *
 * <p>Immutable and thread-safe.
 */
public final class DvcqgStatusCodes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What code 6 means in the system being read or written. */
    public enum Code6 {
        /** 6 = yêu cầu thực hiện nghĩa vụ tài chính (payment requested): the default. */
        PAYMENT_REQUESTED,
        /** 6 = hồ sơ đã bổ sung giấy tờ (the supplement was received). */
        SUPPLEMENT_RECEIVED
    }

    private static final DvcqgStatusCodes STANDARD = new DvcqgStatusCodes(Code6.PAYMENT_REQUESTED);
    private static final DvcqgStatusCodes SUPPLEMENT = new DvcqgStatusCodes(Code6.SUPPLEMENT_RECEIVED);

    /** The lowest code. */
    public static final int MIN_CODE = 1;
    /** The highest code. */
    public static final int MAX_CODE = 10;

    private final Code6 code6;

    private DvcqgStatusCodes(Code6 code6) {
        this.code6 = code6;
    }

    /** The mapping with code 6 = payment requested. */
    public static DvcqgStatusCodes standard() {
        return STANDARD;
    }

    /** The mapping with the given meaning of code 6. */
    public static DvcqgStatusCodes withCode6(Code6 meaning) {
        return Objects.requireNonNull(meaning, "meaning") == Code6.PAYMENT_REQUESTED ? STANDARD : SUPPLEMENT;
    }

    /** What code 6 means in this mapping. */
    public Code6 code6() {
        return code6;
    }

    /** The code to write for {@code status}; always 1 to 10 (see the lossy mappings above). */
    public int codeOf(DossierStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case NEW -> 1;
            case ACCEPTED -> 2;
            case REFUSED -> 3;
            case PROCESSING -> 4;
            case SUPPLEMENT_REQUESTED -> 5;
            case PAYMENT_REQUESTED -> code6 == Code6.PAYMENT_REQUESTED ? 6 : 4;
            case WITHDRAWAL_REQUESTED -> 7;
            case STOPPED, WITHDRAWN -> 8;
            case PROCESSED -> 9;
            case RESULT_RETURNED -> 10;
        };
    }

    /** Whether {@link #statusOf(int) statusOf(codeOf(status))} gives {@code status} back. */
    public boolean isLossless(DossierStatus status) {
        return statusOf(codeOf(status)).orElseThrow() == status;
    }

    /**
     * The status a code stands for.
     *
     * @param code a code read from a processing system
     * @return the status, or empty for a code outside 1 to 10
     */
    public Optional<DossierStatus> statusOf(int code) {
        DossierStatus s = switch (code) {
            case 1 -> DossierStatus.NEW;
            case 2 -> DossierStatus.ACCEPTED;
            case 3 -> DossierStatus.REFUSED;
            case 4 -> DossierStatus.PROCESSING;
            case 5 -> DossierStatus.SUPPLEMENT_REQUESTED;
            case 6 -> code6 == Code6.PAYMENT_REQUESTED ? DossierStatus.PAYMENT_REQUESTED : DossierStatus.PROCESSING;
            case 7 -> DossierStatus.WITHDRAWAL_REQUESTED;
            case 8 -> DossierStatus.STOPPED;
            case 9 -> DossierStatus.PROCESSED;
            case 10 -> DossierStatus.RESULT_RETURNED;
            default -> null;
        };
        return Optional.ofNullable(s);
    }

    private Object readResolve() {
        return withCode6(code6);
    }

    @Override
    public String toString() {
        return "DvcqgStatusCodes[code6=" + code6 + "]";
    }
}
