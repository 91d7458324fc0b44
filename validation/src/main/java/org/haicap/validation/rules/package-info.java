/**
 * Dataset rules (quy tắc kiểm tra bộ dữ liệu) that no single record can check: the 2025
 * commune-level norms, references between records, duplicates, each with a stable id, the
 * regulation it encodes with a confidence label, and the parameters a locality may change.
 *
 * <ul>
 *   <li>{@link org.haicap.validation.rules.Rules} lists every rule
 *       ({@link org.haicap.validation.rules.RuleInfo}); messages are in Vietnamese and English.</li>
 *   <li>{@link org.haicap.validation.rules.DatasetValidator#validate} checks a
 *       {@link org.haicap.core.dataset.Dataset} as of a date.</li>
 *   <li>{@link org.haicap.validation.rules.DossierCheck} and
 *       {@link org.haicap.validation.rules.PaymentCheck} are {@link org.haicap.core.io.RowHandler}s
 *       that check streams in constant memory apart from a 64-bit hash per code, and merge.</li>
 *   <li>{@link org.haicap.validation.rules.RuleParameters} holds the locality's choices, with
 *       documented defaults.</li>
 * </ul>
 *
 * <p>All produce {@link org.haicap.validation.ValidationResult}s: exact counts, deterministic
 * samples, a measure {@code passed/total} per rule, mergeable. Nothing reads the clock.
 */
package org.haicap.validation.rules;
