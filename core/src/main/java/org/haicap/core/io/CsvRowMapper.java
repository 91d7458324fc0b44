package org.haicap.core.io;

/**
 * Turns a CSV record into an object (ánh xạ dòng CSV), or refuses it.
 *
 * <p>To refuse, throw {@link RowRefusedException} (the {@link CsvRow} helpers do: {@code
 * row.require("amount", Long::parseLong)}); any other {@link IllegalArgumentException} or
 * {@link java.time.DateTimeException} is reported as {@link ReadProblem.Reason#INVALID_VALUE}
 * at the row's location with the exception's message. Other exceptions are bugs: they stop the
 * reading and propagate.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface CsvRowMapper<T> {
    /**
     * Maps one record.
     *
     * @param row the record
     * @return the object, never null
     * @throws RowRefusedException to refuse the row with a precise problem
     */
    T map(CsvRow row);
}
