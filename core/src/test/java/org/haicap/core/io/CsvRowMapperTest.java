package org.haicap.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.haicap.core.RowCollector;

class CsvRowMapperTest {

    private static RowCollector<Integer> read(CsvRowMapper<Integer> mapper) throws IOException {
        RowCollector<Integer> c = new RowCollector<>();
        CsvReader.withHeader().read(new ByteArrayInputStream("n\n1\n-2\n3\n".getBytes(StandardCharsets.UTF_8)), "m.csv",
                mapper, c);
        return c;
    }

    @Test
    void illegalArgumentsBecomeInvalidValues() throws IOException {
        RowCollector<Integer> c = read(row -> {
            int n = Integer.parseInt(row.get(0));
            if (n < 0) {
                throw new IllegalArgumentException("số âm / negative");
            }
            return n;
        });
        assertEquals(List.of(1, 3), c.accepted);
        assertEquals(ReadProblem.Reason.INVALID_VALUE, c.only().reason());
        assertEquals(3, c.only().location().line());
        assertEquals("invalid value: số âm / negative", c.only().english());
    }

    @Test
    void otherExceptionsAreBugsAndPropagate() {
        assertThrows(IllegalStateException.class, () -> read(row -> {
            throw new IllegalStateException("bug");
        }));
        assertThrows(NullPointerException.class, () -> read(row -> null));
    }
}
