package org.haicap.examples.bench;

import java.util.Map;
import java.util.TreeMap;
import org.haicap.core.calendar.Timeliness;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.reporting.aggregate.DossierAggregate;
import org.haicap.reporting.aggregate.PaymentAggregate;

/**
 * The aggregates of the standard report in a form every implementation can produce, so the
 * benchmark can check that haicap, the hand-written baseline and DuckDB computed the same
 * figures: dossier counts by channel, status, unit, procedure and timeliness (with the dossiers
 * without a due date), and payment count and sum by kind, channel and status. Package-private.
 */
final class Tallies {
    final Map<String, Long> dossiers = new TreeMap<>();
    final Map<String, Long> payments = new TreeMap<>();

    void add(Map<String, Long> into, String key, long n) {
        if (n != 0) {
            into.merge(key, n, Long::sum);
        }
    }

    Tallies merge(Tallies other) {
        other.dossiers.forEach((k, v) -> add(dossiers, k, v));
        other.payments.forEach((k, v) -> add(payments, k, v));
        return this;
    }

    static Tallies of(DossierAggregate d, PaymentAggregate p) {
        Tallies t = new Tallies();
        t.add(t.dossiers, "total", d.total());
        t.add(t.dossiers, "timeliness:NONE", d.withoutDueDate());
        for (Channel c : Channel.values()) {
            t.add(t.dossiers, "channel:" + c.name(), d.count(c));
        }
        for (DossierStatus s : DossierStatus.values()) {
            t.add(t.dossiers, "status:" + s.name(), d.count(s));
        }
        for (Timeliness s : Timeliness.values()) {
            t.add(t.dossiers, "timeliness:" + s.name(), d.count(s));
        }
        d.byUnit().forEach((u, n) -> t.add(t.dossiers, "unit:" + u.value(), n));
        d.byProcedure().forEach((u, n) -> t.add(t.dossiers, "procedure:" + u.value(), n));
        p.cells().forEach((k, v) -> {
            String key = k.kind().name() + "/" + k.channel().name() + "/" + k.status().name();
            t.add(t.payments, "count:" + key, v.count());
            t.add(t.payments, "amount:" + key, v.amount().amount());
        });
        return t;
    }

    /** The first difference from {@code other}, or "" if none. */
    String difference(Tallies other) {
        String d = diff(dossiers, other.dossiers);
        return d.isEmpty() ? diff(payments, other.payments) : d;
    }

    private static String diff(Map<String, Long> a, Map<String, Long> b) {
        if (a.equals(b)) {
            return "";
        }
        for (Map.Entry<String, Long> e : a.entrySet()) {
            if (!e.getValue().equals(b.get(e.getKey()))) {
                return e.getKey() + ": " + e.getValue() + " vs " + b.get(e.getKey());
            }
        }
        for (String k : b.keySet()) {
            if (!a.containsKey(k)) {
                return k + ": missing vs " + b.get(k);
            }
        }
        return "?";
    }

    @Override
    public String toString() {
        return "dossier keys " + dossiers.size() + ", payment keys " + payments.size() + ", total "
                + dossiers.getOrDefault("total", 0L);
    }
}
