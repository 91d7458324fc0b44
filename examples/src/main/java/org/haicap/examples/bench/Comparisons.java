package org.haicap.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.haicap.validation.pass.ByteRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The comparisons of the end-to-end benchmark, each over one piece of a file so that they use the
 * cores the same way: the floor (Jackson's streaming parser reading every token of every line and
 * doing nothing with them), the baseline a user would write by hand (Jackson databind into plain
 * objects, Hibernate Validator on each, {@link HashMap} counting), and DuckDB over the whole file
 * (its own threads). Package-private.
 */
final class Comparisons {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Comparisons() {
    }

    /** Floor: tokens of every line, nothing else; returns {tokens, lines, malformed}. */
    static long[] floor(ByteRange piece) throws IOException {
        long tokens = 0;
        long lines = 0;
        long bad = 0;
        byte[] buf = new byte[1 << 20];
        int filled = 0;
        try (InputStream in = piece.open()) {
            while (true) {
                int n = in.read(buf, filled, buf.length - filled);
                int limit = n > 0 ? filled + n : filled;
                int start = 0;
                for (int i = 0; i < limit; i++) {
                    if (buf[i] == '\n' || (n < 0 && i == limit - 1)) {
                        int end = buf[i] == '\n' ? i : i + 1;
                        if (end > start) {
                            lines++;
                            try (JsonParser p = FACTORY.createParser(buf, start, end - start)) {
                                while (p.nextToken() != null) {
                                    tokens++;
                                }
                            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                                bad++;
                            }
                        }
                        start = i + 1;
                    }
                }
                if (n < 0) {
                    break;
                }
                System.arraycopy(buf, start, buf, 0, limit - start);
                filled = limit - start;
                if (filled == buf.length) {
                    throw new IOException("line longer than " + buf.length + " bytes");
                }
            }
        }
        return new long[] {tokens, lines, bad};
    }

    /** A status change as a user would bind it. */
    public static final class HistoryPojo {
        /** When. */
        @NotNull public LocalDateTime at;
        /** From status. */
        @NotBlank public String from;
        /** To status. */
        @NotBlank public String to;
        /** Note. */
        public String note;
    }

    /** A dossier as a user would bind it. */
    public static final class DossierPojo {
        /** Dossier code. */
        @NotNull @Pattern(regexp = "^[A-Z0-9]+(\\.[A-Z0-9]+)*-\\d{6}-\\d{4,7}$") public String code;
        /** Procedure code. */
        @NotNull @Pattern(regexp = "^\\d\\.\\d{6}$") public String procedure;
        /** Unit code. */
        @NotNull @Pattern(regexp = "^\\d{5}$") public String unit;
        /** Channel. */
        @NotBlank public String channel;
        /** Received. */
        @NotNull public LocalDateTime receivedAt;
        /** Due. */
        public LocalDateTime due;
        /** Completed. */
        public LocalDateTime completedAt;
        /** Status. */
        @NotBlank public String status;
        /** History. */
        public java.util.List<@Valid HistoryPojo> history;
        /** Whether the history is complete. */
        public boolean fullHistory;
    }

    /** A payment subject as a user would bind it. */
    public static final class SubjectPojo {
        /** Type. */
        @NotBlank public String type;
        /** Member. */
        public String memberId;
        /** Month. */
        public String month;
        /** Organisation. */
        public String organisationId;
        /** Dossier. */
        public String dossier;
    }

    /** A payment as a user would bind it. */
    public static final class PaymentPojo {
        /** Id. */
        @NotBlank public String id;
        /** Kind. */
        @NotBlank public String kind;
        /** Subject. */
        @NotNull @Valid public SubjectPojo subject;
        /** Amount. */
        @Positive public long amount;
        /** Channel. */
        @NotBlank public String channel;
        /** Status. */
        @NotBlank public String status;
        /** When. */
        @NotNull public LocalDateTime at;
        /** Bank reference. */
        public String reference;
    }

    /** The hand-written baseline's shared, thread-safe parts. */
    static final class Baseline implements AutoCloseable {
        final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        final ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
        final Validator validator = factory.getValidator();
        final LocalDate asOf;

        Baseline(LocalDate asOf) {
            this.asOf = asOf;
            mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addDeserializer(LocalDateTime.class, new com.fasterxml.jackson.databind.JsonDeserializer<>() {
                        @Override
                        public LocalDateTime deserialize(JsonParser p,
                                com.fasterxml.jackson.databind.DeserializationContext c) throws IOException {
                            return LocalDateTime.parse(p.getText());
                        }
                    }));
        }

