/**
 * haicap reporting: the report model and builder, mergeable aggregates, standard reports and
 * renderers for people and machines.
 */
module org.haicap.reporting {
    requires transitive org.haicap.core;
    // the report pass runs the validation pass and its aggregates listen to it
    requires transitive org.haicap.validation;
    requires org.slf4j;

    exports org.haicap.reporting;
    exports org.haicap.reporting.aggregate;
    exports org.haicap.reporting.pass;
    exports org.haicap.reporting.render;
    exports org.haicap.reporting.standard;

    uses org.haicap.reporting.render.ReportRenderer;
}
