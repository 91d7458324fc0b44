/**
 * The haicap interchange format (định dạng trao đổi dữ liệu), described in
 * {@code docs/interchange-format.md} with JSON Schemas in {@code docs/schema/}:
 * <ul>
 *   <li>a Jackson module for every value type of the domain ({@link org.haicap.core.json.HaicapModule},
 *       also found through the {@code ServiceLoader}), and a hardened factory and mappers
 *       ({@link org.haicap.core.json.HaicapJson});</li>
 *   <li>the dataset document of reference data: {@link org.haicap.core.json.DatasetReader} (one
 *       record at a time, bad records become problems) and the deterministic
 *       {@link org.haicap.core.json.DatasetWriter};</li>
 *   <li>streams of dossiers and payments in JSON Lines ({@link org.haicap.core.json.JsonLinesReader},
 *       {@link org.haicap.core.json.JsonLinesWriter}) and CSV ({@link org.haicap.core.json.DossierCsv},
 *       {@link org.haicap.core.json.PaymentCsv}, {@link org.haicap.core.json.CsvRecordWriter}), read in
 *       constant memory.</li>
 * </ul>
 *
 * <p>Every reader accounts for every row: it becomes an object or a
 * {@link org.haicap.core.io.ReadProblem} naming the file, line, column, path and record id, and
 * the counts reconcile ({@code read == accepted + refused}).
 *
 * <p>The only package of haicap core that uses Jackson; the domain packages stay free of it. Value
 * types are registered in one place, the package-private {@code ValueTypes}, and the few records
 * whose wire shape needs more than their components (payment subjects, committee seat posts) get
 * it from mix-ins in {@code WireShapes}.
 *
 * <p>Dossiers and payments in JSON Lines are bound from each line's bytes by hand-written,
 * package-private binders ({@code LineBinder}: {@code DossierBinder}, {@code PaymentBinder}) that
 * use the same parse functions and constructors as databind and give up, handing the line to the
 * databind text path, whenever they are not certain of giving the same value; results never
 * depend on which path read a line.
 */
package org.haicap.core.json;
