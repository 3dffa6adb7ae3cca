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

    PlanService(Plans plans, PlanVersions versions, ConversationService conversations, FlowRegistry flows, JsonMapper json, Clock clock,
            PlanSettings settings, org.whatmatters.nlp.TextAnalyzer analyzer, org.whatmatters.community.Directory directory) {
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
    }
}
