package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.text.VietnameseText;
import org.haicap.core.RowCollector;

class CsvProperties {

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings()
                .withChars("aăâđêôơưệ ,;\"'=\r\n\t-+@<>")
                .withCharRange('\u0001', '\u007F')
                .withCharRange('\u0300', '\u0323')
                .ofMaxLength(12);
        return Arbitraries.integers().between(1, 5).flatMap(width ->
                cell.list().ofSize(width).list().ofMinSize(0).ofMaxSize(8));
    }

    @Property(tries = 200)
    void machineCsvReadsBackAsWritten(@ForAll("tables") List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.open(out, CsvWriter.Options.machine())) {
            for (List<String> row : rows) {
                w.writeRow(row);
            }
        }
        RowCollector<CsvRow> c = new RowCollector<>();
        ReadSummary s = CsvReader.withoutHeader().read(new ByteArrayInputStream(out.toByteArray()), "p.csv", c);
        assertEquals(rows.size(), s.read());
        assertEquals(0, s.refused());
        List<List<String>> expected = rows.stream()
                .map(r -> r.stream().map(VietnameseText::nfc).collect(Collectors.toList()))
                .collect(Collectors.toList());
        assertEquals(expected, c.accepted.stream().map(CsvRow::fields).collect(Collectors.toList()));
    }
}
