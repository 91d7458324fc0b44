/**
 * The report model and its builder: sections, indicators (ratios, counts, shares, changes), tables and charts.
 */
package org.haicap.reporting;
