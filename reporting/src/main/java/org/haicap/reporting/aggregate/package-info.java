/**
 * Mergeable aggregates built from data (monoids: an empty value and an associative merge).
 */
package org.haicap.reporting.aggregate;
