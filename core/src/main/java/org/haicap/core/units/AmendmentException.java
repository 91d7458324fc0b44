package org.haicap.core.units;

import org.haicap.core.InvalidValueException;

/**
 * A catalogue amendment file or entry was refused (tệp sửa đổi danh mục không hợp lệ): the
 * message names the file, the entry (its index from 0 and its resolution number, when known),
 * the change where one is at fault, and why, in Vietnamese and English, on one line.
 *
 * <p>{@link #field()} is {@code "amendments[i].changes[j]"} or a similar path into the file,
 * {@link #value()} the offending value as it may be shown.
 */
public final class AmendmentException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int entry;
    private final String resolution;

    /**
     * Creates the exception.
     *
     * @param source the file or resource, as named to the user
     * @param entry the index of the amendment in the file (from 0), or -1 for the file as a whole
     * @param resolution the amendment's resolution number, or the empty string when unknown
     * @param field the path of the field at fault, e.g. {@code amendments[2].changes[0].unit}
     * @param shownValue the offending value as it may be shown
     * @param vietnamese why, in Vietnamese
     * @param english why, in English
     */
    public AmendmentException(String source, int entry, String resolution, String field, String shownValue,
            String vietnamese, String english) {
        super(where(source, entry, resolution, field, "mục") + ": " + vietnamese,
                where(source, entry, resolution, field, "entry") + ": " + english, field, shownValue, vietnamese,
                english);
        this.source = source;
        this.entry = entry;
        this.resolution = resolution;
    }

    private static String where(String source, int entry, String resolution, String field, String entryWord) {
        String where = source;
        if (entry >= 0) {
            String r = resolution.isEmpty() ? "" : " (" + resolution + ")";
            where += ", " + entryWord + " " + entry + r;
        }
        if (!field.isEmpty()) {
            where += ", " + field;
        }
        return where;
    }

    /** The file or resource, as named to the user. */
    public String source() {
        return source;
    }

    /** The index of the amendment in the file (from 0), or -1 for the file as a whole. */
    public int entry() {
        return entry;
    }

    /** The amendment's resolution number, or the empty string when unknown. */
    public String resolution() {
        return resolution;
    }
}
