package org.haicap.core.units;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated fields, optional double quotes around a field, a
 * doubled quote inside a quoted field, line breaks (LF or CRLF) inside quoted fields. Not
 * thread-safe; one instance reads one stream.
 */
final class CsvReader {

    /** A malformed file; the message names the line. */
    static final class CsvFormatException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CsvFormatException(String message) {
            super(message);
        }
    }

    /** One record and the line it starts on (1-based). */
    record Row(int line, List<String> fields) {
    }

    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    /** Reads all of {@code in} into memory first (the catalogue is about 1.3 MB). */
    CsvReader(Reader in, String source) throws IOException {
        StringBuilder b = new StringBuilder(1 << 16);
        char[] buf = new char[1 << 14];
        int n;
        while ((n = in.read(buf)) > 0) {
            b.append(buf, 0, n);
        }
        this.text = b.toString();
        this.source = source;
    }

    /** Reads {@code text}. */
    CsvReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The next record, or null at the end of the input. */
    Row next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw error(startLine, "dấu ngoặc kép không được đóng / unterminated quoted field");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        throw error(line, "ký tự CR đứng riêng / bare CR without LF");
                    }
                }
                fields.add(field.toString());
                if (c != -1) {
                    line++;
                }
                return new Row(startLine, List.copyOf(fields));
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStart = true;
                c = read();
                continue;
            }
            if (afterQuote) {
                throw error(line, "ký tự '" + (char) c + "' sau dấu ngoặc kép đóng / character '"
                        + (char) c + "' after a closing quote");
            }
            if (c == '"') {
                if (!fieldStart) {
                    throw error(line, "dấu ngoặc kép giữa trường không có ngoặc / quote inside an unquoted field");
                }
                quoted = true;
                fieldStart = false;
                c = read();
                continue;
            }
            fieldStart = false;
            field.append((char) c);
            // copy the rest of an unquoted run in one go
            int end = pos;
            while (end < text.length()) {
                char e = text.charAt(end);
                if (e == ',' || e == '\n' || e == '\r' || e == '"') {
                    break;
                }
                end++;
            }
            field.append(text, pos, end);
            pos = end;
            c = read();
        }
    }

    private int read() {
        return pos < text.length() ? text.charAt(pos++) : -1;
    }

    private CsvFormatException error(int atLine, String what) {
        return new CsvFormatException(source + ", dòng/line " + atLine + ": " + what);
    }
}
