package org.whatmatters.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A person chatting through the web chat API. */
public final class Chat {

    private final TestApp app;
    private final String id;
    private final String token;
    private JsonNode last;

    private Chat(TestApp app, String id, String token, JsonNode first) {
        this.app = app;
        this.id = id;
        this.token = token;
        this.last = first;
    }

    public static Chat start(TestApp app, String flow) {
        TestApp.Response r = app.post("/api/conversations", flow == null ? "{}" : TestApp.json(Map.of("flow", flow)), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode body = r.json();
        return new Chat(app, body.get("id").asString(), body.get("token").asString(), body);
    }

    public TestApp.Response sendRaw(String text) {
        return app.post("/api/conversations/" + id + "/messages", TestApp.json(Map.of("text", text)), TestApp.bearer(token));
    }

    /** Sends a message and returns the response body; fails unless the answer is 200. */
    public JsonNode say(String text) {
        TestApp.Response r = sendRaw(text);
        assertThat(r.status()).as("reply to '%s': %s", text, r.body()).isEqualTo(200);
        last = r.json();
        return last;
    }

    public JsonNode last() {
        return last;
    }

    public List<String> replyTexts() {
        List<String> texts = new ArrayList<>();
        last.get("replies").forEach(r -> texts.add(r.get("text").asString()));
        return texts;
    }

    public String replies() {
        return String.join("\n", replyTexts());
    }

    public String state() {
        return last.get("state").asString();
    }

    public JsonNode transcript() {
        TestApp.Response r = app.get("/api/conversations/" + id, TestApp.bearer(token));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** The plan drafted for this conversation, read through the staff API. */
    public JsonNode plan() {
        return plan(app, id);
    }

    /** The plan drafted for a conversation, read through the staff API. */
    public static JsonNode plan(TestApp app, String id) {
        TestApp.Response list = app.get("/api/plans?conversationId=" + id, TestApp.admin());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().size()).as("plans for conversation").isEqualTo(1);
        TestApp.Response plan = app.get("/api/plans/" + list.json().get(0).get("id").asString(), TestApp.admin());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        return plan.json();
    }
}
