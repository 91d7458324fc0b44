package org.haicap.examples.sample;


/**
 * The figures of the sample that come from outside the model (số liệu báo cáo từ nguồn ngoài),
 * each with its source, and the small JSON file that carries them: an array of
 * {@code {"key", "value", "qualifier", "source": {"vi", "en"}, "reference"?, "quotedIn"?}} objects
 * ({@code reference} is printed with the source; {@code quotedIn}, the article the sample quotes
 * the figure from, is documentation only), the keys
 * those of {@link org.haicap.reporting.standard.StandardFigure}; it is read by
 * {@link org.haicap.reporting.standard.ReportedFiguresReader}. Thread-safe: static methods only.
 */
final class SampleFigures {

    private static final String ARTICLE = "Báo cáo 15 ngày vận hành chính quyền hai cấp, Hà Nội, 15/7/2025";

    /** key, value, qualifier, source vi, source en. */
    private static final String[][] FIGURES = {
        {"hdnd.resolutions", "600", "exact", "Báo cáo của HĐND các xã, phường", "Commune and ward People's Councils"},
        {"procedures.commune.previous", "112", "exact", "Bộ TTHC cấp xã trước 1/7/2025", "Commune-level procedures before 1 July 2025"},
        {"legal-aid.lawyers", "200", "more_than", "Sở Tư pháp", "Department of Justice"},
        {"ihanoi.feedback", "3570", "exact", "iHanoi", "iHanoi"},
        {"ihanoi.accounts", "1702", "exact", "iHanoi", "iHanoi"},
        {"hotline.calls", "1779", "over", "Tổng đài 1022", "Hotline 1022"},
        {"party-platform.visits", "1900000", "more_than", "Nền tảng số khối Đảng", "Party digital platform"},
        {"party-platform.members", "72995", "exact", "Nền tảng số khối Đảng", "Party digital platform"},
    };

    private SampleFigures() {
    }

    /** The file's text: stable order, two-space indentation, {@code \n} line ends. */
    static String json() {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < FIGURES.length; i++) {
            String[] f = FIGURES[i];
            b.append("  {\"key\": \"").append(f[0]).append("\", \"value\": ").append(f[1]).append(", \"qualifier\": \"")
                    .append(f[2]).append("\", \"source\": {\"vi\": \"").append(f[3]).append("\", \"en\": \"").append(f[4])
                    .append("\"}, \"quotedIn\": \"").append(ARTICLE).append("\"}").append(i + 1 < FIGURES.length ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }
}
