package org.haicap.core.procedures;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.haicap.core.internal.RecordSerialForm;

/**
 * What identifies one version of a procedure in a catalogue: the national code and, for a
 * per-locality version, the version key (usually the number of the publishing decision, quyết
 * định công bố, such as {@code 1234/QĐ-UBND}). Two localities may publish the same code with
 * different time limits or fees; the key keeps them apart.
 *
 * <p>This is an immutable, thread-safe value type; it orders by code, then unversioned first,
 * then by version.
 *
 * @param code the national procedure code
 * @param version the version key in NFC, or empty for the national version
 */
public record ProcedureKey(ProcedureCode code, Optional<String> version)
        implements Comparable<ProcedureKey>, Serializable {

    private static final Comparator<ProcedureKey> ORDER = Comparator.comparing(ProcedureKey::code)
            .thenComparing(k -> k.version().orElse(""));

    /**
     * Checks the values.
     *
     * @throws InvalidProcedureDataException if the version is present and blank
     */
    public ProcedureKey {
        Objects.requireNonNull(code, "code");
        version = Checks.optionalText(version, "phiên bản thủ tục", "procedure version");
    }

    /** The key of the national (unversioned) procedure. */
    public static ProcedureKey of(ProcedureCode code) {
        return new ProcedureKey(code, Optional.empty());
    }

    /** The key of a per-locality version. */
    public static ProcedureKey of(ProcedureCode code, String version) {
        return new ProcedureKey(code, Optional.of(version));
    }

    @Override
    public int compareTo(ProcedureKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code 1.001193} or {@code 1.001193@1234/QĐ-UBND}. */
    @Override
    public String toString() {
        return version.map(v -> code + "@" + v).orElse(code.toString());
    }

    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
