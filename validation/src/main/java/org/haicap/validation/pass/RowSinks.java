package org.haicap.validation.pass;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.json.JsonLinesWriter;
import org.haicap.validation.rules.RuleInfo;
import org.haicap.validation.rules.RuleParameters;

/**
 * Where a {@link ValidationPass} writes the rows it read (tách dòng nhận / dòng loại): the
 * quarantine split of data-quality tools. Both are optional.
 * <ul>
 *   <li><b>Accepted rows</b>, into a directory: {@code dossiers.accepted.jsonl} and
 *   {@code payments.accepted.jsonl}, the records as JSON Lines in input order
 *   ({@code docs/interchange-format.md}), ready to be read again. A row that breaks a rule is a
 *   record and is written here; its finding is in the result.</li>
 *   <li><b>Refused rows</b>, into one JSON Lines file, one object per row that could not become
 *   a record (and per refused record of the dataset document), in input order:
 *   {@code line} (in the whole file; 0 when unknown), {@code file}, {@code stream}
 *   ({@code dataset}, {@code dossiers}, {@code payments}, {@code feeBases}), {@code rule},
 *   {@code severity}, {@code path} and {@code key} when known, the reason {@code vi} and
 *   {@code en}, and {@code excerpt}: the start of the offending text as read (it may hold
 *   personal data: keep the file where the input is kept).</li>
 * </ul>
 * Existing files are replaced; every file is written in full (0644 by the usual umask) even when
 * empty. Immutable and thread-safe.
 *
 * @param acceptedDirectory the directory of the accepted rows, if wanted
 * @param refusedFile the file of the refused rows, if wanted
 */
public record RowSinks(Optional<Path> acceptedDirectory, Optional<Path> refusedFile) {

    /** No sinks. */
    public static final RowSinks NONE = new RowSinks(Optional.empty(), Optional.empty());

    /** The file name of the accepted rows of a kind in {@link #acceptedDirectory()}. */
    public static String acceptedFileName(StreamKind kind) {
        return kind.english() + ".accepted.jsonl";
    }

    /** Checks the parts. */
    public RowSinks {
        Objects.requireNonNull(acceptedDirectory, "acceptedDirectory");
        Objects.requireNonNull(refusedFile, "refusedFile");
    }

    /** These sinks, with the accepted rows written into {@code directory} (created if missing). */
    public RowSinks withAccepted(Path directory) {
        return new RowSinks(Optional.of(directory), refusedFile);
    }

    /** These sinks, with the refused rows written to {@code file}. */
    public RowSinks withRefused(Path file) {
        return new RowSinks(acceptedDirectory, Optional.of(file));
    }

    /** Whether any sink is wanted. */
    public boolean any() {
        return acceptedDirectory.isPresent() || refusedFile.isPresent();
    }

    /** One pass's writing: hands out parts, then joins them into the files in order. Not thread-safe. */
    static final class Session {
        private final RowSinks sinks;
        private final RuleParameters params;
        private final Path tempDir;
        private final List<Part> parts = new ArrayList<>();

        Session(RowSinks sinks, RuleParameters params) {
            this.sinks = sinks;
            this.params = params;
            Path dir = sinks.acceptedDirectory.orElseGet(() -> parentOf(sinks.refusedFile.get()));
            try {
                Files.createDirectories(dir);
                if (sinks.refusedFile.isPresent()) {
                    Files.createDirectories(parentOf(sinks.refusedFile.get()));
                }
                this.tempDir = Files.createTempDirectory(dir, ".haicap-rows-");
            } catch (IOException e) {
                throw new UncheckedIOException(dir + ": không tạo được thư mục / cannot create the directory: "
                        + e.getMessage(), e);
            }
        }

        private static Path parentOf(Path file) {
            Path p = file.toAbsolutePath().getParent();
            return p == null ? Path.of(".") : p;
        }

        /** A new part of a stream, or of the dataset and fee bases ({@code kind} null: refused rows only). */
        synchronized Part part(StreamKind kind) {
            Part p = new Part(this, kind, parts.size());
            parts.add(p);
            return p;
        }

