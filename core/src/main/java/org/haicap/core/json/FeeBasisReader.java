package org.haicap.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.haicap.core.io.ReadProblem;
import org.haicap.core.io.ReadSummary;
import org.haicap.core.io.RowHandler;
import org.haicap.core.io.SourceLocation;
import org.haicap.core.io.Sources;
import org.haicap.core.party.FeeBases;
import org.haicap.core.party.FeeBasisEntry;

/**
 * Reads a fee-basis stream (đọc tệp căn cứ tính đảng phí): JSON Lines of {@link FeeBasisEntry},
 * one entry per line ({@code docs/interchange-format.md} §7.6), gzip-compressed or not, into
 * {@link FeeBases}. Nothing is lost: each line becomes an entry or a {@link ReadProblem} with its
 * file, line, column, JSON path and the member id when it can be read; an entry of a member who
 * already has one starting in the same month is refused at its line
 * ({@code INVALID_VALUE}, path {@code $.validFrom}), naming the line of the first one.
 *
 * <p>Problems and their messages never show an amount in full: the record's own checks mask
 * them; excerpts of the offending text are the reader's, and the layer that shows them masks
 * them (as for every read problem).
 *
 * <p>Immutable and thread-safe; each reading has its own state.
 */
public final class FeeBasisReader {

    private static final FeeBasisReader STANDARD = new FeeBasisReader(UnknownFields.REFUSE);

    private final JsonLinesReader<FeeBasisEntry> lines;

    private FeeBasisReader(UnknownFields unknownFields) {
        this.lines = JsonLinesReader.of(FeeBasisEntry.class).withRecordIdField("member").withUnknownFields(unknownFields);
    }

    /** A reader refusing unknown fields. */
    public static FeeBasisReader create() {
        return STANDARD;
    }

    /** The same reader with another policy for unknown fields. */
    public FeeBasisReader withUnknownFields(UnknownFields policy) {
        return new FeeBasisReader(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * What was read.
     *
     * @param bases the accepted entries
     * @param summary the counts ({@code read == accepted + refused})
     * @param problems the refused lines, in file order
     */
    public record Result(FeeBases bases, ReadSummary summary, List<ReadProblem> problems) {
        /** Checks and copies the values. */
        public Result {
            Objects.requireNonNull(bases, "bases");
            Objects.requireNonNull(summary, "summary");
            problems = List.copyOf(problems);
        }

        /** Whether every line was accepted. */
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads a file, gzip-compressed or not; locations name the file.
     *
     * @throws IOException if the file cannot be read
     */
    public Result read(Path file) throws IOException {
        try (InputStream in = Sources.open(file)) {
            return read(in, Sources.nameOf(file));
        }
    }

    /**
     * Reads a stream to its end (and does not close it); locations name {@code source}.
     *
     * @throws IOException if the stream cannot be read
     */
    public Result read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        List<FeeBasisEntry> accepted = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        ReadSummary.Counter counter = ReadSummary.counter();
        ReadSummary read = lines.read(in, source, new RowHandler<>() {
            @Override
            public void accepted(FeeBasisEntry e, SourceLocation at) {
                String key = e.member() + "\u0000" + e.validFrom();
                Long first = firstLine.putIfAbsent(key, at.line());
                if (first != null) {
                    ReadProblem p = ReadProblem.of(at.withRecordId(e.member()).withPath("$.validFrom"),
                            ReadProblem.Reason.INVALID_VALUE,
                            "đảng viên " + e.member() + " đã có căn cứ bắt đầu tháng " + e.validFrom() + " (dòng " + first + ")",
                            "member " + e.member() + " already has a basis starting " + e.validFrom() + " (line " + first
                                    + ")", e.validFrom().toString());
                    problems.add(p);
                    counter.refused(p.reason());
                    return;
                }
                accepted.add(e);
                counter.accepted();
            }

            @Override
            public void refused(ReadProblem problem) {
                problems.add(problem);
                counter.refused(problem.reason());
            }
        });
        for (long i = 0; i < read.blankLines(); i++) {
            counter.blankLine();
        }
        return new Result(FeeBases.of(accepted), counter.summary(), problems);
    }
}
