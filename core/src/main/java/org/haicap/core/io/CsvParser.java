package org.haicap.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.haicap.core.text.VietnameseText;

/**
 * The RFC 4180 state machine over UTF-8 bytes. Delimiters, quotes and line ends are ASCII, so
 * the bytes can be split before decoding; UTF-8 is checked byte by byte on the way, which gives
 * the exact position of the first ill-formed sequence. Memory is bounded by the record limit.
 * Not thread-safe.
 */
final class CsvParser extends ByteInput {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;
    private static final int EXCERPT_BYTES = 240;

    /** One record as split by the parser, before header mapping. */
    static final class Raw {
        long line;
        long column = 1;
        List<String> fields = List.of();
        long[] fieldLines = new long[0];
        long[] fieldColumns = new long[0];
        boolean blank;
        ReadProblem.Reason errorReason;
        long errorLine;
        long errorColumn;
        String errorVi;
        String errorEn;
        String excerpt = "";
    }

    private final int delimiter;
    private final int maxRecordBytes;
    private final int maxFieldBytes;
    private final int maxFields;

    private boolean started;

    private long line = 1;
    private long column = 1;
    private final Utf8Validator utf8 = new Utf8Validator();
    private long seqOffset;
    private long seqLine;
    private long seqColumn;

    private int state = FIELD_START;
    private boolean pendingCr;
    private boolean inRecord;
    private byte[] rec = new byte[1024];
    private int recLen;
    private int fieldStartIndex;
    private long fieldBytes;
    private int nFields;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private long[] fLines = new long[16];
    private long[] fColumns = new long[16];
    private boolean firstQuoted;
    private long quoteLine;
    private long quoteColumn;
    private Raw current;
    private Raw ready;

    CsvParser(InputStream in, char delimiter, int maxRecordBytes, int maxFieldBytes, int maxFields) {
        super(in);
        this.delimiter = delimiter;
        this.maxRecordBytes = maxRecordBytes;
        this.maxFieldBytes = maxFieldBytes;
        this.maxFields = maxFields;
    }

