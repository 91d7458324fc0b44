package org.haicap.reporting.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A registry of {@link ReportRenderer}s found by format name (danh mục trình kết xuất).
 *
 * <p>Built-in formats: {@code text} (Vietnamese or English plain text), {@code markdown},
 * {@code html} (self-contained, inline SVG, strict CSP), {@code json}, {@code csv} (summary of
 * the indicators with every chart's data, comma-separated, no BOM) and {@code csv-excel} (the
 * same records for Excel in Vietnamese: UTF-8 BOM, {@code ;} separator, decimal comma; see
 * {@link CsvRenderer}). {@link #installed()} adds every renderer a host registers through {@link ServiceLoader}; a provider whose format
 * name is already taken is ignored with a warning in the log (the built-in stays). To replace a
 * built-in on purpose, use {@link #with(ReportRenderer)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportRenderers {
    private static final Logger LOG = LoggerFactory.getLogger(ReportRenderers.class);
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, ReportRenderer> byFormat;

    private ReportRenderers(Map<String, ReportRenderer> byFormat) {
        this.byFormat = Collections.unmodifiableMap(new LinkedHashMap<>(byFormat));
    }

    /** The built-in renderers only. */
    public static ReportRenderers builtIn() {
        Map<String, ReportRenderer> m = new LinkedHashMap<>();
        for (ReportRenderer r : new ReportRenderer[] {text(), markdown(), html(), json(), csv(), CsvRenderer.excel()}) {
            m.put(r.format(), r);
        }
        return new ReportRenderers(m);
    }

    /** The built-in renderers plus those the context class loader's {@link ServiceLoader} finds. */
    public static ReportRenderers installed() {
        return builtIn().withServices(ServiceLoader.load(ReportRenderer.class));
    }

    /** The built-in renderers plus those {@code loader}'s {@link ServiceLoader} finds. */
    public static ReportRenderers installed(ClassLoader loader) {
        return builtIn().withServices(ServiceLoader.load(ReportRenderer.class, loader));
    }

    private ReportRenderers withServices(ServiceLoader<ReportRenderer> loader) {
        Map<String, ReportRenderer> m = new LinkedHashMap<>(byFormat);
        for (ReportRenderer r : loader) {
            String format = checkedFormat(r);
            ReportRenderer existing = m.get(format);
            if (existing != null) {
                LOG.warn("Report renderer {} ignored: format \"{}\" is already provided by {}",
                        r.getClass().getName(), format, existing.getClass().getName());
            } else {
                m.put(format, r);
            }
        }
        return new ReportRenderers(m);
    }

    /** A copy in which {@code renderer} serves its format, replacing any renderer of that name. */
    public ReportRenderers with(ReportRenderer renderer) {
        Map<String, ReportRenderer> m = new LinkedHashMap<>(byFormat);
        m.put(checkedFormat(renderer), renderer);
        return new ReportRenderers(m);
    }

    /** The renderer of {@code format} (case-insensitive), if any. */
    public Optional<ReportRenderer> find(String format) {
        Objects.requireNonNull(format, "format");
        return Optional.ofNullable(byFormat.get(format.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The renderer of {@code format}.
     *
     * @throws IllegalArgumentException naming the format and the known ones when there is none
     */
    public ReportRenderer require(String format) {
        return find(format).orElseThrow(() -> new IllegalArgumentException(
                "không có trình kết xuất cho định dạng \"" + format + "\" (có: " + formats() + ") / no renderer for format \""
                        + format + "\" (known: " + formats() + ")"));
    }

    /** The known format names, built-ins first. */
    public Set<String> formats() {
        return byFormat.keySet();
    }

    /** Plain text, line per indicator. */
    public static ReportRenderer text() {
        return TextRenderer.INSTANCE;
    }

    /** Markdown (CommonMark with pipe tables). */
    public static ReportRenderer markdown() {
        return MarkdownRenderer.INSTANCE;
    }

    /** One self-contained HTML file with inline SVG charts and a strict Content Security Policy. */
    public static ReportRenderer html() {
        return HtmlRenderer.INSTANCE;
    }

    /** JSON of the documented schema {@code docs/report-json-schema.json}. */
    public static ReportRenderer json() {
        return JsonRenderer.INSTANCE;
    }

    /**
     * CSV summary of the indicators and the charts' data, comma-separated, without BOM; tables
     * through {@link CsvRenderer#tables}. {@code csv-excel} is {@link CsvRenderer#excel()}.
     */
    public static CsvRenderer csv() {
        return CsvRenderer.plain();
    }

    private static String checkedFormat(ReportRenderer r) {
        String f = Objects.requireNonNull(Objects.requireNonNull(r, "renderer").format(), "format");
        if (!FORMAT.matcher(f).matches()) {
            throw new IllegalArgumentException("tên định dạng không hợp lệ \"" + f + "\" của " + r.getClass().getName()
                    + " / invalid format name \"" + f + "\" of " + r.getClass().getName()
                    + " (lower-case letters, digits, dashes)");
        }
        return f;
    }
}
