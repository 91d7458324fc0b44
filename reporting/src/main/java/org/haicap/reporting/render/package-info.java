/**
 * Renderers of a report (kết xuất báo cáo): Vietnamese and English text, Markdown, HTML with
 * inline SVG under a strict Content Security Policy, JSON of a published schema, and CSV safe
 * against formula injection. Found by format name through
 * {@link org.haicap.reporting.render.ReportRenderers}; hosts add formats (XLSX, PDF) through
 * {@link java.util.ServiceLoader} by implementing
 * {@link org.haicap.reporting.render.ReportRenderer}. {@link org.haicap.reporting.render.Formats}
 * holds the human number and date formats of each language.
 */
package org.haicap.reporting.render;
