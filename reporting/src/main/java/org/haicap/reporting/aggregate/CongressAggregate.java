package org.haicap.reporting.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;

/**
 * Congress progress (tiến độ đại hội) per window and organisation kind, such as the Hà Nội
 * report's "1.233/1.238 tổ chức cơ sở đảng phải tổ chức đại hội đã tiến hành đại hội" before
 * 30/6/2025, "493/1.780 chi bộ trực thuộc mới thành lập" and "242/1.203 chi, đảng bộ cơ sở"
 * after 1/7/2025, "82/126 xã, phường đang xin ý kiến về dự thảo Báo cáo Chính trị" and "19 đơn vị
 * đăng ký tổ chức đại hội từ 21 - 31/7/2025 (2 đại hội điểm)".
 *
 * <p><b>Counting rules</b> (each congress is looked up to the {@link PartyOrganisation.Kind kind}
 * of its organisation; a congress whose organisation is unknown counts only in
 * {@link #unknownOrganisation()}):
 * <ul>
 *   <li><b>Held-in-window windows</b> ({@link Parameters#windows()}). A congress <em>belongs</em>
 *   to window W when the first day of its registered dates lies in W, or, if it has no registered
 *   dates, the first day of its held dates does. {@code required(W)} counts the congresses that
 *   belong to W, are {@link Congress#requiredInWindow() required in the window} and whose
 *   organisation's kind is one of W's kinds. {@code held(W)} counts those of them that were
 *   {@link Congress#heldWithin held wholly within W} and {@link Congress#heldBy ended by the
 *   as-of date}. So a congress registered in W but held after W's end stays in the denominator
 *   and out of the numerator.</li>
 *   <li><b>Registration windows</b> ({@link Parameters#registrationWindows()}).
 *   {@code registered(R)} counts congresses of R's kinds whose registered first day lies in R
 *   ({@link Congress#registeredWithin}); {@code pilots(R)} those of them marked pilot.
 *   Requiredness is not looked at.</li>
 *   <li><b>Per kind</b>: {@code congresses(kind)} counts every congress of that kind;
 *   {@code politicalReport(kind, status)} those whose draft political report is at
 *   {@code status}.</li>
 * </ul>
 *
 * <p><b>Monoid.</b> {@link #empty(Parameters)} and {@link #merge(CongressAggregate)} form a
 * commutative monoid for one set of parameters; different parameters throw
 * {@link AggregateMismatchException}. This is an immutable, thread-safe, serialisable value.
 */
