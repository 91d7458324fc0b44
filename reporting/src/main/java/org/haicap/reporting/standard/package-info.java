/**
 * Ready-made reports: {@link org.haicap.reporting.standard.OperationsReport}, the post-reform
 * operations report of a city (staffing, seals, People's Council resolutions, procedures and
 * dossiers, agent points, feedback, party procedures online, congress progress), filled from a
 * dataset, the caller's dossier and payment aggregates and typed
 * {@link org.haicap.reporting.standard.ReportedFigures} for numbers from outside the model, each
 * with its source.
 */
package org.haicap.reporting.standard;
