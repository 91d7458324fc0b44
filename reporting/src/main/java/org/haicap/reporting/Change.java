package org.haicap.reporting;

import java.util.Optional;
import org.haicap.core.text.LocalizedText;

/**
 * A change from one value to another (thay đổi): {@code từ 112 lên 559 thủ tục} /
 * {@code from 112 to 559 procedures}; a decrease prints {@code từ 559 xuống 112}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label
 * @param from the value before, {@code ≥ 0}
 * @param to the value after, {@code ≥ 0}
 * @param unit the unit noun, if any
 * @param source where the figures come from, if reported
 * @param note a note, if any
 */
public record Change(LocalizedText label, long from, long to, Optional<LocalizedText> unit,
        Optional<Source> source, Optional<LocalizedText> note) implements Indicator {

    /** Checks every part. */
    public Change {
        Checks.present("Change.label", label);
        Checks.nonNegative("Change.from", from);
        Checks.nonNegative("Change.to", to);
        Checks.optional("Change.unit", unit);
        Checks.optional("Change.source", source);
        Checks.optional("Change.note", note);
    }

    /** A change from {@code from} to {@code to}, without unit. */
    public static Change of(LocalizedText label, long from, long to) {
        return new Change(label, from, to, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@code to - from}: positive for an increase. */
    public long difference() {
        return to - from;
    }

    /** A copy with this unit noun. */
    public Change withUnit(LocalizedText unit) {
        return new Change(label, from, to, Optional.of(Checks.present("unit", unit)), source, note);
    }

    @Override
    public Change withSource(Source source) {
        return new Change(label, from, to, unit, Optional.of(Checks.present("source", source)), note);
    }

    @Override
    public Change withNote(LocalizedText note) {
        return new Change(label, from, to, unit, source, Optional.of(Checks.present("note", note)));
    }
}
