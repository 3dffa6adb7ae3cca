package org.whatmatters.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The drafted content of a plan: everything except its identity and status. Stored as JSON.
 *
 * @param summary a short summary for the person, at a reading age of 9 to 11; null on plans drafted before it existed
 * @param drafting what drafted the plan and what it cost; null for the rule-based drafter
 */
public record PlanContent(
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
        LocalDate reviewDate,
        String summary,
        Drafting drafting) {

    public List<Item> section(Section section) {
        switch (section) {
            case WHAT_MATTERS:
                return whatMatters;
            case STRENGTHS:
                return strengths;
            case NEEDS:
                return needs;
            case GOALS:
                return goals;
            case SUPPORT_NETWORK:
                return supportNetwork;
            case COMMUNITY_CONNECTIONS:
                return communityConnections;
            case PREFERENCES:
                return preferences;
            case PROGRESS:
                return progress == null ? List.of() : progress;
            default:
                throw new IllegalArgumentException(section.name());
        }
    }

    PlanContent with(Section section, List<Item> items) {
        List<Item> i = List.copyOf(items);
        return new PlanContent(person,
                section == Section.WHAT_MATTERS ? i : whatMatters,
                section == Section.STRENGTHS ? i : strengths,
                section == Section.NEEDS ? i : needs,
                section == Section.GOALS ? i : goals,
                section == Section.PROGRESS ? i : progress,
                section == Section.SUPPORT_NETWORK ? i : supportNetwork,
                section == Section.COMMUNITY_CONNECTIONS ? i : communityConnections,
                wellbeing,
                section == Section.PREFERENCES ? i : preferences,
                safety, consent, source, reviewDate, summary, drafting);
    }

    PlanContent withSummary(String text) {
        return new PlanContent(person, whatMatters, strengths, needs, goals, progress, supportNetwork, communityConnections, wellbeing,
                preferences, safety, consent, source, reviewDate, text, drafting);
    }

    PlanContent withReviewDate(LocalDate date) {
        return new PlanContent(person, whatMatters, strengths, needs, goals, progress, supportNetwork, communityConnections, wellbeing,
                preferences, safety, consent, source, date, summary, drafting);
    }

    public record Person(String preferredName) {}

    /**
     * How a language model drafted the plan: which model and prompt version, how long it took, the tokens it used,
     * and what it proposed that was not kept (each with the reason).
     */
    public record Drafting(String drafter, String model, String promptVersion, long latencyMs, int inputTokens, int outputTokens,
            List<NotKept> notKept) {
        public Drafting {
            notKept = notKept == null ? List.of() : List.copyOf(notKept);
        }

        Drafting withNotKept(List<NotKept> items) {
            return new Drafting(drafter, model, promptVersion, latencyMs, inputTokens, outputTokens, items);
        }
    }

    /** An item the model proposed that the grounding check did not keep. */
    public record NotKept(String section, String text, String reason) {}

    /** ONS4 scores, 0 to 10 each, or null where not answered. Never summed. */
    public record Wellbeing(Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety) {}

    public record Safety(boolean urgent, List<Item> flags, String contingency) {}

    public record Consent(String version, Boolean given, OffsetDateTime at) {}

    /** Which conversation and flow the plan was drafted from, and whether the person asked for a call-back. */
    public record Source(String flowId, int flowVersion, String channel, boolean callBackRequested) {}
}
