/**
 * Vietnamese identifiers as value types: the personal identification number (số định danh cá
 * nhân, on the căn cước card), tax codes, mobile numbers and document numbers (số, ký hiệu).
 * Each checks its shape when created and prints personal data masked.
 */
package org.haicap.core.ids;
