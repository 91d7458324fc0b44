/**
 * Reading outcomes that lose nothing: every input row becomes an object or a problem that names
 * the source, line, column or record and the reason.
 *
 * <p>JDK only. {@link org.haicap.core.io.SourceLocation}, {@link org.haicap.core.io.ReadProblem}
 * and {@link org.haicap.core.io.ReadSummary} describe the outcome of a reading;
 * {@link org.haicap.core.io.RowHandler} and {@link org.haicap.core.io.RowResult} carry rows one at
 * a time; {@link org.haicap.core.io.LineReader}, {@link org.haicap.core.io.CsvReader} and
 * {@link org.haicap.core.io.CsvWriter} read and write UTF-8 text in constant memory. The rules
 * are the contract in {@code docs/interchange-format.md}.
 */
package org.haicap.core.io;
