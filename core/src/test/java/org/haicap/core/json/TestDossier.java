package org.haicap.core.json;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.units.UnitCode;

/** A dossier-like record for the tests: the shape of the real domain types, nothing more. */
record TestDossier(String code, UnitCode unit, long amount, LocalDate received, Optional<String> note) {
    TestDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(note, "note");
        if (amount < 0) {
            throw new IllegalArgumentException("số tiền âm / negative amount: " + amount);
        }
    }

    static TestDossier of(String code, String unit, long amount, String received) {
        return new TestDossier(code, UnitCode.of(unit), amount, LocalDate.parse(received), Optional.empty());
    }

    String toJson() {
        return "{\"code\":\"" + code + "\",\"unit\":\"" + unit + "\",\"amount\":" + amount + ",\"received\":\""
                + received + "\"" + note.map(n -> ",\"note\":\"" + n + "\"").orElse("") + "}";
    }
}
