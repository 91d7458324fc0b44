/**
 * Vietnamese identifiers as value types: the personal identification number (số định danh cá
 * nhân, on the căn cước card), tax codes, mobile numbers, document numbers (số, ký hiệu) and
 * dossier codes (mã hồ sơ; here rather than in {@code procedures} so that {@code money}, whose
 * payments name a dossier, does not depend on {@code procedures}, which prices fees in
 * {@code money}).
 * Each checks its shape when created and prints personal data masked.
 */
package org.haicap.core.ids;
