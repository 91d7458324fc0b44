/**
 * Renderers of a report: Vietnamese and English text, Markdown, HTML with inline SVG, JSON and CSV; pluggable.
 */
package org.haicap.reporting.render;
