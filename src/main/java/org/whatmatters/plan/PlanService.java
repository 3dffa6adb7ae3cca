package org.whatmatters.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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

    PlanService(Plans plans, ConversationService conversations, FlowRegistry flows, JsonMapper json, Clock clock, PlanSettings settings) {
        this.plans = plans;
        this.conversations = conversations;
        this.flows = flows;
        this.json = json;
        this.clock = clock;
        this.drafter = new RuleBasedDrafter(settings.reviewAfter(), settings.zone());
    }

    /** Runs inside the completing turn's transaction: the plan exists by the time the person sees the last reply. */
    @EventListener
    void onConversationCompleted(ConversationCompleted event) {
        if (plans.existsByConversationId(event.conversationId())) {
            return;
        }
        ConversationSnapshot snapshot = conversations.snapshot(event.conversationId());
        PlanContent content = drafter.draft(snapshot, flows.version(snapshot.flowId(), snapshot.flowVersion()));
        CarePlan plan = new CarePlan(UUID.randomUUID().toString(), snapshot.id(), content.safety().urgent(), RuleBasedDrafter.NAME,
                content.person().preferredName(), json.writeValueAsString(content), OffsetDateTime.now(clock));
        plans.save(plan);
        log.info("Plan {} drafted for conversation {} (urgent: {})", plan.id(), snapshot.id(), plan.urgent());
    }

    @Transactional(readOnly = true)
    List<PlanSummary> search(PlanStatus status, String conversationId) {
        return plans.search(status, conversationId).stream()
                .map(p -> new PlanSummary(p.id(), p.conversationId(), p.status(), p.urgent(), p.createdAt(), p.preferredName()))
                .toList();
    }

    @Transactional(readOnly = true)
    PlanView get(String id) {
        CarePlan plan = plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
        return PlanView.of(plan, json.readValue(plan.document(), PlanContent.class));
    }
}