        /**
         * Joins the parts into the files: the accepted rows of each kind in part order, the
         * refused rows of every part in order, their lines moved by {@code linesBefore} of each part.
         */
        void finish(List<Part> order, List<Long> linesBefore) {
            try {
                for (Part p : parts) {
                    p.close();
                }
                if (sinks.acceptedDirectory.isPresent()) {
                    for (StreamKind kind : StreamKind.values()) {
                        Path target = sinks.acceptedDirectory.get().resolve(acceptedFileName(kind));
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                            for (Part p : order) {
                                if (p.kind == kind && p.accepted != null) {
                                    Files.copy(p.acceptedFile, out);
                                }
                            }
                        }
                    }
                }
                if (sinks.refusedFile.isPresent()) {
                    try (Writer out = Files.newBufferedWriter(sinks.refusedFile.get(), StandardCharsets.UTF_8)) {
                        for (int i = 0; i < order.size(); i++) {
                            order.get(i).copyRefused(out, linesBefore.get(i));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("không ghi được tệp dòng / cannot write the row files: " + e.getMessage(), e);
            } finally {
                delete();
            }
        }

        /** Removes the temporary parts. */
        void delete() {
            for (Part p : parts) {
                try {
                    p.close();
                } catch (IOException e) {
                    // closing for removal only
                }
                p.deleteFiles();
            }
            try {
                Files.deleteIfExists(tempDir);
            } catch (IOException e) {
                // a leftover empty directory is harmless
            }
        }
    }

    /** The rows of one piece, in temporary files. Not thread-safe: one per piece. */
    static final class Part {
        private final Session session;
        final StreamKind kind;
        private final Path acceptedFile;
        private final Path refusedFile;
        private JsonLinesWriter<Object> accepted;
        private JsonGenerator refused;
        private boolean closed;

        private Part(Session session, StreamKind kind, int index) {
            this.session = session;
            this.kind = kind;
            this.acceptedFile = session.tempDir.resolve(index + ".accepted");
            this.refusedFile = session.tempDir.resolve(index + ".refused");
        }

        void accepted(Object row) {
            if (session.sinks.acceptedDirectory.isEmpty()) {
                return;
            }
            try {
                if (accepted == null) {
                    accepted = JsonLinesWriter.open(new BufferedOutputStream(Files.newOutputStream(acceptedFile), 1 << 16));
                }
                accepted.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(acceptedFile + ": " + e.getMessage(), e);
            }
        }

        void refused(String stream, ReadProblem problem, RuleInfo rule) {
            if (session.sinks.refusedFile.isEmpty()) {
                return;
            }
            try {
                if (refused == null) {
                    refused = new JsonFactory().createGenerator(new BufferedOutputStream(
                            Files.newOutputStream(refusedFile), 1 << 16), JsonEncoding.UTF8);
                    refused.setRootValueSeparator(null);
                }
                SourceLocation at = problem.location();
                JsonGenerator g = refused;
                g.writeStartObject();
                g.writeNumberField("line", Math.max(0, at.line()));
                g.writeStringField("file", at.source());
                g.writeStringField("stream", stream);
                g.writeStringField("rule", rule.id());
                g.writeStringField("severity", session.params.severity(rule.id(), rule.defaultSeverity()).name()
                        .toLowerCase(Locale.ROOT));
                if (at.path().isPresent()) {
                    g.writeStringField("path", at.path().get());
                }
                if (at.recordId().isPresent()) {
                    g.writeStringField("key", at.recordId().get());
                }
                g.writeStringField("vi", problem.vietnamese());
                g.writeStringField("en", problem.english());
                g.writeStringField("excerpt", problem.excerpt());
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(refusedFile + ": " + e.getMessage(), e);
            }
        }

        void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (accepted != null) {
                accepted.close();
            }
            if (refused != null) {
                refused.close();
            }
        }

        private static final String LINE = "{\"line\":";

        void copyRefused(Writer out, long linesBefore) throws IOException {
            if (refused == null) {
                return;
            }
            try (BufferedReader in = Files.newBufferedReader(refusedFile, StandardCharsets.UTF_8)) {
                for (String s = in.readLine(); s != null; s = in.readLine()) {
                    if (linesBefore > 0 && s.startsWith(LINE)) {
                        int end = LINE.length();
                        while (end < s.length() && Character.isDigit(s.charAt(end))) {
                            end++;
                        }
                        long line = Long.parseLong(s.substring(LINE.length(), end));
                        if (line > 0) {
                            s = LINE + (line + linesBefore) + s.substring(end);
                        }
                    }
                    out.write(s);
                    out.write('\n');
                }
            }
        }

        void deleteFiles() {
            try {
                Files.deleteIfExists(acceptedFile);
                Files.deleteIfExists(refusedFile);
            } catch (IOException e) {
                // leftovers of a failed pass are removed with their directory where possible
            }
        }
    }
}
