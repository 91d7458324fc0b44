package org.haicap.core.json;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.haicap.core.dataset.Dataset;
import org.haicap.core.party.Committee;
import org.haicap.core.party.Congress;
import org.haicap.core.party.PartyOrganisation;
import org.haicap.core.party.Seal;
import org.haicap.core.people.Appointment;
import org.haicap.core.people.Person;
import org.haicap.core.people.Post;
import org.haicap.core.procedures.Procedure;
import org.haicap.core.procedures.ServicePoint;
import org.haicap.core.units.UnitCode;

/** The array sections of a dataset document, in the order they are written. */
final class DatasetSections {
    private DatasetSections() {
    }

    /**
     * One array section.
     *
     * @param name the member name in the document
     * @param type the element type
     * @param idField the element's member that identifies it, empty for scalar elements
     * @param get the section's records in a dataset
     * @param add adds read records to a builder
     */
    record Section<T>(String name, Class<T> type, String idField, Function<Dataset, List<T>> get,
            BiConsumer<Dataset.Builder, List<T>> add) {
    }

    static final List<Section<?>> ALL = List.of(
            new Section<>("units", UnitCode.class, "", Dataset::units, Dataset.Builder::units),
            new Section<>("people", Person.class, "id", Dataset::people, Dataset.Builder::people),
            new Section<>("posts", Post.class, "id", Dataset::posts, Dataset.Builder::posts),
            new Section<>("appointments", Appointment.class, "id", Dataset::appointments, Dataset.Builder::appointments),
            new Section<>("organisations", PartyOrganisation.class, "id", Dataset::organisations,
                    Dataset.Builder::organisations),
            new Section<>("committees", Committee.class, "id", Dataset::committees, Dataset.Builder::committees),
            new Section<>("congresses", Congress.class, "id", Dataset::congresses, Dataset.Builder::congresses),
            new Section<>("seals", Seal.class, "id", Dataset::seals, Dataset.Builder::seals),
            new Section<>("procedures", Procedure.class, "code", Dataset::procedures, Dataset.Builder::procedures),
            new Section<>("servicePoints", ServicePoint.class, "id", Dataset::servicePoints,
                    Dataset.Builder::servicePoints));
}
