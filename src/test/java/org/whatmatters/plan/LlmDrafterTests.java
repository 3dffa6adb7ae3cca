package org.whatmatters.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whatmatters.community.Directory;
import org.whatmatters.conversation.ConversationSnapshot;
import org.whatmatters.conversation.ConversationState;
import org.whatmatters.conversation.Direction;
import org.whatmatters.conversation.Transcript;
import org.whatmatters.flow.Answer;
import org.whatmatters.flow.Channel;
import org.whatmatters.flow.Flow;
import org.whatmatters.flow.FlowRegistry;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.Readability;
import org.whatmatters.nlp.Taxonomy;
import org.whatmatters.nlp.TextAnalyzer;
import tools.jackson.databind.json.JsonMapper;

/** The language-model drafter against WireMock playing the OpenAI-compatible and Ollama APIs. No network, no key. */
class LlmDrafterTests {

    private static final Flow FLOW = FlowRegistry.loadFolder(Path.of("conversation-flows")).stream()
            .filter(f -> f.id().equals("what-matters")).findFirst().orElseThrow();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(Taxonomy.load(), Embeddings.shared());
    private static final Directory DIRECTORY = Directory.load(
            ANALYZER.taxonomy().keys(), Embeddings.shared());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PHONE = "+447700900123";

    private WireMockServer server;
    private SimpleMeterRegistry meters;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private LlmSettings settings(String provider, String path, Duration timeout, int retries, int breakerFailures) {
        return new LlmSettings(provider, server.baseUrl() + path, "test-model", "sk-test", timeout, 800, 0.1, retries, Duration.ofMillis(10),
                breakerFailures, Duration.ofMinutes(5), false, "plan-draft-v1", !provider.endsWith("-json-mode"));
    }

    private LlmDrafter drafter(LlmSettings s) {
        if (s.provider().endsWith("-json-mode")) {
            s = new LlmSettings(s.provider().replace("-json-mode", ""), s.baseUrl(), s.model(), s.apiKey(), s.timeout(), s.maxTokens(),
                    s.temperature(), s.retries(), s.backoff(), s.breakerFailures(), s.breakerOpenFor(), false, s.promptVersion(), false);
        }
        return new LlmDrafter(new LlmClient(LlmClient.model(s), s, Clock.systemUTC()), PromptTemplates.load(s.promptVersion()), s, DIRECTORY,
                Embeddings.shared(), ANALYZER, JSON, Clock.systemUTC(), meters);
    }

    private LlmDrafter openAi() {
        return drafter(settings("openai", "/v1", Duration.ofSeconds(5), 2, 3));
    }

    private static Transcript.Entry in(long id, String text) {
        return new Transcript.Entry(id, Direction.IN, text, false, OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    /** A finished conversation: what matters, a need, a goal, and a message with a phone number in it. */
    private static ConversationSnapshot snapshot() {
        List<Answer> answers = List.of(
                new Answer("what_matters", "what-matters", "my garden and my grandkids", "my garden and my grandkids", List.of(11L), false),
                new Answer("needs", "needs", "i feel lonely since my wife died, i dont see anyone for days", "", List.of(12L), false),
                new Answer("goal", "goal", "get back to the allotment by spring", "", List.of(13L), false),
                new Answer("contact_method", "contact", "ring me on 07700 900123", "Phone call", List.of(14L), false));
        List<Transcript.Entry> messages = List.of(in(11, "my garden and my grandkids"),
                new Transcript.Entry(50, Direction.OUT, "Thank you. What is hard for you at the moment?", false, OffsetDateTime.of(2026, 11, 1, 10, 0, 30, 0, ZoneOffset.UTC)),
                in(12, "i feel lonely since my wife died, i dont see anyone for days"), in(13, "get back to the allotment by spring"),
                in(14, "ring me on 07700 900123"));
        return new ConversationSnapshot("c1", "what-matters", 1, Channel.SMS, ConversationState.COMPLETED,
                OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC), answers, messages, List.of(),
                new ConversationSnapshot.Consent("consent-2026-11-v1", true, OffsetDateTime.of(2026, 11, 1, 10, 1, 0, 0, ZoneOffset.UTC)), false, false, PHONE, null);
    }

    private static PlanContent rules() {
        return new RuleBasedDrafter(Period.ofWeeks(6), ZoneId.of("Europe/London"), ANALYZER, DIRECTORY).draft(snapshot(), FLOW);
    }

    private static final String GOOD = """
            {"whatMatters":[{"text":"My garden","evidence":[11]},{"text":"My grandchildren","evidence":[11]}],
             "strengths":[],
             "needs":[{"text":"I feel lonely since my wife died","evidence":[12]}],
             "goals":[{"text":"Get back to the allotment by spring","evidence":[13],
                       "actions":["I will ring the allotment society","My link worker will find out about half plots"]}],
             "communityConnections":[{"serviceId":"allotment-society","evidence":[13]}],
             "summary":"Thank you for talking with us. Your garden and your family matter to you. You feel lonely. You want to get back to the allotment. We can help with that."}
            """;

    private static String openAiBody(String content) {
        return JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "test-model-2026",
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content), "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 321, "completion_tokens", 123, "total_tokens", 444)));
    }

