/**
 * Vietnamese text at the library's boundary: NFC normalisation, search folding (diacritics, tone-mark placement, đ/d, apostrophes) and the Vietnamese collator.
 */
package org.haicap.core.text;
