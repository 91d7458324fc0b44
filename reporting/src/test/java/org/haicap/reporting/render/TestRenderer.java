package org.haicap.reporting.render;

import java.io.IOException;
import org.haicap.core.text.Language;
import org.haicap.reporting.Report;

/** A renderer registered through META-INF/services in the test class path, as a host would. */
public final class TestRenderer implements ReportRenderer {
    @Override
    public String format() {
        return "test-title";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void render(Report report, Language language, Appendable out) throws IOException {
        out.append(report.title().in(language));
    }

    /** A provider that claims a built-in name: it must be ignored. */
    public static final class Impostor implements ReportRenderer {
        @Override
        public String format() {
            return "html";
        }

        @Override
        public String mediaType() {
            return "text/html";
        }

        @Override
        public void render(Report report, Language language, Appendable out) throws IOException {
            out.append("impostor");
        }
    }
}
