package org.haicap.core.party;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fee bases of a set of party members (bảng căn cứ tính đảng phí): for each member, the
 * {@link FeeBasisEntry}s in force over time. The basis of a member for a month is the entry that
 * covers the month with the latest {@code validFrom}: a new entry (a raise, a retirement)
 * supersedes an open-ended earlier one from its first month. Two entries of one member with the
 * same {@code validFrom} are refused, since neither could be said to win.
 *
 * <p>{@link #toString()} shows counts only, never an amount. Immutable and thread-safe.
 */
public final class FeeBases implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final FeeBases EMPTY = new FeeBases(List.of(), Map.of());

    private final List<FeeBasisEntry> entries;
    private final Map<String, List<FeeBasisEntry>> byMember;

    private FeeBases(List<FeeBasisEntry> entries, Map<String, List<FeeBasisEntry>> byMember) {
        this.entries = entries;
        this.byMember = byMember;
    }

    /** No fee bases. */
    public static FeeBases empty() {
        return EMPTY;
    }

    /**
     * The fee bases of these entries, in the order given.
     *
     * @throws InvalidPartyDataException if an entry is null or two entries of one member start
     *     in the same month (the message names the member and month, no amount)
     */
    public static FeeBases of(List<FeeBasisEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<FeeBasisEntry> copy = List.copyOf(entries);
        Map<String, List<FeeBasisEntry>> m = new LinkedHashMap<>();
        for (FeeBasisEntry e : copy) {
            List<FeeBasisEntry> list = m.computeIfAbsent(e.member(), k -> new ArrayList<>());
            Optional<FeeBasisEntry> clash = sameStart(list, e);
            if (clash.isPresent()) {
                throw new InvalidPartyDataException("validFrom", e.member() + " " + e.validFrom(),
                        "đảng viên đã có căn cứ khác bắt đầu cùng tháng",
                        "the member already has another basis starting in the same month");
            }
            list.add(e);
        }
        Map<String, List<FeeBasisEntry>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new FeeBases(copy, Collections.unmodifiableMap(frozen));
    }

    /** An entry of {@code list} starting in the same month as {@code e}, if any. */
    public static Optional<FeeBasisEntry> sameStart(List<FeeBasisEntry> list, FeeBasisEntry e) {
        return list.stream().filter(x -> x.member().equals(e.member()) && x.validFrom().equals(e.validFrom())).findFirst();
    }

    /** Every entry, in the order given. */
    public List<FeeBasisEntry> entries() {
        return entries;
    }

    /** The members with at least one entry, in the order of their first entry. */
    public Set<String> members() {
        return byMember.keySet();
    }

    /** The entries of one member, in the order given; empty when the member has none. */
    public List<FeeBasisEntry> entriesOf(String member) {
        return byMember.getOrDefault(member, List.of());
    }

    /** The entry in force for a member and month: the covering entry with the latest {@code validFrom}. */
    public Optional<FeeBasisEntry> entry(String member, YearMonth month) {
        FeeBasisEntry best = null;
        for (FeeBasisEntry e : entriesOf(member)) {
            if (e.covers(month) && (best == null || e.validFrom().isAfter(best.validFrom()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The basis of a member for a month, as the fee rules compute with it. */
    public Optional<PartyFeeBasis> basis(String member, YearMonth month) {
        return entry(member, month).map(FeeBasisEntry::basis);
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeeBases f && f.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** Counts only: {@code FeeBases[entries=…, members=…]}. */
    @Override
    public String toString() {
        return "FeeBases[entries=" + entries.size() + ", members=" + byMember.size() + "]";
    }

    /** Rebuilds through {@link #of(List)} on deserialisation, so its checks run again. */
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            return of(entries);
        } catch (RuntimeException e) {
            java.io.InvalidObjectException x = new java.io.InvalidObjectException(e.getMessage());
            x.initCause(e);
            throw x;
        }
    }
}
