package org.whatmatters.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.staff.StaffAccounts;
import org.whatmatters.staff.StaffRole;
import org.whatmatters.support.Chat;
import org.whatmatters.support.TestApp;
import tools.jackson.databind.JsonNode;

/** Every status code of the web chat and staff APIs, against the real service. */
class ConversationApiIntegrationTests {

    private static TestApp app;

    @BeforeAll
    static void startService() {
        app = TestApp.inMemory().start();
        app.bean(StaffAccounts.class).create("linkworker", "link-worker-password", StaffRole.LINK_WORKER);
    }

    @AfterAll
    static void stopService() {
        app.close();
    }

    @Test
    void startingAConversationReturns201WithIdTokenAndFirstQuestion() {
        TestApp.Response r = app.post("/api/conversations", "{}", null);

        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.get("id").asString()).isNotBlank();
        assertThat(body.get("token").asString()).hasSizeGreaterThanOrEqualTo(22); // 128 bits or more, base64
        assertThat(body.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("safety").isNull()).isTrue();
        JsonNode last = body.get("replies").get(body.get("replies").size() - 1);
        assertThat(last.get("text").asString()).contains("Is that OK?");
        assertThat(last.get("options").toString()).contains("Yes", "No");
    }

    @Test
    void decliningConsentRecordsTheRefusalWithTheWordingVersion() {
        Chat chat = Chat.start(app, null);
        chat.say("no thank you");

        ConversationSnapshot stored = app.bean(ConversationService.class).snapshot(chat.id());
        assertThat(stored.state()).isEqualTo(ConversationState.ENDED);
        assertThat(stored.consent().given()).isFalse();
        assertThat(stored.consent().version()).isEqualTo("consent-2026-11-v1");
        assertThat(stored.consent().at()).isNotNull();
    }

    @Test
    void askingForAPersonFlagsTheConversationForACallBack() {
        Chat chat = Chat.start(app, null);
        chat.say("yes");
        assertThat(app.bean(ConversationService.class).snapshot(chat.id()).needsPerson()).isFalse();

        chat.say("can someone ring me instead");

        assertThat(chat.replies()).contains("asked a link worker to contact you");
        assertThat(app.bean(ConversationService.class).snapshot(chat.id()).needsPerson()).isTrue();
    }

    @Test
    void aRiskMarksTheConversationUrgentAndStoresTheWordsThatRaisedIt() {
        Chat chat = Chat.start(app, null);
        chat.say("yes");
        JsonNode r = chat.say("my partner hits me");

        assertThat(r.get("safety").get("category").asString()).isEqualTo("ABUSE");
        assertThat(chat.replies()).contains("0808 2000 247");
        ConversationSnapshot stored = app.bean(ConversationService.class).snapshot(chat.id());
        assertThat(stored.urgent()).isTrue();
        assertThat(stored.safetyFlags()).singleElement().satisfies(f -> assertThat("my partner hits me").contains(f.matchedText()));
        assertThat(chat.state()).isEqualTo("ACTIVE");
        List<String> helpInTranscript = new ArrayList<>();
        chat.transcript().get("messages").forEach(m -> {
            if (m.get("safety").asBoolean()) {
                helpInTranscript.add(m.get("text").asString());
            }
        });
        assertThat(helpInTranscript).singleElement().satisfies(t -> assertThat(t).contains("0808 2000 247"));
    }

    @Test
    void tokensAreDifferentForEveryConversation() {
        String a = app.post("/api/conversations", "{}", null).json().get("token").asString();
        String b = app.post("/api/conversations", "{}", null).json().get("token").asString();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aNamedFlowCanBeStartedAndAnUnknownOneIsRefused() {
        TestApp.Response checkIn = app.post("/api/conversations", "{\"flow\":\"check-in\"}", null);
        assertThat(checkIn.status()).isEqualTo(201);
        assertThat(checkIn.body()).contains("check in");

        TestApp.Response unknown = app.post("/api/conversations", "{\"flow\":\"no-such-flow\"}", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("no-such-flow", "what-matters");
    }

    @Test
    void sendingAMessageReturns200WithRepliesAndState() {
        Chat chat = Chat.start(app, null);
        JsonNode r = chat.say("yes");
        assertThat(r.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(chat.replies()).contains("What would you like me to call you?");
        assertThat(r.get("safety").isNull()).isTrue();
    }

    @Test
    void aWrongOrMissingTokenLooksLikeAnUnknownConversation() {
        Chat chat = Chat.start(app, null);
        String path = "/api/conversations/" + chat.id();
        String body = "{\"text\":\"yes\"}";

        TestApp.Response wrong = app.post(path + "/messages", body, TestApp.bearer("not-the-token"));
        TestApp.Response missing = app.post(path + "/messages", body, null);
        TestApp.Response unknown = app.post("/api/conversations/00000000-0000-0000-0000-000000000000/messages", body, TestApp.bearer(chat.token()));
        TestApp.Response readWrong = app.get(path, TestApp.bearer("not-the-token"));
        TestApp.Response otherConversationsToken = app.get(path, TestApp.bearer(Chat.start(app, null).token()));

        for (TestApp.Response r : List.of(wrong, missing, unknown, readWrong, otherConversationsToken)) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
            assertThat(r.json().get("detail").asString()).doesNotContainIgnoringCase("token");
        }
        assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        assertThat(wrong.json().get("title")).isEqualTo(unknown.json().get("title"));
        assertThat(chat.transcript().get("messages").size()).as("nothing stored").isEqualTo(2);
    }

    @Test
    void badMessagesGet400ProblemDetailsAndNothingIsStored() {
        Chat chat = Chat.start(app, null);
        String path = "/api/conversations/" + chat.id() + "/messages";
        String auth = TestApp.bearer(chat.token());
        int before = chat.transcript().get("messages").size();

        TestApp.Response empty = app.post(path, "{\"text\":\"\"}", auth);
        TestApp.Response blank = app.post(path, "{\"text\":\"   \"}", auth);
        TestApp.Response absent = app.post(path, "{}", auth);
        TestApp.Response tooLong = app.post(path, TestApp.json(Map.of("text", "a".repeat(2001))), auth);
        TestApp.Response notJson = app.post(path, "{text: yes", auth);

        for (TestApp.Response r : List.of(empty, blank, absent, tooLong, notJson)) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
            JsonNode problem = r.json();
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).isNotBlank();
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("org.whatmatters").doesNotContain("at org.");
        }
        assertThat(tooLong.json().get("detail").asString()).contains("2000");
        assertThat(chat.transcript().get("messages").size()).isEqualTo(before);

        TestApp.Response exactlyTheLimit = app.post(path, TestApp.json(Map.of("text", "y".repeat(1999) + "!")), auth);
        assertThat(exactlyTheLimit.status()).isEqualTo(200);
    }

    @Test
    void aFinishedConversationRefusesMoreMessagesWith409() {
        Chat chat = Chat.start(app, null);
        chat.say("no");
        assertThat(chat.state()).isEqualTo("ENDED");

        TestApp.Response r = chat.sendRaw("hello?");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("state").asString()).isEqualTo("ENDED");
    }

    @Test
    void theTranscriptListsEveryMessageInAndOutInOrder() {
        Chat chat = Chat.start(app, null);
        chat.say("yes");
        chat.say("Ann");

        JsonNode t = chat.transcript();
        assertThat(t.get("id").asString()).isEqualTo(chat.id());
        assertThat(t.get("state").asString()).isEqualTo("ACTIVE");
        List<String> directions = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        t.get("messages").forEach(m -> {
            directions.add(m.get("direction").asString());
            ids.add(m.get("id").asLong());
            assertThat(m.get("at").asString()).isNotBlank();
        });
        assertThat(directions).containsExactly("OUT", "OUT", "IN", "OUT", "IN", "OUT");
        assertThat(ids).isSorted();
        assertThat(t.get("messages").get(2).get("text").asString()).isEqualTo("yes");
    }

    @Test
    void twoMessagesPostedTogetherAreBothStoredAndAnsweredInOrder() throws Exception {
        for (int round = 0; round < 5; round++) {
            Chat chat = Chat.start(app, null);
            chat.say("yes");
            chat.say("Lee");
            // Two answers sent at the same moment to the "what matters" question and its loop.
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<TestApp.Response>> sent = new ArrayList<>();
                for (String text : List.of("my dog", "my books")) {
                    sent.add(pool.submit(() -> {
                        go.await();
                        return chat.sendRaw(text);
                    }));
                }
                go.countDown();
                for (Future<TestApp.Response> f : sent) {
                    assertThat(f.get().status()).isEqualTo(200);
                }
            } finally {
                pool.shutdown();
            }
            JsonNode messages = chat.transcript().get("messages");
            List<String> texts = new ArrayList<>();
            messages.forEach(m -> texts.add(m.get("direction").asString() + ":" + m.get("text").asString()));
            int first = Math.min(texts.indexOf("IN:my dog"), texts.indexOf("IN:my books"));
            int second = Math.max(texts.indexOf("IN:my dog"), texts.indexOf("IN:my books"));
            assertThat(first).isPositive();
            // Each inbound message is followed by its own reply before the next inbound one is handled.
            assertThat(texts.get(first + 1)).startsWith("OUT:").contains("anything else");
            assertThat(second).isGreaterThan(first + 1);
            assertThat(texts.get(second + 1)).startsWith("OUT:").contains("anything else");
            assertThat(texts.stream().filter(s -> s.startsWith("IN:"))).hasSize(4);
        }
    }

    @Test
    void staffPlansNeedAStaffLoginAndNeverAcceptAConversationToken() {
        Chat chat = Chat.start(app, null);

        assertThat(app.get("/api/plans", null).status()).isEqualTo(401);
        assertThat(app.get("/api/plans", TestApp.bearer(chat.token())).status()).isEqualTo(401);
        assertThat(app.get("/api/plans", TestApp.basic(TestApp.ADMIN, "wrong-password")).status()).isEqualTo(401);
        assertThat(app.get("/api/plans/anything", null).status()).isEqualTo(401);
        assertThat(app.get("/api/plans", TestApp.admin()).status()).isEqualTo(200);
        assertThat(app.get("/api/plans", TestApp.basic("linkworker", "link-worker-password")).status()).isEqualTo(200);
        assertThat(app.get("/api/plans", null).header("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void withoutATwilioAuthTokenTheSmsAndPhoneWebhooksAreOffAndStoreNothing() {
        String form = "From=%2B447700900999&To=%2B447700900000&Body=hello&MessageSid=SM1";
        for (String path : List.of("/twilio/sms", "/twilio/voice", "/twilio/voice/answer")) {
            TestApp.Response r = app.postForm(path, form);
            assertThat(r.status()).as(path).isEqualTo(503);
            assertThat(r.body()).contains("TWILIO_AUTH_TOKEN");
        }
        assertThat(app.bean(ConversationService.class).latestFor("+447700900999")).isEmpty();
    }

    @Test
    void pagesThatDoNotExistAreNotFoundWithoutALoginPrompt() {
        TestApp.Response r = app.get("/no-such-page", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("WWW-Authenticate")).isNull();
    }

    @Test
    void aConversationCanBeStartedWithNoBodyAtAll() {
        TestApp.Response r = app.post("/api/conversations", "", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("Is that OK?");
    }

    @Test
    void planQueriesAnswerWithClearErrors() {
        assertThat(app.get("/api/plans/does-not-exist", TestApp.admin()).status()).isEqualTo(404);
        TestApp.Response badStatus = app.get("/api/plans?status=NOPE", TestApp.admin());
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("detail").asString()).contains("NOPE");
    }

    @Test
    void completedConversationsAppearInTheDraftListWithTheirName() {
        Chat chat = Chat.start(app, null);
        for (String text : List.of("yes", "Kim", "my family", "no", "skip", "skip", "skip", "skip", "skip",
                "skip", "skip", "skip", "skip", "skip", "no", "yes")) {
            chat.say(text);
        }
        assertThat(chat.state()).isEqualTo("COMPLETED");

        JsonNode drafts = app.get("/api/plans?status=DRAFT", TestApp.admin()).json();
        List<String> conversations = new ArrayList<>();
        drafts.forEach(p -> {
            conversations.add(p.get("conversationId").asString());
            assertThat(p.has("id") && p.has("status") && p.has("urgent") && p.has("createdAt") && p.has("preferredName")).isTrue();
        });
        assertThat(conversations).contains(chat.id());
        JsonNode plan = chat.plan();
        assertThat(plan.get("person").get("preferredName").asString()).isEqualTo("Kim");
        assertThat(plan.get("reviewDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(app.get("/api/plans?status=APPROVED", TestApp.admin()).body()).doesNotContain(chat.id());
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        TestApp.Response docs = app.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/conversations", "/api/conversations/{id}/messages", "/api/plans/{id}");
    }

    @Test
    void theChatPageIsServedWithStrictSecurityHeaders() {
        TestApp.Response page = app.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<main").contains("chat.js");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
