package org.haicap.reporting.standard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.haicap.reporting.Count;
import org.haicap.core.text.LocalizedText;
import org.haicap.reporting.Source;

/**
 * Reads reported figures (số liệu báo cáo từ nguồn ngoài) from their JSON file: an array of
 * {@code {"key", "value", "qualifier"?, "source": {"vi", "en"?}, "reference"?, "quotedIn"?}}
 * objects, the keys those of {@link StandardFigure} or others (printed under "Số liệu khác");
 * {@code qualifier} is {@code exact} (default), {@code over}, {@code more_than}…
 * ({@link Count.Qualifier}); {@code reference} is printed with the source; {@code quotedIn}
 * documents where a figure is quoted from and is not printed. Thread-safe: static methods only.
 */
public final class ReportedFiguresReader {

    private ReportedFiguresReader() {
    }

    /**
     * Reads such a file.
     *
     * @param in the stream (not closed)
     * @param source the file's name, for messages
     * @return the figures
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if it is not such a file: the message names the file, the
     *     entry ({@code $[i]}) and why, in Vietnamese and English
     */
    public static ReportedFigures read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " (dòng / line " + e.getLocation().getLineNr() + ")";
            throw new IllegalArgumentException(source + at + ": không phải JSON hợp lệ / not valid JSON", e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(source + ": không phải mảng số liệu / not an array of reported figures");
        }
        List<ReportedFigure> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode f = root.get(i);
            String where = source + " $[" + i + "]";
            if (!f.path("key").isTextual() || !f.path("value").canConvertToLong()
                    || !f.path("source").path("vi").isTextual()) {
                throw new IllegalArgumentException(where + ": cần key, value, source.vi / needs key, value and source.vi");
            }
            LocalizedText name = f.path("source").path("en").isTextual()
                    ? LocalizedText.of(f.path("source").path("vi").asText(), f.path("source").path("en").asText())
                    : LocalizedText.of(f.path("source").path("vi").asText());
            Source s = Source.of(name);
            if (f.path("reference").isTextual()) {
                s = s.withReference(f.path("reference").asText());
            }
            ReportedFigure figure;
            try {
                figure = ReportedFigure.of(f.path("key").asText(), f.path("value").asLong(), s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            String q = f.path("qualifier").asText("exact").toUpperCase(Locale.ROOT);
            try {
                out.add(figure.withQualifier(Count.Qualifier.valueOf(q)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": qualifier \"" + q + "\" không hợp lệ / unknown qualifier", e);
            }
        }
        try {
            return ReportedFigures.of(out.toArray(new ReportedFigure[0]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