    /** The next record, or null at the end of the input. */
    Raw next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        while (ready == null) {
            if (pos == limit && !fill()) {
                endOfInput();
                break;
            }
            onByte(buf[pos++] & 0xFF);
        }
        Raw r = ready;
        ready = null;
        return r;
    }

    private void onByte(int b) {
        long byteColumn = column;
        if (!inRecord) {
            inRecord = true;
            current = new Raw();
            current.line = line;
        }
        checkUtf8(b);
        if (pendingCr) {
            pendingCr = false;
            if (b != '\n') {
                machine('\r', line, byteColumn - 1);
            }
        }
        if (b == '\r' && state != QUOTED) {
            pendingCr = true;
        } else {
            machine(b, line, byteColumn);
        }
        offset++;
        if (b == '\n') {
            line++;
            column = 1;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
    }

    private void checkUtf8(int b) {
        if (!utf8.inSequence()) {
            seqOffset = offset;
            seqLine = line;
            seqColumn = column;
        }
        if (utf8.accept(b) == Utf8Validator.INVALID) {
            invalidUtf8(b);
        }
    }

    private void invalidUtf8(int b) {
        String bytes = b < 0 ? "(end of input)" : String.format("0x%02X", b);
        error(ReadProblem.Reason.INVALID_UTF8, seqLine, seqColumn,
                "chuỗi byte không hợp lệ (byte " + bytes + ") bắt đầu tại vị trí byte " + seqOffset + " của tệp",
                "ill-formed sequence (byte " + bytes + ") starting at byte offset " + seqOffset + " of the input");
    }

    private void machine(int b, long atLine, long atColumn) {
        switch (state) {
            case FIELD_START:
                beginField(atLine, atColumn);
                if (b == '"') {
                    state = QUOTED;
                    quoteLine = atLine;
                    quoteColumn = atColumn;
                    if (nFields == 0) {
                        firstQuoted = true;
                    }
                } else if (b == delimiter) {
                    endField();
                } else if (b == '\n') {
                    endField();
                    endRecord();
                } else {
                    data(b, atLine, atColumn);
                    state = UNQUOTED;
                }
                break;
            case UNQUOTED:
                if (b == delimiter) {
                    endField();
                    state = FIELD_START;
                } else if (b == '\n') {
                    endField();
                    endRecord();
                } else {
                    if (b == '"') {
                        error(ReadProblem.Reason.CSV_STRAY_QUOTE, atLine, atColumn,
                                "dấu ngoặc kép trong trường không được đặt trong ngoặc kép",
                                "a quote inside an unquoted field; quote the whole field and double the quote");
                    }
                    data(b, atLine, atColumn);
                }
                break;
            case QUOTED:
                if (b == '"') {
                    state = AFTER_QUOTE;
                } else {
                    data(b, atLine, atColumn);
                }
                break;
            default: // AFTER_QUOTE
                if (b == '"') {
                    data('"', atLine, atColumn);
                    state = QUOTED;
                } else if (b == delimiter) {
                    endField();
                    state = FIELD_START;
                } else if (b == '\n') {
                    endField();
                    endRecord();
                } else {
                    error(ReadProblem.Reason.CSV_STRAY_QUOTE, atLine, atColumn,
                            "có ký tự sau dấu ngoặc kép đóng", "text after the closing quote of a field");
                    data(b, atLine, atColumn);
                    state = UNQUOTED;
                }
                break;
        }
    }

    private void beginField(long atLine, long atColumn) {
        fieldStartIndex = recLen;
        fieldBytes = 0;
        if (nFields >= maxFields) {
            error(ReadProblem.Reason.LINE_TOO_LONG, atLine, atColumn,
                    "bản ghi có hơn " + maxFields + " trường", "the record has more than " + maxFields + " fields");
            return;
        }
        if (nFields == starts.length) {
            int size = Math.min(maxFields, starts.length * 2);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            fLines = Arrays.copyOf(fLines, size);
            fColumns = Arrays.copyOf(fColumns, size);
        }
        fLines[nFields] = atLine;
        fColumns[nFields] = atColumn;
    }

    private void data(int b, long atLine, long atColumn) {
        if (b == 0) {
            error(ReadProblem.Reason.CONTROL_CHARACTER, atLine, atColumn,
                    "ký tự NUL (byte 0x00) trong trường", "NUL character (byte 0x00) in a field");
        }
        fieldBytes++;
        if (fieldBytes > maxFieldBytes) {
            error(ReadProblem.Reason.STRING_TOO_LONG, atLine, atColumn,
                    "trường dài hơn " + maxFieldBytes + " byte", "the field is longer than " + maxFieldBytes + " bytes");
        }
        if (recLen >= maxRecordBytes) {
            error(ReadProblem.Reason.LINE_TOO_LONG, atLine, atColumn,
                    "bản ghi dài hơn " + maxRecordBytes + " byte", "the record is longer than " + maxRecordBytes + " bytes");
            // The first bytes stay for the excerpt; the rest is only counted.
            return;
        }
        if (recLen == rec.length) {
            rec = Arrays.copyOf(rec, Math.min(maxRecordBytes, rec.length * 2));
        }
        rec[recLen++] = (byte) b;
    }

    private void endField() {
        if (nFields < maxFields) {
            starts[nFields] = fieldStartIndex;
            ends[nFields] = recLen;
        }
        nFields++;
        state = FIELD_START;
    }

    private void error(ReadProblem.Reason reason, long atLine, long atColumn, String vi, String en) {
        if (current.errorReason != null) {
            return;
        }
        current.errorReason = reason;
        current.errorLine = atLine;
        current.errorColumn = atColumn;
        current.errorVi = vi;
        current.errorEn = en;
    }

    private void endRecord() {
        Raw r = current;
        int stored = Math.min(nFields, maxFields);
        if (r.errorReason == null) {
            List<String> fields = new ArrayList<>(stored);
            for (int i = 0; i < stored; i++) {
                fields.add(VietnameseText.nfc(new String(rec, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8)));
            }
            r.fields = List.copyOf(fields);
            r.fieldLines = Arrays.copyOf(fLines, stored);
            r.fieldColumns = Arrays.copyOf(fColumns, stored);
            r.blank = stored == 1 && !firstQuoted && fields.get(0).chars().allMatch(c -> c == ' ' || c == '\t');
        }
        r.excerpt = new String(rec, 0, Math.min(recLen, EXCERPT_BYTES), StandardCharsets.UTF_8);
        ready = r;
        inRecord = false;
        current = null;
        recLen = 0;
        nFields = 0;
        firstQuoted = false;
        state = FIELD_START;
        if (rec.length > 64 * 1024) {
            rec = new byte[1024];
        }
    }

    private void endOfInput() {
        if (!inRecord) {
            return;
        }
        if (pendingCr) {
            pendingCr = false;
            machine('\r', line, column - 1);
        }
        if (utf8.inSequence()) {
            utf8.reset();
            invalidUtf8(-1);
        }
        if (state == QUOTED) {
            error(ReadProblem.Reason.CSV_UNTERMINATED_QUOTE, quoteLine, quoteColumn,
                    "dấu ngoặc kép mở ở dòng " + quoteLine + " cột " + quoteColumn + " không được đóng đến hết tệp",
                    "the quote opened at line " + quoteLine + " column " + quoteColumn
                            + " is not closed before the end of the input");
        }
        if (state == FIELD_START) {
            beginField(line, column);
        }
        endField();
        endRecord();
    }
}
