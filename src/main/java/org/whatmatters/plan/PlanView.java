package org.whatmatters.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The plan as staff see it. */
public record PlanView(
        String id,
        String conversationId,
        PlanStatus status,
        int version,
        boolean urgent,
        String assignedTo,
        String reviewerNote,
        OffsetDateTime approvedAt,
        String approvedBy,
        String channel,
        OffsetDateTime createdAt,
        String drafter,
        PlanContent.Person person,
        List<Item> whatMatters,
        List<Item> strengths,
        List<Item> needs,
        List<Item> goals,
        List<Item> progress,
        List<Item> supportNetwork,
        List<Item> communityConnections,
        PlanContent.Wellbeing wellbeing,
        List<Item> preferences,
        PlanContent.Safety safety,
        PlanContent.Consent consent,
        PlanContent.Source source,
        LocalDate reviewDate,
        String summary,
        PlanContent.Drafting drafting) {

    public List<Item> section(Section section) {
        return content().section(section);
    }

    PlanContent content() {
        return new PlanContent(person, whatMatters, strengths, needs, goals, progress, supportNetwork, communityConnections, wellbeing,
                preferences, safety, consent, source, reviewDate, summary, drafting);
    }

    static PlanView of(CarePlan plan, PlanContent c) {
        return new PlanView(plan.id(), plan.conversationId(), plan.status(), plan.version(), plan.urgent(), plan.assignedTo(),
                plan.reviewerNote(), plan.approvedAt(), plan.approvedBy(), plan.channel(), plan.createdAt(), plan.drafter(), c.person(),
                c.whatMatters(), c.strengths(), c.needs(), c.goals(), c.progress(), c.supportNetwork(), c.communityConnections(),
                c.wellbeing(), c.preferences(), c.safety(), c.consent(), c.source(), c.reviewDate(), c.summary(), c.drafting());
    }
}
