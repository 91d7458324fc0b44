package org.haicap.core.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haicap.core.text.VietnameseText;

/**
 * The search index over the names of former (pre-2025) units: each former unit once, with every
 * new unit that took it over. Built on the first search, never by loading the catalogue.
 * Immutable after construction, so safe to share between threads.
 *
 * <p>A former unit that went whole into one new unit of the same name (kept, or only its type
 * changed) is left out: the current name already finds that unit.
 */
final class FormerNameIndex {

    /** Type words that start a former unit's name, folded, longest first, with their canonical form. */
    private static final String[][] NAME_TYPES = {
            {"thi tran", "thi tran"}, {"phuong", "phuong"}, {"xa", "xa"}};
    /** Type words that start a whole former district's name. */
    private static final String[][] DISTRICT_TYPES = {
            {"thanh pho", "thanh pho"}, {"thi xa", "thi xa"}, {"huyen", "huyen"}, {"quan", "quan"}};
    /** Type words a query may start with, folded, longest first, with the canonical form they name. */
    static final String[][] QUERY_TYPES = {
            {"thi tran", "thi tran"}, {"phuong", "phuong"}, {"xa", "xa"}, {"tt", "thi tran"},
            {"p", "phuong"}, {"x", "xa"}};

    /** Per former unit: its successors in code order. */
    private final List<List<Successor>> successors;
    /** Per former unit: its canonical folded type word, or "". */
    private final String[] type;
    /** Per former unit: the spelling key of its name without the type word. */
    private final String[] spelling;
    /** Per former unit: the province ordinals of its successors. */
    private final int[][] provinces;
    /** Folded name without the type word to former units, in rank order. */
    private final Map<String, int[]> byName;

    FormerNameIndex(List<AdminUnit> loadOrder, NameIndex names) {
        Map<String, List<Successor>> groups = new LinkedHashMap<>();
        Map<String, String> foldedNames = new HashMap<>();
        for (AdminUnit u : loadOrder) {
            for (FormerUnit f : u.formerUnits()) {
                String folded = foldedNames.computeIfAbsent(f.name(), VietnameseText::fold);
                String key = f.code() + "|" + folded + "|" + f.districtCode() + "|" + f.provinceCode();
                groups.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Successor(u, f));
            }
        }
        List<Entry> kept = new ArrayList<>(groups.size());
        for (List<Successor> g : groups.values()) {
            if (g.size() > 1) {
                g.sort(Comparator.comparing(s -> s.unit().code()));
            }
            FormerUnit f = g.get(0).former();
            String[] t = split(f, foldedNames.get(f.name()));
            if (t[1].isEmpty() || keptItsName(g, t[2])) {
                continue;
            }
            kept.add(new Entry(List.copyOf(g), t[0], t[1], t[2]));
        }
        // rank: pre-2025 code order (north to south), entries without a code last
        kept.sort(Comparator.<Entry, Boolean>comparing(e -> e.code().isEmpty())
                .thenComparing(Entry::code).thenComparing(Entry::folded));
        int n = kept.size();
        successors = new ArrayList<>(n);
        type = new String[n];
        spelling = new String[n];
        provinces = new int[n][];
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int r = 0; r < n; r++) {
            Entry e = kept.get(r);
            successors.add(e.successors());
            type[r] = e.type();
            spelling[r] = VietnameseText.spellingKey(e.name());
            int[] ps = new int[e.successors().size()];
            for (int k = 0; k < ps.length; k++) {
                ps[k] = names.provinceOrdinal(e.successors().get(k).unit().province().code());
            }
            provinces[r] = ps;
            lists.computeIfAbsent(e.folded(), k -> new ArrayList<>(1)).add(r);
        }
        byName = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, List<Integer>> e : lists.entrySet()) {
            int[] a = new int[e.getValue().size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = e.getValue().get(k);
            }
            byName.put(e.getKey(), a);
        }
    }

    /** A former unit while the index is built: successors, type word, name without it (as written, folded). */
    private record Entry(List<Successor> successors, String type, String name, String folded) {
        String code() {
            return successors.get(0).former().code();
        }
    }

    /** Whether the former unit went whole into one unit that has (or had) the same folded name. */
    private static boolean keptItsName(List<Successor> g, String folded) {
        if (g.size() != 1 || g.get(0).share() != MergeShare.WHOLE) {
            return false;
        }
        for (NameChange c : g.get(0).unit().nameHistory()) {
            if (VietnameseText.fold(c.shortName()).equals(folded)) { // one or two names per unit
                return true;
            }
        }
        return false;
    }

    /** Returns {canonical folded type word or "", the name without it as written, that name folded}. */
    private static String[] split(FormerUnit f, String folded) {
        String[][] types = f.isWholeDistrict() ? DISTRICT_TYPES : NAME_TYPES;
        for (String[] t : types) {
            if (folded.startsWith(t[0] + " ") && folded.length() > t[0].length() + 1) {
                return new String[] {t[1], dropWords(f.name().strip(), t[0].split(" ").length),
                        folded.substring(t[0].length() + 1)};
            }
        }
        return new String[] {"", f.name().strip(), folded};
    }

    /** The text without its first {@code words} whitespace-separated words. */
    static String dropWords(String s, int words) {
        String rest = s;
        for (int w = 0; w < words; w++) {
            int sp = rest.indexOf(' ');
            if (sp < 0) {
                return "";
            }
            rest = rest.substring(sp + 1).stripLeading();
        }
        return rest;
    }

    int size() {
        return successors.size();
    }

    List<Successor> successors(int former) {
        return successors.get(former);
    }

    /**
     * Offers the former units whose name (without its type word) folds to {@code q}: as
     * {@link MatchKind#EXACT} when the spelling agrees, else {@link MatchKind#FOLDED}.
     *
     * @param hintType the canonical type word the query named, or null
     * @param province the province ordinal a successor must be in, or -1
     * @param sink receives (former unit, kind, type rank: 0 the type named, 1 none named, 2 another)
     */
    void collect(String q, String qSpelling, String hintType, int province, Sink sink) {
        int[] found = byName.get(q);
        if (found == null) {
            return;
        }
        for (int r : found) {
            if (province >= 0 && !contains(provinces[r], province)) {
                continue;
            }
            MatchKind kind = spelling[r].equals(qSpelling) ? MatchKind.EXACT : MatchKind.FOLDED;
            int typeRank = hintType == null ? 1 : hintType.equals(type[r]) ? 0 : 2;
            sink.offer(r, kind, typeRank);
        }
    }

    /** Receives the former units {@link #collect} finds. */
    interface Sink {
        void offer(int former, MatchKind kind, int typeRank);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