public final class CongressAggregate implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int KINDS = PartyOrganisation.Kind.values().length;
    private static final int DRAFTS = Congress.ReportDraftStatus.values().length;

    /**
     * A named window of days for some organisation kinds. Immutable, thread-safe value.
     *
     * @param key a short stable name, e.g. {@code "before-2025-07-01"}
     * @param kinds the organisation kinds counted (copied; not empty)
     * @param dates the days, both ends included
     */
    public record Window(String key, Set<PartyOrganisation.Kind> kinds, Congress.Dates dates) implements Serializable {
        /**
         * Checks and copies the values.
         *
         * @throws IllegalArgumentException if the key is blank or no kind is given
         */
        public Window {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(dates, "dates");
            if (key.isBlank() || kinds.isEmpty()) {
                throw new IllegalArgumentException("Cửa sổ đại hội cần tên và ít nhất một loại tổ chức"
                        + " / A congress window needs a key and at least one organisation kind: '" + key + "' " + kinds);
            }
            kinds = Set.copyOf(EnumSet.copyOf(kinds));
        }

        /** A window of {@code kinds} from {@code first} to {@code last}. */
        public static Window of(String key, Set<PartyOrganisation.Kind> kinds, LocalDate first, LocalDate last) {
            return new Window(key, kinds, new Congress.Dates(first, last));
        }

        boolean counts(PartyOrganisation.Kind kind) {
            return kinds.contains(kind);
        }
    }

    /**
     * The parameters; aggregates merge only when these are equal. Immutable, thread-safe value.
     *
     * @param asOf the day progress is judged on: a congress is held once its last day is on or before it
     * @param windows the held-in-window windows, in report order (copied)
     * @param registrationWindows the registration windows, in report order (copied)
     */
    public record Parameters(LocalDate asOf, List<Window> windows, List<Window> registrationWindows)
            implements Serializable {
        /** Checks and copies the values. */
        public Parameters {
            Objects.requireNonNull(asOf, "asOf");
            windows = List.copyOf(windows);
            registrationWindows = List.copyOf(registrationWindows);
        }

        int windowIndex(String key, List<Window> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).key().equals(key)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("Không có cửa sổ '" + key + "' / No window with key '" + key + "'");
        }
    }

    private final Parameters parameters;
    private final long[] required;
    private final long[] held;
    private final long[] registered;
    private final long[] pilots;
    private final long[] perKind;
    private final long[] drafts;
    private final long unknownOrganisation;

    private CongressAggregate(Parameters p, long[] required, long[] held, long[] registered, long[] pilots,
            long[] perKind, long[] drafts, long unknownOrganisation) {
        this.parameters = p;
        this.required = required;
        this.held = held;
        this.registered = registered;
        this.pilots = pilots;
        this.perKind = perKind;
        this.drafts = drafts;
        this.unknownOrganisation = unknownOrganisation;
    }

    /** No congresses: the identity of {@link #merge}. */
    public static CongressAggregate empty(Parameters parameters) {
        return new Accumulator(parameters).snapshot();
    }

    /** A new accumulator. */
    public static Accumulator accumulator(Parameters parameters) {
        return new Accumulator(parameters);
    }

    /** The congresses of {@code dataset}, each looked up to its organisation in the dataset. */
    public static CongressAggregate of(Dataset dataset, Parameters parameters) {
        Accumulator a = accumulator(parameters);
        for (Congress c : dataset.congresses()) {
            a.add(c, dataset.organisation(c.organisation()).map(PartyOrganisation::kind));
        }
        return a.snapshot();
    }

    /**
     * Both aggregates' counts.
     *
     * @throws AggregateMismatchException if the parameters differ
     */
    public CongressAggregate merge(CongressAggregate other) {
        return new Accumulator(parameters).addAll(this).addAll(other).snapshot();
    }

    /** This aggregate plus one congress of an organisation of {@code kind} (empty if unknown). */
    public CongressAggregate add(Congress congress, Optional<PartyOrganisation.Kind> kind) {
        return new Accumulator(parameters).addAll(this).add(congress, kind).snapshot();
    }

    /** The parameters. */
    public Parameters parameters() {
        return parameters;
    }

    /** Congresses required in window {@code key} (the denominator). */
    public long required(String key) {
        return required[parameters.windowIndex(key, parameters.windows())];
    }

    /** Of those, the congresses held in the window by the as-of date (the numerator). */
    public long held(String key) {
        return held[parameters.windowIndex(key, parameters.windows())];
    }

    /** Congresses registered in registration window {@code key}. */
    public long registered(String key) {
        return registered[parameters.windowIndex(key, parameters.registrationWindows())];
    }

    /** Pilot congresses (đại hội điểm) registered in registration window {@code key}. */
    public long pilots(String key) {
        return pilots[parameters.windowIndex(key, parameters.registrationWindows())];
    }

    /** Congresses of organisations of {@code kind}. */
    public long congresses(PartyOrganisation.Kind kind) {
        return perKind[kind.ordinal()];
    }

    /** Congresses of organisations of {@code kind} whose draft political report is at {@code status}. */
    public long politicalReport(PartyOrganisation.Kind kind, Congress.ReportDraftStatus status) {
        return drafts[kind.ordinal() * DRAFTS + status.ordinal()];
    }

    /** Congresses whose organisation was not found. */
    public long unknownOrganisation() {
        return unknownOrganisation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CongressAggregate c && parameters.equals(c.parameters) && Arrays.equals(required, c.required)
                && Arrays.equals(held, c.held) && Arrays.equals(registered, c.registered)
                && Arrays.equals(pilots, c.pilots) && Arrays.equals(perKind, c.perKind)
                && Arrays.equals(drafts, c.drafts) && unknownOrganisation == c.unknownOrganisation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, Arrays.hashCode(required), Arrays.hashCode(held), Arrays.hashCode(perKind),
                unknownOrganisation);
    }

    @Override
    public String toString() {
        return "CongressAggregate[asOf=" + parameters.asOf() + ", required=" + Arrays.toString(required) + ", held="
                + Arrays.toString(held) + ", registered=" + Arrays.toString(registered) + ", pilots="
                + Arrays.toString(pilots) + ", perKind=" + Arrays.toString(perKind) + ", unknown="
                + unknownOrganisation + "]";
    }

    /** Counts congresses one by one in fixed arrays. Mutable and not thread-safe. */
    public static final class Accumulator {
        private final Parameters p;
        private final long[] required;
        private final long[] held;
        private final long[] registered;
        private final long[] pilots;
        private final long[] perKind = new long[KINDS];
        private final long[] drafts = new long[KINDS * DRAFTS];
        private long unknownOrganisation;

        Accumulator(Parameters parameters) {
            this.p = Objects.requireNonNull(parameters, "parameters");
            required = new long[p.windows().size()];
            held = new long[p.windows().size()];
            registered = new long[p.registrationWindows().size()];
            pilots = new long[p.registrationWindows().size()];
        }

        /**
         * Counts one congress whose organisation is of {@code kind}, or empty when the
         * organisation is unknown.
         *
         * @return this accumulator
         */
        public Accumulator add(Congress c, Optional<PartyOrganisation.Kind> kind) {
            if (kind.isEmpty()) {
                unknownOrganisation = Math.addExact(unknownOrganisation, 1);
                return this;
            }
            PartyOrganisation.Kind k = kind.get();
            perKind[k.ordinal()] = Math.addExact(perKind[k.ordinal()], 1);
            c.politicalReport().ifPresent(s -> drafts[k.ordinal() * DRAFTS + s.ordinal()]++);
            Optional<LocalDate> anchor = c.registered().map(Congress.Dates::first)
                    .or(() -> c.held().map(Congress.Dates::first));
            for (int i = 0; i < required.length; i++) {
                Window w = p.windows().get(i);
                if (c.requiredInWindow() && w.counts(k) && anchor.isPresent() && w.dates().contains(anchor.get())) {
                    required[i]++;
                    if (c.heldWithin(w.dates()) && c.heldBy(p.asOf())) {
                        held[i]++;
                    }
                }
            }
            for (int i = 0; i < registered.length; i++) {
                Window w = p.registrationWindows().get(i);
                if (w.counts(k) && c.registeredWithin(w.dates())) {
                    registered[i]++;
                    if (c.pilot()) {
                        pilots[i]++;
                    }
                }
            }
            return this;
        }

        /**
         * Adds the counts of an aggregate with the same parameters.
         *
         * @return this accumulator
         * @throws AggregateMismatchException if the parameters differ
         */
        public Accumulator addAll(CongressAggregate o) {
            if (!p.equals(o.parameters)) {
                throw new AggregateMismatchException("CongressAggregate", p, o.parameters);
            }
            add(required, o.required);
            add(held, o.held);
            add(registered, o.registered);
            add(pilots, o.pilots);
            add(perKind, o.perKind);
            add(drafts, o.drafts);
            unknownOrganisation = Math.addExact(unknownOrganisation, o.unknownOrganisation);
            return this;
        }

        private static void add(long[] into, long[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] = Math.addExact(into[i], from[i]);
            }
        }

        /** The counts so far, as an immutable aggregate. */
        public CongressAggregate snapshot() {
            return new CongressAggregate(p, required.clone(), held.clone(), registered.clone(), pilots.clone(),
                    perKind.clone(), drafts.clone(), unknownOrganisation);
        }
    }
}
