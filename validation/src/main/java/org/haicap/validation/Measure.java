package org.haicap.validation;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many of the things a rule looked at passed it: {@code passed/total}, the "125/126 đơn vị
 * có bí thư" of a report. Measures add up: {@link #plus(Measure)} is associative and
 * {@link #ZERO} is its identity. Counts are exact {@code long}s. Immutable and thread-safe.
 *
 * @param passed how many passed, from 0 to {@code total}
 * @param total how many were looked at, at least 0
 */
public record Measure(long passed, long total) implements Serializable {

    /** Nothing looked at: {@code 0/0}. */
    public static final Measure ZERO = new Measure(0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or {@code passed > total}
     */
    public Measure {
        if (passed < 0 || total < 0 || passed > total) {
            throw new IllegalArgumentException("cần 0 ≤ đạt ≤ tổng / need 0 ≤ passed ≤ total, got "
                    + passed + "/" + total);
        }
    }

    /** The sum of two measures: passed and total added. */
    public Measure plus(Measure other) {
        return new Measure(Math.addExact(passed, other.passed), Math.addExact(total, other.total));
    }

    /** How many failed: {@code total − passed}. */
    public long failed() {
        return total - passed;
    }

    /** Whether everything looked at passed (true for {@code 0/0}). */
    public boolean complete() {
        return passed == total;
    }

    /** The fraction that passed, from 0 to 1; 1 for {@code 0/0}. For display only. */
    public double ratio() {
        return total == 0 ? 1.0 : (double) passed / total;
    }

    /**
     * The measure as people read it: {@code 2.552/4.076} in Vietnamese, {@code 2,552/4,076}
     * in English.
     */
    public String format(Locale locale) {
        NumberFormat f = NumberFormat.getIntegerInstance(
                "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH);
        return f.format(passed) + "/" + f.format(total);
    }

    /** {@code passed/total} in plain digits. */
    @Override
    public String toString() {
        return passed + "/" + total;
    }
}
