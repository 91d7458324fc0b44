package org.haicap.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Every identifier type survives Java serialisation (Spark and Beam ship values this way). */
class SerializationTest {

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void identifiersRoundTrip() throws Exception {
        for (Object o : new Object[] {CitizenId.of("001095012345"), TaxCode.of("0100109106-001"),
            MobileNumber.of("+84912345678"), DocumentNumber.parse("150/2025/NĐ-CP"), DocumentNumber.parse("11-HD/TU"),
            CitizenId.of("079301000001").structure()}) {
            assertEquals(o, roundTrip(o));
        }
    }
}
