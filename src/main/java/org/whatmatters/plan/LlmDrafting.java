package org.whatmatters.plan;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.whatmatters.community.Directory;
import org.whatmatters.conversation.ConversationService;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.TextAnalyzer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the language-model drafter after a conversation's plan has been drafted by the rules and stored, on its own
 * thread, so the person's last reply never waits for it. When it succeeds, its draft replaces the rule-based one
 * (unless a link worker has started on the plan); when anything fails, the rule-based draft simply stays. With
 * {@code LLM_PROVIDER=none} it does nothing at all.
 */
@Component
class LlmDrafting {

    private static final Logger log = LoggerFactory.getLogger(LlmDrafting.class);

    private final LlmDrafter drafter;
    private final PlanService plans;
    private final ConversationService conversations;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor executor;

    LlmDrafting(LlmSettings settings, PlanService plans, ConversationService conversations, Directory directory, Embeddings embeddings,
                TextAnalyzer analyzer, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.plans = plans;
        this.conversations = conversations;
        this.meters = meters;
        if (settings.chosen() == LlmSettings.Provider.NONE) {
            this.drafter = null;
            this.executor = null;
            return;
        }
        PromptTemplates prompts = PromptTemplates.load(settings.promptVersion());
        this.drafter = new LlmDrafter(new LlmClient(LlmClient.model(settings), settings, clock), prompts, settings, directory, embeddings,
                analyzer, json, clock, meters);
        // one draft at a time; a burst waits its turn, and beyond 200 waiting the rule-based drafts stand
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200), r -> {
            Thread t = new Thread(r, "llm-drafter");
            t.setDaemon(true);
            return t;
        });
        log.info("Plans will be drafted by a language model ({}, model {}, prompt {}), with the rule-based drafter as fallback",
                settings.provider(), settings.model(), prompts.version());
    }

    boolean enabled() {
        return drafter != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPlanDrafted(PlanDrafted event) {
        if (drafter == null) {
            return;
        }
        try {
            executor.execute(() -> improve(event));
        } catch (RejectedExecutionException e) {
            meters.counter("whatmatters.llm.fallbacks").increment();
            log.warn("Plan {} stays with the rule-based draft: too many plans are waiting for the language model", event.planId());
        }
    }

    /** Drafts one plan with the model, now, on the calling thread. */
    void improve(PlanDrafted event) {
        try {
            Optional<PlanDrafted.Draft> draft = plans.draft(event.planId());
            if (draft.isEmpty() || !draft.get().replaceable()) {
                return;
            }
            LlmDrafter.Outcome outcome = drafter.improve(conversations.snapshot(event.conversationId()), draft.get().content());
            if (outcome.content().isEmpty()) {
                log.info("Plan {} stays with the rule-based draft: {}", event.planId(), outcome.fallback());
                return;
            }
            PlanContent content = outcome.content().get();
            PlanContent.Drafting d = content.drafting();
            String change = "Drafted again by a language model (" + d.model() + ", prompt " + d.promptVersion() + "); "
                    + d.notKept().size() + " proposed item(s) not kept";
            if (plans.redraft(event.planId(), draft.get().version(), content, LlmDrafter.NAME, change)) {
                log.info("Plan {} drafted by the language model in {} ms ({} tokens in, {} out, {} item(s) not kept)", event.planId(),
                        d.latencyMs(), d.inputTokens(), d.outputTokens(), d.notKept().size());
            } else {
                log.info("Plan {} changed while the language model was drafting; its draft was not used", event.planId());
            }
        } catch (RuntimeException e) {
            meters.counter("whatmatters.llm.fallbacks").increment();
            log.warn("Plan {} stays with the rule-based draft: the language-model drafter failed ({})", event.planId(), e.getClass().getSimpleName());
        }
    }

    /** Waits for drafts already handed over (for tests and orderly shut-down). */
    boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (executor != null && (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty())) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
