package org.whatmatters.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whatmatters.conversation.ConversationCompleted;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.conversation.ConversationSnapshot;
import org.whatmatters.flow.FlowRegistry;
import tools.jackson.databind.json.JsonMapper;

@Service
class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final Plans plans;
    private final ConversationService conversations;
    private final FlowRegistry flows;
    private final JsonMapper json;
    private final Clock clock;
    private final RuleBasedDrafter drafter;
    private final PlanVersions versions;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanService(Plans plans, PlanVersions versions, ConversationService conversations, FlowRegistry flows, JsonMapper json, Clock clock,
            PlanSettings settings, org.whatmatters.nlp.TextAnalyzer analyzer, org.whatmatters.community.Directory directory,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.versions = versions;
        this.conversations = conversations;
        this.flows = flows;
        this.json = json;
        this.clock = clock;
        this.drafter = new RuleBasedDrafter(settings.reviewAfter(), settings.zone(), analyzer, directory);
    }

    /** Runs inside the completing turn's transaction: the plan exists by the time the person sees the last reply. */
    @EventListener
    void onConversationCompleted(ConversationCompleted event) {
        if (plans.existsByConversationId(event.conversationId())) {
            return;
        }
        ConversationSnapshot snapshot = conversations.snapshot(event.conversationId());
        PlanContent content = drafter.draft(snapshot, flows.version(snapshot.flowId(), snapshot.flowVersion()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        CarePlan plan = new CarePlan(UUID.randomUUID().toString(), snapshot.id(), content.safety().urgent(), RuleBasedDrafter.NAME,
                content.person().preferredName(), json.writeValueAsString(content), snapshot.channel().name(), now);
        plans.save(plan);
        versions.save(new PlanVersion(plan, "drafter:" + RuleBasedDrafter.NAME, "Drafted from the conversation", now));
        log.info("Plan {} drafted for conversation {} (urgent: {})", plan.id(), snapshot.id(), plan.urgent());
        events.publishEvent(new PlanDrafted(plan.id(), snapshot.id(), plan.version()));
    }

    /** The stored content of a plan and its version, for a drafter that improves it later. */
    @Transactional(readOnly = true)
    java.util.Optional<PlanDrafted.Draft> draft(String planId) {
        return plans.findById(planId).map(p -> new PlanDrafted.Draft(json.readValue(p.document(), PlanContent.class), p.version(),
                p.status() == PlanStatus.DRAFT && p.assignedTo() == null));
    }

    /**
     * Replaces the rule-based draft by a language model's, unless the plan changed since (a link worker took it,
     * edited it or it moved on): then the model's draft is thrown away and the plan stays as it is.
     */
    @Transactional
    boolean redraft(String planId, int expectedVersion, PlanContent content, String drafter, String change) {
        CarePlan plan = plans.findById(planId).orElse(null);
        if (plan == null || plan.version() != expectedVersion || plan.status() != PlanStatus.DRAFT || plan.assignedTo() != null) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        plan.redraft(json.writeValueAsString(content), drafter, now);
        plans.save(plan);
        versions.save(new PlanVersion(plan, "drafter:" + drafter, change, now));
        return true;
    }
}
