/**
 * Thin Apache Spark adapters for haicap (bộ chuyển đổi cho Spark): the dossier and payment
 * rules and the report aggregates as a typed {@link org.apache.spark.sql.expressions.Aggregator},
 * the reference data broadcast once, and an example job ({@link org.haicap.examples.spark.SparkReportJob})
 * that validates JSON Lines files and writes the standard operations report.
 *
 * <p>The same per-row code runs without Spark in {@link org.haicap.examples.spark.LocalReportJob},
 * and the two give identical findings, samples and report (see {@code docs/spark.md}).
 */
package org.haicap.examples.spark;
