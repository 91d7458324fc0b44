package org.haicap.examples.spark;

/** Which rows a stream holds (loại dữ liệu): dossiers (hồ sơ) or payments (giao dịch thanh toán). */
public enum StreamKind {
    /** Dossiers, checked by {@code DossierCheck}; duplicate key: the dossier code. */
    DOSSIERS,
    /** Payments, checked by {@code PaymentCheck}; duplicate key: the channel and transaction reference. */
    PAYMENTS
}
