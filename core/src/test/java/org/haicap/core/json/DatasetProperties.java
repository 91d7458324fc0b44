package org.haicap.core.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haicap.core.dataset.Dataset;

/** Whole datasets survive writing and reading, and writing is deterministic. */
class DatasetProperties {

    @Property(tries = 40)
    void aWrittenDatasetReadsBackEqual(@ForAll("datasets") Dataset d) throws IOException {
        byte[] bytes = DatasetWriter.toBytes(d);
        DatasetReader.Result r = DatasetReader.create().read(new ByteArrayInputStream(bytes), "d.json");
        assertTrue(r.clean(), () -> r.problems().toString());
        assertEquals(d, r.dataset());
        assertArrayEquals(bytes, DatasetWriter.toBytes(r.dataset()));
        long records = d.counts().values().stream().mapToLong(Integer::longValue).sum();
        assertEquals(records, r.total().read());
        assertEquals(records, r.total().accepted());
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return Datasets.datasets();
    }
}
