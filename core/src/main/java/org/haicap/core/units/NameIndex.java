package org.haicap.core.units;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.haicap.core.text.VietnameseText;

/**
 * The precomputed search index over unit short names: folded names, exact and prefix lookup,
 * word postings, and a collator rank per unit for tie-breaking. Immutable after construction,
 * so safe to share between threads.
 */
final class NameIndex {

    /** Type words a query may start with, folded, longest first. */
    private static final String[][] TYPE_WORDS = {
            {"dac khu", "DAC_KHU"}, {"phuong", "PHUONG"}, {"dk", "DAC_KHU"},
            {"xa", "XA"}, {"p", "PHUONG"}, {"x", "XA"}};

    /** Province prefixes a query may use, folded. */
    private static final String[] PROVINCE_WORDS = {"thanh pho", "tinh", "tp", "t"};

    private static final Map<String, String> PROVINCE_ALIASES = Map.of(
            "hcm", "79", "tphcm", "79", "hn", "01");

    private final AdminUnit[] units;
    private final int[] provinceOf;
    private final int[] typeMask;
    /** Per unit, the spelling keys of every name it has had (the first one first). */
    private final String[][] spelling;
    private final int[] collationRank;
    private final Map<String, int[]> exact;
    private final String[] names;
    private final int[][] namesUnits;
    /** Per distinct name, counts of a-z, 0-9 and other characters: a cheap lower bound for the edit distance. */
    private final byte[][] namesHistogram;
    /** Indexes into {@link #names} grouped by name length, for the edit-distance fallback. */
    private final int[][] namesByLength;
    private final Map<String, int[]> postings;

    private final List<Province> provinces;
    private final Map<String, Integer> provinceOrdinal;
    private final Map<String, Integer> provinceByFolded;
    private final String[] provinceFolded;

    NameIndex(List<AdminUnit> unitList, List<Province> provinceList) {
        int n = unitList.size();
        units = unitList.toArray(new AdminUnit[0]);
        provinces = provinceList;
        provinceOrdinal = new HashMap<>();
        provinceByFolded = new HashMap<>();
        provinceFolded = new String[provinceList.size()];
        for (int p = 0; p < provinceList.size(); p++) {
            Province pr = provinceList.get(p);
            provinceOrdinal.put(pr.code().value(), p);
            provinceFolded[p] = VietnameseText.fold(pr.shortName());
            provinceByFolded.put(provinceFolded[p], p);
        }
        // names a province took later by an amendment find it too (the first name wins a clash)
        for (int p = 0; p < provinceList.size(); p++) {
            List<NameChange> names = provinceList.get(p).nameHistory();
            for (int k = 1; k < names.size(); k++) {
                provinceByFolded.putIfAbsent(VietnameseText.fold(names.get(k).shortName()), p);
            }
        }
        PROVINCE_ALIASES.forEach((alias, code) -> {
            Integer p = provinceOrdinal.get(code);
            if (p != null) {
                provinceByFolded.putIfAbsent(alias, p);
            }
        });

        provinceOf = new int[n];
        typeMask = new int[n];
        spelling = new String[n][];
        String[] folded = new String[n];
        Map<String, List<Integer>> exactLists = new HashMap<>();
        Map<String, List<Integer>> tokenLists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            AdminUnit u = units[i];
            provinceOf[i] = provinceOrdinal.get(u.province().code().value());
            for (TypeChange<UnitType> t : u.typeHistory()) {
                typeMask[i] |= 1 << t.type().ordinal();
            }
            folded[i] = VietnameseText.fold(u.shortName());
            index(folded[i], i, exactLists, tokenLists);
            // names taken later by an amendment are found as well as the first one
            List<NameChange> names = u.nameHistory();
            spelling[i] = new String[names.size()];
            spelling[i][0] = VietnameseText.spellingKey(u.shortName());
            for (int k = 1; k < names.size(); k++) {
                spelling[i][k] = VietnameseText.spellingKey(names.get(k).shortName());
            }
            for (int k = 1; k < names.size(); k++) {
                String later = VietnameseText.fold(names.get(k).shortName());
                List<Integer> same = exactLists.get(later);
                if (same == null || same.get(same.size() - 1) != i) {
                    index(later, i, exactLists, tokenLists);
                }
            }
        }
        exact = toArrays(exactLists);
        postings = toArrays(tokenLists);
        TreeMap<String, int[]> sorted = new TreeMap<>(exact);
        names = sorted.keySet().toArray(new String[0]);
        namesUnits = sorted.values().toArray(new int[0][]);
        namesHistogram = new byte[names.length][];
        int longest = 0;
        for (int k = 0; k < names.length; k++) {
            namesHistogram[k] = histogram(names[k]);
            longest = Math.max(longest, names[k].length());
        }
        List<List<Integer>> byLength = new ArrayList<>();
        for (int len = 0; len <= longest; len++) {
            byLength.add(new ArrayList<>());
        }
        for (int k = 0; k < names.length; k++) {
            byLength.get(names[k].length()).add(k);
        }
        namesByLength = new int[longest + 1][];
        for (int len = 0; len <= longest; len++) {
            namesByLength[len] = byLength.get(len).stream().mapToInt(Integer::intValue).toArray();
        }