        /** Binds, validates and counts one piece of the dossier file; {violations, malformed} in {@code stats}. */
        Tallies dossiers(ByteRange piece, long[] stats) throws IOException {
            Map<String, Long> counts = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(piece.open(), StandardCharsets.UTF_8),
                    1 << 16)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    DossierPojo d;
                    try {
                        d = mapper.readValue(line, DossierPojo.class);
                    } catch (IOException e) {
                        stats[1]++;
                        continue;
                    }
                    stats[0] += validator.validate(d).size();
                    counts.merge("total", 1L, Long::sum);
                    counts.merge("channel:" + d.channel, 1L, Long::sum);
                    counts.merge("status:" + d.status, 1L, Long::sum);
                    counts.merge("unit:" + d.unit, 1L, Long::sum);
                    counts.merge("procedure:" + d.procedure, 1L, Long::sum);
                    String t;
                    if (d.due == null) {
                        t = "NONE";
                    } else {
                        LocalDate due = d.due.toLocalDate();
                        if (d.completedAt != null && !d.completedAt.toLocalDate().isAfter(asOf)) {
                            int c = d.completedAt.toLocalDate().compareTo(due);
                            t = c < 0 ? "EARLY" : c == 0 ? "ON_TIME" : "LATE";
                        } else {
                            t = asOf.isAfter(due) ? "OVERDUE" : "WITHIN_DEADLINE";
                        }
                    }
                    counts.merge("timeliness:" + t, 1L, Long::sum);
                }
            }
            Tallies out = new Tallies();
            counts.forEach((k, v) -> out.add(out.dossiers, k, v));
            return out;
        }

        /** Binds, validates and counts one piece of the payment file. */
        Tallies payments(ByteRange piece, long[] stats) throws IOException {
            Map<String, Long> counts = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(piece.open(), StandardCharsets.UTF_8),
                    1 << 16)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    PaymentPojo p;
                    try {
                        p = mapper.readValue(line, PaymentPojo.class);
                    } catch (IOException e) {
                        stats[1]++;
                        continue;
                    }
                    stats[0] += validator.validate(p).size();
                    String key = p.kind + "/" + p.channel + "/" + p.status;
                    counts.merge("count:" + key, 1L, Long::sum);
                    counts.merge("amount:" + key, p.amount, Long::sum);
                }
            }
            Tallies out = new Tallies();
            counts.forEach((k, v) -> out.add(out.payments, k, v));
            return out;
        }

        @Override
        public void close() {
            factory.close();
        }
    }

    /** Whether the DuckDB JDBC driver is on the class path (it is in the {@code bench} profile's jar). */
    static boolean duckDbAvailable() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** DuckDB in process: the same aggregates with SQL over the JSON Lines file (one scan per file). */
    static Tallies duckDb(Path dossiers, Path payments, LocalDate asOf, int threads) throws SQLException {
        Tallies t = new Tallies();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads=" + threads);
            String d = "read_json('" + dossiers.toAbsolutePath().toString().replace("'", "''")
                    + "', format='newline_delimited', ignore_errors=true, columns={code:'VARCHAR', procedure:'VARCHAR',"
                    + " unit:'VARCHAR', channel:'VARCHAR', receivedAt:'TIMESTAMP', due:'TIMESTAMP',"
                    + " completedAt:'TIMESTAMP', status:'VARCHAR'})";
            String asOfSql = "DATE '" + asOf + "'";
            String tl = "CASE WHEN due IS NULL THEN 'NONE'"
                    + " WHEN completedAt IS NOT NULL AND CAST(completedAt AS DATE) <= " + asOfSql + " THEN"
                    + " (CASE WHEN CAST(completedAt AS DATE) < CAST(due AS DATE) THEN 'EARLY'"
                    + " WHEN CAST(completedAt AS DATE) = CAST(due AS DATE) THEN 'ON_TIME' ELSE 'LATE' END)"
                    + " WHEN " + asOfSql + " > CAST(due AS DATE) THEN 'OVERDUE' ELSE 'WITHIN_DEADLINE' END";
            String q = "SELECT channel, status, unit, procedure, tl, GROUPING_ID(channel, status, unit, procedure, tl)"
                    + " AS g, count(*) FROM (SELECT channel, status, unit, procedure, " + tl + " AS tl FROM " + d
                    + " WHERE code IS NOT NULL) GROUP BY GROUPING SETS ((channel), (status), (unit), (procedure), (tl), ())";
            try (ResultSet rs = s.executeQuery(q)) {
                while (rs.next()) {
                    long n = rs.getLong(7);
                    if (rs.getString(1) != null) {
                        t.add(t.dossiers, "channel:" + rs.getString(1), n);
                    } else if (rs.getString(2) != null) {
                        t.add(t.dossiers, "status:" + rs.getString(2), n);
                    } else if (rs.getString(3) != null) {
                        t.add(t.dossiers, "unit:" + rs.getString(3), n);
                    } else if (rs.getString(4) != null) {
                        t.add(t.dossiers, "procedure:" + rs.getString(4), n);
                    } else if (rs.getString(5) != null) {
                        t.add(t.dossiers, "timeliness:" + rs.getString(5), n);
                    } else {
                        t.add(t.dossiers, "total", n);
                    }
                }
            }
            String p = "read_json('" + payments.toAbsolutePath().toString().replace("'", "''")
                    + "', format='newline_delimited', ignore_errors=true, columns={id:'VARCHAR', kind:'VARCHAR',"
                    + " amount:'BIGINT', channel:'VARCHAR', status:'VARCHAR'})";
            try (ResultSet rs = s.executeQuery("SELECT kind, channel, status, count(*), sum(amount) FROM " + p
                    + " WHERE id IS NOT NULL GROUP BY ALL")) {
                while (rs.next()) {
                    String key = rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3);
                    t.add(t.payments, "count:" + key, rs.getLong(4));
                    t.add(t.payments, "amount:" + key, rs.getLong(5));
                }
            }
        }
        return t;
    }
}
