/**
 * Mergeable aggregates built from data (monoids: an empty value and an associative, commutative
 * merge): {@link org.haicap.reporting.aggregate.StaffingAggregate} (seats appointed / planned per
 * unit and role), {@link org.haicap.reporting.aggregate.DossierAggregate} (dossiers by channel,
 * unit, procedure, status and timeliness), {@link org.haicap.reporting.aggregate.PaymentAggregate}
 * (count and amount by kind, channel and status),
 * {@link org.haicap.reporting.aggregate.CongressAggregate} (congresses required and held per
 * window and organisation kind) and {@link org.haicap.reporting.aggregate.SealAggregate} (seals
 * per commune and kind).
 *
 * <p>Every aggregate is an immutable, thread-safe, serialisable value. Its mutable
 * {@code Accumulator} counts a stream cheaply (one per thread or partition) and
 * {@code snapshot()} gives the value; values merge in any order and grouping, so the same code
 * runs over a stream, a parallel stream, Spark ({@code mapPartitions} with an accumulator, then
 * {@code reduce(merge)}) or Beam (the value as the {@code CombineFn} accumulator). Aggregates
 * with different parameters refuse to merge with
 * {@link org.haicap.reporting.aggregate.AggregateMismatchException}. The counting rules are on
 * each type and in {@code docs/reporting.md}.
 */
package org.haicap.reporting.aggregate;
