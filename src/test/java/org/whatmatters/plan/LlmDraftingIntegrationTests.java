package org.whatmatters.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.staff.StaffAccounts;
import org.whatmatters.staff.StaffRole;
import org.whatmatters.support.Drafts;
import org.whatmatters.support.StaffBrowser;
import org.whatmatters.support.TestApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service with LLM_PROVIDER=openai against WireMock: a finished conversation's plan is drafted by the rules
 * at once, then again by the model in the background, and the review page shows what drafted it and what was not
 * kept. The model's answer cites the real message ids, read from the prompt it was sent.
 */
class LlmDraftingIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer model;
    private static TestApp app;

    @BeforeAll
    static void start() {
        model = new WireMockServer(wireMockConfig().dynamicPort());
        model.start();
        stubGoodAnswer();
        app = TestApp.inMemory().with("whatmatters.llm.provider", "openai").with("whatmatters.llm.base-url", model.baseUrl() + "/v1")
                .with("whatmatters.llm.model", "wm-test-model").with("whatmatters.llm.api-key", "sk-test").start();
        app.bean(StaffAccounts.class).create("lee.lw", "lee-password-12345", StaffRole.LINK_WORKER);
    }

    /** A good answer, citing the real ids of the messages it quotes, read from the prompt. */
    private static void stubGoodAnswer() {
        String content = "{\"whatMatters\":[{\"text\":\"My grandchildren\",\"evidence\":[{{regexExtract request.body '([0-9]+): My grandchildren' 'g'}}{{g.0}}]}],"
                + "\"strengths\":[{\"text\":\"I am good at baking\",\"evidence\":[{{regexExtract request.body '([0-9]+): I.m good at baking' 'b'}}{{b.0}}]},"
                + "{\"text\":\"I won a national baking prize\",\"evidence\":[{{b.0}}]}],"
                + "\"needs\":[],\"goals\":[{\"text\":\"Walk to the shops by summer\",\"evidence\":[{{regexExtract request.body '([0-9]+): walk to the shops' 'w'}}{{w.0}}]"
                + ",\"actions\":[\"I will walk to the corner each day\"]}],\"communityConnections\":[],"
                + "\"summary\":\"Thank you for talking with us. Your family matters to you. You want to walk to the shops.\"}";
        String body = JSON.writeValueAsString(Map.of("id", "c", "object", "chat.completion", "created", 1, "model", "wm-test-model",
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content), "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 900, "completion_tokens", 210, "total_tokens", 1110)));
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body).withTransformers("response-template")));
    }

    @AfterAll
    static void stop() {
        app.close();
        model.stop();
    }

    @Test
    void theModelRedraftsThePlanInTheBackgroundAndTheReviewerSeesWhatDraftedItAndWhatWasNotKept() throws Exception {
        String id = Drafts.plan(app, "Ada", false);
        assertThat(app.bean(LlmDrafting.class).awaitIdle(20_000)).isTrue();

        JsonNode plan = app.get("/api/plans/" + id, TestApp.admin()).json();
        assertThat(plan.get("drafter").asString()).isEqualTo("llm");
        assertThat(plan.get("drafting").get("model").asString()).isEqualTo("wm-test-model");
        assertThat(plan.get("drafting").get("promptVersion").asString()).isEqualTo("plan-draft-v1");
        assertThat(plan.get("drafting").get("inputTokens").asInt()).isEqualTo(900);
        assertThat(plan.get("goals").get(0).get("actions").get(0).asString()).isEqualTo("I will walk to the corner each day");
        assertThat(plan.get("strengths").toString()).contains("I am good at baking").doesNotContain("national baking prize");
        assertThat(plan.get("drafting").get("notKept").get(0).get("text").asString()).isEqualTo("I won a national baking prize");
        // the rule-based needs the model left out are kept; wellbeing never comes from the model
        assertThat(plan.get("needs").toString()).contains("My knees are bad");
        assertThat(plan.get("wellbeing").get("lifeSatisfaction").asInt()).isEqualTo(6);

        StaffBrowser b = new StaffBrowser(app);
        b.signIn("lee.lw", "lee-password-12345");
        String page = b.get("/dashboard/plans/" + id).body();
        assertThat(page).contains("Drafted by a language model", "wm-test-model", "900 tokens in", "I won a national baking prize");
        assertThat(b.get("/dashboard/plans/" + id + "/history").body()).contains("drafter:llm");

        assertThat(model.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))).hasSize(1)
                .allSatisfy(r -> assertThat(r.getBodyAsString()).doesNotContain("+44").contains("My grandchildren"));
    }

    @Test
    void whenTheModelIsDownThePlanStaysWithTheRuleBasedDraftAndThePersonNoticesNothing() throws Exception {
        model.resetRequests();
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"overloaded\"}")));
        try {
            String id = Drafts.plan(app, "Bo", false);
            assertThat(app.bean(LlmDrafting.class).awaitIdle(30_000)).isTrue();

            JsonNode plan = app.get("/api/plans/" + id, TestApp.admin()).json();
            assertThat(plan.get("drafter").asString()).isEqualTo("rules");
            assertThat(plan.get("drafting").isNull()).isTrue();
            assertThat(plan.get("needs").toString()).contains("My knees are bad");
            assertThat(plan.get("summary").asString()).startsWith("Thank you for talking with us");
            assertThat(model.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))).hasSize(3); // one try, two retries
        } finally {
            model.resetMappings();
            stubGoodAnswer(); // for any test that runs after this one
        }
    }
}
