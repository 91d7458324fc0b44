package org.haicap.reporting.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;

/**
 * Turns a {@link Report} into one document of one format (trình kết xuất báo cáo). haicap
 * ships text, Markdown, HTML, JSON and CSV (see {@link ReportRenderers}); a host adds others
 * (XLSX, PDF) by implementing this interface in its own jar and listing the class in
 * {@code META-INF/services/org.haicap.reporting.render.ReportRenderer} (or with
 * {@code provides org.haicap.reporting.render.ReportRenderer with …} in its module
 * descriptor); {@link ReportRenderers#installed()} then finds it by {@link #format()}.
 *
 * <p>Implementations must be immutable and thread-safe, and must not close the output.
 */
public interface ReportRenderer {

    /**
     * The format name by which the registry finds this renderer: lower-case letters, digits and
     * dashes, e.g. {@code "text"}, {@code "html"}, {@code "xlsx"}.
     */
    String format();

    /** The media type of the output, e.g. {@code "text/html; charset=UTF-8"}. */
    String mediaType();

    /** The usual file extension, without dot, e.g. {@code "html"}. */
    default String fileExtension() {
        return format();
    }

    /**
     * Writes {@code report} in {@code language} to {@code out}.
     *
     * @throws IOException when {@code out} fails
     */
    void render(Report report, Language language, Appendable out) throws IOException;

    /**
     * Writes {@code report} in {@code language} to {@code out} as UTF-8; flushes but does not
     * close the stream. Binary formats override this method.
     *
     * @throws IOException when {@code out} fails
     */
    default void render(Report report, Language language, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        render(report, language, w);
        w.flush();
    }

    /** The rendered document as a string (text formats). */
    default String renderToString(Report report, Language language) {
        StringBuilder b = new StringBuilder();
        try {
            render(report, language, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }
}
