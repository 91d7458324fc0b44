package org.haicap.reporting.pass;

import org.haicap.core.io.HaicapInputException;

/**
 * A strict report refused its input because some rows or records could not be read (báo cáo
 * chặt chẽ: có dòng bị từ chối). The message, in Vietnamese and English, gives the count and the
 * first refused row's file and line; the findings say the rest.
 */
public final class RefusedRowsException extends HaicapInputException {
    private static final long serialVersionUID = 1L;

    private final long refused;

    RefusedRowsException(long refused, String first) {
        super(refused + " dòng/bản ghi không đọc được, báo cáo chặt chẽ không lập (đầu tiên: " + first + ")",
                refused + " rows or records could not be read; a strict report is not made (first: " + first + ")");
        this.refused = refused;
    }

    /** The rows and records refused. */
    public long refused() {
        return refused;
    }
}
