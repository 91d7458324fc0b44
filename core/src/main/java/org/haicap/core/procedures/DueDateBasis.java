package org.haicap.core.procedures;

/**
 * Which due moment timeliness statistics (early, on time, late; within deadline, overdue) judge a
 * dossier against when a Form 04 letter (Mẫu 04, "Văn bản xin lỗi và đề nghị gia hạn thời gian
 * giải quyết", TT 03/2025/TT-VPCP, Annex I) promised a new date: see {@link Dossier#dueFor}.
 *
 * <p>The apology letter resets the date promised to the applicant, but the dossier is still late
 * against the time limit; whether official statistics count the original or the revised date was
 * not found in a published text [U] (docs/DOMAIN.md §4.3 and §7 item 6), so it is a setting, and
 * {@link #ORIGINAL} is the default everywhere.
 *
 * <p>Immutable and thread-safe.
 */
public enum DueDateBasis {
    /** The original due moment of the receipt (Form 01), {@link Dossier#due()}: the default. */
    ORIGINAL,
    /** The revised due moment of a Form 04 letter when there is one ({@link Dossier#revisedDue()}), else the original. */
    REVISED
}