    private List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    private static void noPhoneNumberIn(List<LoggedRequest> requests) {
        assertThat(requests).isNotEmpty().allSatisfy(r -> assertThat(r.getBodyAsString())
                .doesNotContain(PHONE).doesNotContain("07700 900123").doesNotContain("7700900123"));
    }

    @Test
    void aGoodDraftIsKeptWithWhatDraftedItAndWhatItCost() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD))));

        LlmDrafter.Outcome outcome = openAi().improve(snapshot(), rules());

        PlanContent plan = outcome.content().orElseThrow();
        assertThat(plan.whatMatters()).extracting(Item::text).containsExactly("My garden", "My grandchildren");
        assertThat(plan.needs()).extracting(Item::text).containsExactly("I feel lonely since my wife died");
        assertThat(plan.goals()).singleElement().satisfies(g -> {
            assertThat(g.evidence()).containsExactly(13L);
            assertThat(g.actions()).containsExactly("I will ring the allotment society", "My link worker will find out about half plots");
        });
        assertThat(plan.communityConnections()).extracting(Item::text).anyMatch(t -> t.startsWith("Westbrook Allotment Society: "));
        assertThat(plan.summary()).startsWith("Thank you for talking with us. Your garden");
        assertThat(Readability.grade(plan.summary())).isLessThanOrEqualTo(6);
        assertThat(plan.drafting()).satisfies(d -> {
            assertThat(d.drafter()).isEqualTo("llm");
            assertThat(d.model()).isEqualTo("test-model-2026");
            assertThat(d.promptVersion()).isEqualTo("plan-draft-v1");
            assertThat(d.inputTokens()).isEqualTo(321);
            assertThat(d.outputTokens()).isEqualTo(123);
            assertThat(d.notKept()).isEmpty();
        });
        // never from the model: wellbeing, consent, preferences, safety
        PlanContent rules = rules();
        assertThat(plan.preferences()).isEqualTo(rules.preferences());
        assertThat(plan.consent()).isEqualTo(rules.consent());
        assertThat(plan.safety()).isEqualTo(rules.safety());

        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(1);
        noPhoneNumberIn(sent);
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(sent.get(0).getBodyAsString()).contains("\"json_schema\"").contains("care_plan_draft").contains("11: my garden and my grandkids")
                .contains("[number]").doesNotContain("Thank you. What is hard").doesNotContain("c1");
        assertThat(meters.counter("whatmatters.llm.calls", "provider", "openai").count()).isEqualTo(1);
    }

    @Test
    void aServerWithOnlyJsonModeGetsJsonModeAndTheAnswerIsStillChecked() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD))));

        PlanContent plan = drafter(settings("openai-json-mode", "/v1", Duration.ofSeconds(5), 0, 3)).improve(snapshot(), rules()).content().orElseThrow();

        assertThat(plan.whatMatters()).extracting(Item::text).containsExactly("My garden", "My grandchildren");
        assertThat(requests()).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                .contains("\"json_object\"").doesNotContain("json_schema"));
        noPhoneNumberIn(requests());
    }

    @Test
    void anItemCitingAMessageThatDoesNotExistIsDroppedAndShownAsNotKept() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD.replace(
                "{\"text\":\"My grandchildren\",\"evidence\":[11]}", "{\"text\":\"My grandchildren\",\"evidence\":[999]}")))));

        PlanContent plan = openAi().improve(snapshot(), rules()).content().orElseThrow();

        assertThat(plan.whatMatters()).extracting(Item::text).containsExactly("My garden");
        assertThat(plan.drafting().notKept()).singleElement().satisfies(n -> {
            assertThat(n.section()).isEqualTo("whatMatters");
            assertThat(n.text()).isEqualTo("My grandchildren");
            assertThat(n.reason()).contains("did not send");
        });
        assertThat(meters.counter("whatmatters.llm.items.dropped").count()).isEqualTo(1);
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void anItemCitingARealMessageThatDoesNotSayItIsDropped() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD.replace(
                "\"strengths\":[]", "\"strengths\":[{\"text\":\"I am a qualified electrician and run marathons\",\"evidence\":[12]}]")))));

        PlanContent plan = openAi().improve(snapshot(), rules()).content().orElseThrow();

        assertThat(plan.strengths()).extracting(Item::text).doesNotContain("I am a qualified electrician and run marathons");
        assertThat(plan.drafting().notKept()).singleElement().satisfies(n -> {
            assertThat(n.section()).isEqualTo("strengths");
            assertThat(n.reason()).isEqualTo("the messages it cites do not say this");
        });
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void malformedJsonGetsOneRepairAttemptWithTheErrorThenTheRepairIsUsed() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("repair").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(openAiBody("{\"whatMatters\": [ {\"text\": \"My garden\", ")))
                .willSetStateTo("repaired"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("repair").whenScenarioStateIs("repaired")
                .willReturn(okJson(openAiBody(GOOD))));

        PlanContent plan = openAi().improve(snapshot(), rules()).content().orElseThrow();

        assertThat(plan.whatMatters()).extracting(Item::text).containsExactly("My garden", "My grandchildren");
        assertThat(plan.drafting().inputTokens()).isEqualTo(642);
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getBodyAsString()).contains("not valid JSON").contains("Answer again with JSON only");
        noPhoneNumberIn(sent);
    }

    @Test
    void malformedTwiceFallsBackToTheRuleBasedDraft() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody("Here is your plan: garden, family."))));

        LlmDrafter.Outcome outcome = openAi().improve(snapshot(), rules());

        assertThat(outcome.content()).isEmpty();
        assertThat(outcome.fallback()).contains("not valid JSON twice");
        assertThat(requests()).hasSize(2);
        assertThat(meters.counter("whatmatters.llm.fallbacks").count()).isEqualTo(1);
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void aModelThatDoesNotAnswerInTimeFallsBack() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD)).withFixedDelay(1500)));

        LlmDrafter.Outcome outcome = drafter(settings("openai", "/v1", Duration.ofMillis(300), 1, 3)).improve(snapshot(), rules());

        assertThat(outcome.content()).isEmpty();
        assertThat(outcome.fallback()).isEqualTo("the model did not answer in time");
        assertThat(requests()).hasSize(2); // the first try and one retry
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void aRateLimitIsRetriedAndThenTheDraftIsUsed() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"))
                .willSetStateTo("ok"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(openAiBody(GOOD))));

        assertThat(openAi().improve(snapshot(), rules()).content()).isPresent();
        assertThat(requests()).hasSize(2);
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void serverErrorsOpenTheCircuitSoLaterPlansGoStraightToTheRules() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"down\"}")));
        LlmDrafter drafter = drafter(settings("openai", "/v1", Duration.ofSeconds(2), 1, 2));

        assertThat(drafter.improve(snapshot(), rules()).fallback()).isEqualTo("the model answered HTTP 500");
        assertThat(drafter.improve(snapshot(), rules()).fallback()).isEqualTo("the model answered HTTP 500");
        int calls = requests().size();
        assertThat(calls).isEqualTo(4); // two drafts, each tried twice

        LlmDrafter.Outcome third = drafter.improve(snapshot(), rules());
        assertThat(third.fallback()).contains("circuit is open");
        assertThat(requests()).hasSize(calls);
        assertThat(meters.counter("whatmatters.llm.failures", "provider", "openai").count()).isEqualTo(2);
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void azureOpenAiIsCalledAtItsV1EndpointWithTheKeyInItsOwnHeader() {
        server.stubFor(post(urlEqualTo("/openai/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD))));

        assertThat(drafter(settings("azure-openai", "/openai/v1", Duration.ofSeconds(5), 0, 3)).improve(snapshot(), rules()).content()).isPresent();

        List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/openai/v1/chat/completions")));
        assertThat(sent).singleElement().satisfies(r -> assertThat(r.getHeader("api-key")).isEqualTo("sk-test"));
        noPhoneNumberIn(sent);
    }

    @Test
    void ollamaDraftsThroughItsOwnApi() {
        server.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(JSON.writeValueAsString(Map.of("model", "llama3.2",
                "created_at", "2026-11-23T10:00:00Z", "message", Map.of("role", "assistant", "content", GOOD), "done", true,
                "done_reason", "stop", "prompt_eval_count", 300, "eval_count", 100)))));

        PlanContent plan = drafter(settings("ollama", "", Duration.ofSeconds(5), 0, 3)).improve(snapshot(), rules()).content().orElseThrow();

        assertThat(plan.needs()).extracting(Item::text).containsExactly("I feel lonely since my wife died");
        assertThat(plan.drafting().inputTokens()).isEqualTo(300);
        assertThat(plan.drafting().outputTokens()).isEqualTo(100);
        List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/api/chat")));
        noPhoneNumberIn(sent);
        assertThat(sent.get(0).getBodyAsString()).contains("\"format\"");
    }

    @Test
    void aServiceOutsideTheCandidatesAndAHardSummaryAreNotKept() {
        String hard = "Comprehensive multidisciplinary assessment indicates substantial psychosocial vulnerability necessitating "
                + "individualised therapeutic interventions.";
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD
                .replace("\"serviceId\":\"allotment-society\"", "\"serviceId\":\"harley-street-clinic\"")
                .replaceAll("\"summary\":\"[^\"]*\"", "\"summary\":\"" + hard + "\"")))));

        PlanContent rules = rules();
        PlanContent plan = openAi().improve(snapshot(), rules).content().orElseThrow();

        assertThat(plan.communityConnections()).extracting(Item::text).noneMatch(t -> t.toLowerCase().contains("harley"));
        assertThat(plan.communityConnections()).allSatisfy(c -> assertThat(DIRECTORY.services()).anyMatch(s -> c.text().startsWith(s.name())));
        assertThat(plan.summary()).isEqualTo(rules.summary());
        assertThat(Readability.grade(plan.summary())).isLessThanOrEqualTo(6);
        assertThat(plan.drafting().notKept()).extracting(PlanContent.NotKept::section).containsExactlyInAnyOrder("communityConnections", "summary");
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }

    @Test
    void whatThePersonSaidThatTheModelLeftOutIsKeptFromTheRules() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(openAiBody(GOOD.replace(
                "\"needs\":[{\"text\":\"I feel lonely since my wife died\",\"evidence\":[12]}]", "\"needs\":[]")))));

        PlanContent plan = openAi().improve(snapshot(), rules()).content().orElseThrow();

        assertThat(plan.needs()).extracting(Item::evidence).contains(List.of(12L));
        noPhoneNumberIn(server.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
    }
}
