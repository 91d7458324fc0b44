/**
 * Party organisations (tổ chức đảng), their committees and planned seats, congresses (đại hội), seals (con dấu) and the party fee (đảng phí) rules in force as of a date.
 */
package org.haicap.core.party;
