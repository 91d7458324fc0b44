package org.haicap.core.json;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.ids.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.units.UnitCode;

/**
 * Binds a {@link Dossier} (with its {@link StatusChange} history) through a {@link LineCursor};
 * see {@link LineBinder} for when it gives up. Stateless and thread-safe.
 */
final class DossierBinder extends LineBinder<Dossier> {
    private static final StringForm<DossierCode> CODE = ValueTypes.stringForm(DossierCode.class);
    private static final StringForm<ProcedureCode> PROCEDURE = ValueTypes.stringForm(ProcedureCode.class);
    private static final StringForm<UnitCode> UNIT = ValueTypes.stringForm(UnitCode.class);
    private static final StringForm<LocalDateTime> TIME = ValueTypes.stringForm(LocalDateTime.class);
    private static final Channel[] CHANNELS = Channel.values();
    private static final DossierStatus[] STATUSES = DossierStatus.values();
    private static final LineCursor.Names CHANNEL_NAMES = LineCursor.Names.of(CHANNELS);
    private static final LineCursor.Names STATUS_NAMES = LineCursor.Names.of(STATUSES);

    /** The fields, in the order of their bits. */
    private static final LineCursor.Names FIELDS = new LineCursor.Names("code", "procedure", "unit", "channel",
            "receivedAt", "due", "completedAt", "status", "history", "fullHistory", "applicant", "revisedDue");
    /** Every field but due, completedAt, applicant and revisedDue. */
    private static final int REQUIRED = 0b001110011111;

    private static final LineCursor.Names CHANGE_FIELDS = new LineCursor.Names("at", "from", "to", "note");
    private static final int CHANGE_REQUIRED = 0b0111;

    @Override
    Dossier bind(LineCursor c) {
        DossierCode code = null;
        ProcedureCode procedure = null;
        UnitCode unit = null;
        Channel channel = null;
        LocalDateTime receivedAt = null;
        Optional<LocalDateTime> due = Optional.empty();
        Optional<LocalDateTime> completedAt = Optional.empty();
        DossierStatus status = null;
        List<StatusChange> history = null;
        boolean fullHistory = false;
        Optional<String> applicant = Optional.empty();
        Optional<LocalDateTime> revisedDue = Optional.empty();
        int seen = 0;
        c.openObject();
        for (int f = c.field(FIELDS); f >= 0; f = c.field(FIELDS)) {
            seen = LineCursor.mark(seen, 1 << f);
            switch (f) {
                case 0 -> code = c.value(CODE);
                case 1 -> procedure = c.value(PROCEDURE);
                case 2 -> unit = c.value(UNIT);
                case 3 -> channel = CHANNELS[c.constant(CHANNEL_NAMES)];
                case 4 -> receivedAt = c.dateTime(TIME);
                case 5 -> due = c.optionalDateTime(TIME);
                case 6 -> completedAt = c.optionalDateTime(TIME);
                case 7 -> status = STATUSES[c.constant(STATUS_NAMES)];
                case 8 -> history = history(c);
                case 9 -> fullHistory = c.bool();
                case 10 -> applicant = c.optionalText();
                default -> revisedDue = c.optionalDateTime(TIME);
            }
        }
        LineCursor.require(seen, REQUIRED);
        return new Dossier(code, procedure, unit, channel, receivedAt, due, revisedDue, completedAt, status, history,
                fullHistory, applicant);
    }

    private static List<StatusChange> history(LineCursor c) {
        c.openArray();
        List<StatusChange> changes = new ArrayList<>();
        while (c.nextElement()) {
            changes.add(change(c));
        }
        return changes;
    }

    private static StatusChange change(LineCursor c) {
        LocalDateTime at = null;
        DossierStatus from = null;
        DossierStatus to = null;
        Optional<String> note = Optional.empty();
        int seen = 0;
        c.openObject();
        for (int f = c.field(CHANGE_FIELDS); f >= 0; f = c.field(CHANGE_FIELDS)) {
            seen = LineCursor.mark(seen, 1 << f);
            switch (f) {
                case 0 -> at = c.dateTime(TIME);
                case 1 -> from = STATUSES[c.constant(STATUS_NAMES)];
                case 2 -> to = STATUSES[c.constant(STATUS_NAMES)];
                default -> note = c.optionalText();
            }
        }
        LineCursor.require(seen, CHANGE_REQUIRED);
        return new StatusChange(at, from, to, note);
    }
}
