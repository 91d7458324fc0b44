/**
 * The sample data (dữ liệu mẫu) of the reference SDK: {@link org.haicap.examples.sample.HanoiSampleGenerator},
 * the deterministic generator of {@code hanoi-2025-07-15} (Hà Nội's 126 real units with fictional
 * people and records shaped to give the figures of the Hà Nội report of 15 July 2025), shipped
 * under {@code org/haicap/examples/sample/hanoi-2025-07-15/}; {@link org.haicap.examples.sample.Inputs},
 * the files of a dataset (the sample or a user's files); {@link org.haicap.examples.sample.StandardReports},
 * the standard operations report of such files counted by the aggregates; and
 * {@link org.haicap.examples.sample.DatasetValidation}, the dataset, dossier and payment rules
 * over them. {@code haicap report} and {@code haicap validate} use these. See
 * {@code docs/sample-data.md}.
 */
package org.haicap.examples.sample;
