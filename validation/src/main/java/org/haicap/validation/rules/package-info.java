/**
 * Dataset rules that no single record can check: the 2025 commune-level norms, references between records, duplicates, with the regulation each encodes and the parameters a locality may change.
 */
package org.haicap.validation.rules;
