package org.whatmatters.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The drafted content of a plan: everything except its identity and status. Stored as JSON. */
record PlanContent(
        Person person,
        List<Item> whatMatters,
        List<Item> strengths,
        List<Item> needs,
        List<Item> goals,
        List<Item> progress,
        List<Item> supportNetwork,
        List<Item> communityConnections,
        Wellbeing wellbeing,
        List<Item> preferences,
        Safety safety,
        Consent consent,
        Source source,
        LocalDate reviewDate) {

    record Person(String preferredName) {}

    /** ONS4 scores, 0 to 10 each, or null where not answered. Never summed. */
    record Wellbeing(Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety) {}

    record Safety(boolean urgent, List<Item> flags, String contingency) {}

    record Consent(String version, Boolean given, OffsetDateTime at) {}

    /** Which conversation and flow the plan was drafted from, and whether the person asked for a call-back. */
    record Source(String flowId, int flowVersion, String channel, boolean callBackRequested) {}
}
