package org.haicap.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haicap.core.procedures.Channel;
import org.haicap.core.procedures.Dossier;
import org.haicap.core.procedures.DossierCode;
import org.haicap.core.procedures.DossierStatus;
import org.haicap.core.procedures.ProcedureCode;
import org.haicap.core.procedures.StatusChange;
import org.haicap.core.units.UnitCode;

/**
 * Binds a {@link Dossier} (with its {@link StatusChange} history) from tokens; see
 * {@link LineBinder} for when it gives up. Stateless and thread-safe.
 */
final class DossierBinder extends LineBinder<Dossier> {
    private static final StringForm<DossierCode> CODE = ValueTypes.stringForm(DossierCode.class);
    private static final StringForm<ProcedureCode> PROCEDURE = ValueTypes.stringForm(ProcedureCode.class);
    private static final StringForm<UnitCode> UNIT = ValueTypes.stringForm(UnitCode.class);
    private static final StringForm<LocalDateTime> TIME = ValueTypes.stringForm(LocalDateTime.class);
    private static final Channel[] CHANNELS = Channel.values();
    private static final DossierStatus[] STATUSES = DossierStatus.values();

    private static final int CODE_BIT = 1;
    private static final int PROCEDURE_BIT = 1 << 1;
    private static final int UNIT_BIT = 1 << 2;
    private static final int CHANNEL_BIT = 1 << 3;
    private static final int RECEIVED_BIT = 1 << 4;
    private static final int DUE_BIT = 1 << 5;
    private static final int COMPLETED_BIT = 1 << 6;
    private static final int STATUS_BIT = 1 << 7;
    private static final int HISTORY_BIT = 1 << 8;
    private static final int FULL_BIT = 1 << 9;
    private static final int APPLICANT_BIT = 1 << 10;
    private static final int REQUIRED = CODE_BIT | PROCEDURE_BIT | UNIT_BIT | CHANNEL_BIT | RECEIVED_BIT | STATUS_BIT
            | HISTORY_BIT | FULL_BIT;

    private static final int AT_BIT = 1;
    private static final int FROM_BIT = 1 << 1;
    private static final int TO_BIT = 1 << 2;
    private static final int NOTE_BIT = 1 << 3;
    private static final int CHANGE_REQUIRED = AT_BIT | FROM_BIT | TO_BIT;

    @Override
    Dossier bindObject(JsonParser p) throws IOException {
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
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            int bit;
            switch (name) {
                case "code":
                    bit = CODE_BIT;
                    code = value(p, t, CODE);
                    if (code == null) {
                        return null;
                    }
                    break;
                case "procedure":
                    bit = PROCEDURE_BIT;
                    procedure = value(p, t, PROCEDURE);
                    if (procedure == null) {
                        return null;
                    }
                    break;
                case "unit":
                    bit = UNIT_BIT;
                    unit = value(p, t, UNIT);
                    if (unit == null) {
                        return null;
                    }
                    break;
                case "channel":
                    bit = CHANNEL_BIT;
                    channel = constant(p, t, CHANNELS);
                    if (channel == null) {
                        return null;
                    }
                    break;
                case "receivedAt":
                    bit = RECEIVED_BIT;
                    receivedAt = dateTime(p, t, TIME);
                    if (receivedAt == null) {
                        return null;
                    }
                    break;
                case "due":
                    bit = DUE_BIT;
                    due = optionalDateTime(p, t, TIME);
                    if (due == null) {
                        return null;
                    }
                    break;
                case "completedAt":
                    bit = COMPLETED_BIT;
                    completedAt = optionalDateTime(p, t, TIME);
                    if (completedAt == null) {
                        return null;
                    }
                    break;
                case "status":
                    bit = STATUS_BIT;
                    status = constant(p, t, STATUSES);
                    if (status == null) {
                        return null;
                    }
                    break;
                case "history":
                    bit = HISTORY_BIT;
                    history = history(p, t);
                    if (history == null) {
                        return null;
                    }
                    break;
                case "fullHistory":
                    bit = FULL_BIT;
                    int b = bool(t);
                    if (b < 0) {
                        return null;
                    }
                    fullHistory = b == 1;
                    break;
                case "applicant":
                    bit = APPLICANT_BIT;
                    applicant = optionalText(p, t);
                    if (applicant == null) {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        if (!p.hasToken(JsonToken.END_OBJECT) || (seen & REQUIRED) != REQUIRED) {
            return null;
        }
        return new Dossier(code, procedure, unit, channel, receivedAt, due, completedAt, status, history, fullHistory,
                applicant);
    }

    private static List<StatusChange> history(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        List<StatusChange> changes = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT) {
                return null;
            }
            StatusChange c = change(p);
            if (c == null) {
                return null;
            }
            changes.add(c);
        }
        return changes;
    }

    private static StatusChange change(JsonParser p) throws IOException {
        LocalDateTime at = null;
        DossierStatus from = null;
        DossierStatus to = null;
        Optional<String> note = Optional.empty();
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            int bit;
            switch (name) {
                case "at":
                    bit = AT_BIT;
                    at = dateTime(p, t, TIME);
                    if (at == null) {
                        return null;
                    }
                    break;
                case "from":
                    bit = FROM_BIT;
                    from = constant(p, t, STATUSES);
                    if (from == null) {
                        return null;
                    }
                    break;
                case "to":
                    bit = TO_BIT;
                    to = constant(p, t, STATUSES);
                    if (to == null) {
                        return null;
                    }
                    break;
                case "note":
                    bit = NOTE_BIT;
                    note = optionalText(p, t);
                    if (note == null) {
                        return null;
                    }
                    break;
                default:
                    return null;
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        if (!p.hasToken(JsonToken.END_OBJECT) || (seen & CHANGE_REQUIRED) != CHANGE_REQUIRED) {
            return null;
        }
        return new StatusChange(at, from, to, note);
    }
}
