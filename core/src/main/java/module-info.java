/**
 * haicap core: the domain model of Vietnam's two-level local government, the official
 * catalogue of administrative units, and the JSON interchange format.
 */
module org.haicap.core {
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static net.jqwik.api;

    exports org.haicap.core;
    exports org.haicap.core.text;
    exports org.haicap.core.units;
    exports org.haicap.core.units.former;
    exports org.haicap.core.address;
    exports org.haicap.core.ids;
    exports org.haicap.core.people;
    exports org.haicap.core.party;
    exports org.haicap.core.procedures;
    exports org.haicap.core.calendar;
    exports org.haicap.core.money;
    exports org.haicap.core.dataset;
    exports org.haicap.core.io;
    exports org.haicap.core.json;
    exports org.haicap.core.testing;
    // the shared argument checks (Checks), for reporting's model only; not API
    exports org.haicap.core.internal to org.haicap.reporting;

    provides com.fasterxml.jackson.databind.Module with org.haicap.core.json.HaicapModule;
}