        Collator collator = VietnameseText.collator();
        CollationKey[] nameKeys = new CollationKey[n];
        CollationKey[] provinceKeys = new CollationKey[provinceList.size()];
        for (int p = 0; p < provinceKeys.length; p++) {
            provinceKeys[p] = collator.getCollationKey(provinceList.get(p).shortName());
        }
        for (int i = 0; i < n; i++) {
            nameKeys[i] = collator.getCollationKey(units[i].shortName());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, CollationKey>comparing(i -> nameKeys[i])
                .thenComparing(i -> units[i].typeHistory().get(0).type())
                .thenComparing(i -> provinceKeys[provinceOf[i]])
                .thenComparing(i -> units[i].code()));
        collationRank = new int[n];
        for (int r = 0; r < n; r++) {
            collationRank[order[r]] = r;
        }
    }

    private static void index(String folded, int i, Map<String, List<Integer>> exactLists,
            Map<String, List<Integer>> tokenLists) {
        exactLists.computeIfAbsent(folded, k -> new ArrayList<>()).add(i);
        for (String token : folded.split(" ")) {
            List<Integer> l = tokenLists.computeIfAbsent(token, k -> new ArrayList<>());
            if (l.isEmpty() || l.get(l.size() - 1) != i) {
                l.add(i);
            }
        }
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    int collationRank(int unitIndex) {
        return collationRank[unitIndex];
    }

    /**
     * The province a text names: the short name folded, with or without {@code Tỉnh},
     * {@code Thành phố}, {@code TP.}; or a 2-digit code; a few aliases ({@code HCM},
     * {@code TPHCM}, {@code HN}); else a unique prefix; else a unique name one edit away.
     */
    Optional<Province> resolveProvince(String text) {
        String f = VietnameseText.fold(text);
        for (String w : PROVINCE_WORDS) {
            if (f.startsWith(w + " ") && f.length() > w.length() + 1) {
                String rest = f.substring(w.length() + 1);
                if (provinceByFolded.containsKey(rest) || !provinceByFolded.containsKey(f)) {
                    f = rest;
                }
                break;
            }
        }
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (ProvinceCode.isWellFormed(f)) {
            Integer p = provinceOrdinal.get(f);
            return p == null ? Optional.empty() : Optional.of(provinces.get(p));
        }
        Integer p = provinceByFolded.get(f);
        if (p == null) {
            p = provinceByFolded.get(f.replace(" ", ""));
        }
        if (p != null) {
            return Optional.of(provinces.get(p));
        }
        int found = -1;
        for (int i = 0; i < provinceFolded.length; i++) {
            if (provinceFolded[i].startsWith(f)) {
                if (found >= 0) {
                    found = -2;
                    break;
                }
                found = i;
            }
        }
        if (found == -1 && f.length() >= 4) {
            for (int i = 0; i < provinceFolded.length; i++) {
                if (distance(f, provinceFolded[i], 1) <= 1) {
                    if (found >= 0) {
                        found = -2;
                        break;
                    }
                    found = i;
                }
            }
        }
        return found >= 0 ? Optional.of(provinces.get(found)) : Optional.empty();
    }

    int provinceOrdinal(ProvinceCode code) {
        Integer p = provinceOrdinal.get(code.value());
        return p == null ? -1 : p;
    }

    /**
     * Searches unit short names, and the names of former units when {@code formers} is given.
     *
     * <p>Hits are ranked by one key: match kind; a current name before a former one; type;
     * spelling; typos; collation rank (for a former unit, its rank in the former index). Former
     * units are keyed in {@code best} by {@code -(former + 1)}.
     *
     * @param nameText the name part of the query (NFC), not blank after folding
     * @param province ordinal of the province to search in, or -1 for all
     * @param limit the maximum number of hits
     * @param formers the former-name index, or null to search current names only
     */
    List<SearchHit> search(String nameText, int province, int limit, FormerNameIndex formers) {
        String q = VietnameseText.fold(nameText);
        String qSpelling = VietnameseText.spellingKey(nameText);
        Map<Integer, long[]> best = new HashMap<>();
        if (formers != null) {
            FormerNameIndex.Sink sink = (r, kind, typeRank) -> {
                long key = ((long) kind.ordinal() << 40) | (1L << 39) | ((long) typeRank << 36) | r;
                long[] old = best.get(-(r + 1));
                if (old == null) {
                    best.put(-(r + 1), new long[] {key, -(r + 1)});
                } else if (key < old[0]) {
                    old[0] = key;
                }
            };
            formers.collect(q, qSpelling, null, province, sink);
            for (String[] tw : FormerNameIndex.QUERY_TYPES) {
                String w = tw[0];
                if (q.startsWith(w + " ") && q.length() > w.length() + 1) {
                    formers.collect(q.substring(w.length() + 1), dropWords(qSpelling, w.split(" ").length), tw[1],
                            province, sink);
                    break;
                }
            }
        }
        // literal interpretation: the whole text is the name
        collect(q, qSpelling, null, province, best);
        // typed interpretation: the text starts with a type word or abbreviation
        for (String[] tw : TYPE_WORDS) {
            String w = tw[0];
            if (q.startsWith(w + " ") && q.length() > w.length() + 1) {
                int words = w.split(" ").length;
                String rest = q.substring(w.length() + 1);
                collect(rest, dropWords(qSpelling, words), UnitType.valueOf(tw[1]), province, best);
                break;
            }
        }
        if (best.isEmpty()) {
            fuzzy(q, null, province, best);
            for (String[] tw : TYPE_WORDS) {
                String w = tw[0];
                if (q.startsWith(w + " ") && q.length() > w.length() + 1) {
                    fuzzy(q.substring(w.length() + 1), UnitType.valueOf(tw[1]), province, best);
                    break;
                }
            }
        }
        List<long[]> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingLong(a -> a[0]));
        List<SearchHit> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (long[] r : ranked) {
            if (out.size() == limit) {
                break;
            }
            int kind = (int) (r[0] >>> 40);
            int typeRank = (int) ((r[0] >>> 36) & 0x3);
            int id = (int) r[1];
            if (id >= 0) {
                out.add(new SearchHit(units[id], MatchKind.values()[kind], typeRank == 0));
            } else {
                List<Successor> next = formers.successors(-id - 1);
                AdminUnit first = next.get(0).unit();
                if (province >= 0) {
                    for (Successor s : next) {
                        if (provinceOf(s.unit()) == province) {
                            first = s.unit();
                            break;
                        }
                    }
                }
                out.add(new SearchHit(first, MatchKind.values()[kind], typeRank == 0, next));
            }
        }
        return List.copyOf(out);
    }

    private int provinceOf(AdminUnit u) {
        return provinceOrdinal.get(u.province().code().value());
    }

    private static String dropWords(String s, int words) {
        int at = 0;
        for (int w = 0; w < words; w++) {
            int sp = s.indexOf(' ', at);
            if (sp < 0) {
                return "";
            }
            at = sp + 1;
        }
        return s.substring(at);
    }

    private void collect(String q, String qSpelling, UnitType hint, int province, Map<Integer, long[]> best) {
        int[] ex = exact.get(q);
        if (ex != null) {
            for (int i : ex) {
                boolean same = anySpelling(i, qSpelling, false);
                offer(best, i, same ? MatchKind.EXACT : MatchKind.FOLDED, hint, same, 0, province);
            }
        }
        int from = Arrays.binarySearch(names, q);
        from = from >= 0 ? from + 1 : -from - 1;
        for (int k = from; k < names.length && names[k].startsWith(q); k++) {
            for (int i : namesUnits[k]) {
                offer(best, i, MatchKind.PREFIX, hint, anySpelling(i, qSpelling, true), 0, province);
            }
        }
        String[] tokens = q.split(" ");
        int[] acc = null;
        for (String t : tokens) {
            int[] p = postings.get(t);
            if (p == null) {
                return;
            }
            acc = acc == null ? p : intersect(acc, p);
            if (acc.length == 0) {
                return;
            }
        }
        if (acc != null) {
            for (int i : acc) {
                offer(best, i, MatchKind.FUZZY, hint, false, 0, province);
            }
        }
    }

    /** Whether a name of unit {@code i} has this spelling key (or, with {@code prefix}, starts with it). */
    private boolean anySpelling(int i, String key, boolean prefix) {
        for (String s : spelling[i]) {
            if (prefix ? s.startsWith(key) : s.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void fuzzy(String q, UnitType hint, int province, Map<Integer, long[]> best) {
        int max = q.length() <= 3 ? 0 : q.length() < 8 ? 1 : 2;
        if (max == 0) {
            return;
        }
        byte[] qh = histogram(q);
        int from = Math.max(0, q.length() - max);
        int to = Math.min(namesByLength.length - 1, q.length() + max);
        for (int len = from; len <= to; len++) {
            for (int k : namesByLength[len]) {
                if (histogramDistance(qh, namesHistogram[k], 2 * max)) {
                    continue;
                }
                int d = distance(q, names[k], max);
                if (d <= max) {
                    for (int i : namesUnits[k]) {
                        offer(best, i, MatchKind.FUZZY, hint, false, d, province);
                    }
                }
            }
        }
    }

    private static byte[] histogram(String s) {
        byte[] h = new byte[37];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int slot = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
            h[slot]++;
        }
        return h;
    }

    /** Whether the histograms differ by more than {@code limit}; each edit changes them by at most 2. */
    private static boolean histogramDistance(byte[] a, byte[] b, int limit) {
        int sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
            if (sum > limit) {
                return true;
            }
        }
        return false;
    }

    private void offer(Map<Integer, long[]> best, int i, MatchKind kind, UnitType hint,
                       boolean sameSpelling, int distance, int province) {
        if (province >= 0 && provinceOf[i] != province) {
            return;
        }
        int typeRank = hint == null ? 1 : (typeMask[i] & (1 << hint.ordinal())) != 0 ? 0 : 2;
        long key = ((long) kind.ordinal() << 40) | ((long) typeRank << 36) | ((long) (sameSpelling ? 0 : 1) << 32)
                | ((long) distance << 28) | collationRank[i];
        long[] old = best.get(i);
        if (old == null) {
            best.put(i, new long[] {key, i});
        } else if (key < old[0]) {
            old[0] = key;
        }
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or
     * {@code max + 1} as soon as it must exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
