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

    private final Reader in;
    private final String source;
    private int line = 1;

    CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
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
            c = read();
        }
    }

    private int read() throws IOException {
        return in.read();
    }

    private CsvFormatException error(int atLine, String what) {
        return new CsvFormatException(source + ", dòng/line " + atLine + ": " + what);
    }
}
