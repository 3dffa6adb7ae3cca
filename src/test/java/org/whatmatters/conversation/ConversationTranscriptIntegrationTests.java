package org.whatmatters.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.whatmatters.support.Chat;
import org.whatmatters.support.TestApp;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Replays every transcript in {@code src/test/resources/conversations} through the real service and
 * its web chat API, on a file database so that a transcript can restart the service mid-conversation.
 */
class ConversationTranscriptIntegrationTests {

    private static final Path TRANSCRIPTS = Path.of("src/test/resources/conversations");

    @TempDir
    static Path data;

    private static TestApp app;

    @BeforeAll
    static void startService() {
        app = TestApp.database(data.resolve("transcripts").toString()).start();
    }

    @AfterAll
    static void stopService() {
        app.close();
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptPlaysThrough() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(TRANSCRIPTS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
    }

    @SuppressWarnings("unchecked")
    private static void replay(Path file) {
        Map<String, Object> script;
        try {
            script = new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> turns = (List<Map<String, Object>>) script.get("turns");
        Chat chat = Chat.start(app, (String) script.get("flow"));
        for (int i = 0; i < turns.size(); i++) {
            Map<String, Object> turn = turns.get(i);
            String where = file.getFileName() + " turn " + (i + 1);
            if (Boolean.TRUE.equals(turn.get("restart"))) {
                app.restart();
                continue;
            }
            if (turn.containsKey("say")) {
                String text = String.valueOf(turn.get("say"));
                int expectedStatus = turn.containsKey("status") ? (Integer) turn.get("status") : 200;
                if (expectedStatus != 200) {
                    int before = chat.transcript().get("messages").size();
                    TestApp.Response r = chat.sendRaw(text);
                    assertThat(r.status()).as(where + ": " + r.body()).isEqualTo(expectedStatus);
                    assertThat(r.header("Content-Type")).as(where).contains("application/problem+json");
                    assertThat(chat.transcript().get("messages").size()).as(where + ": nothing stored from a refused message").isEqualTo(before);
                    continue;
                }
                chat.say(text);
            }
            String replies = chat.replies();
            for (String expected : strings(turn.get("expect"))) {
                assertThat(replies).as(where + " replies").containsIgnoringCase(expected);
            }
            for (String unwanted : strings(turn.get("not"))) {
                assertThat(replies).as(where + " replies").doesNotContainIgnoringCase(unwanted);
            }
            if (turn.containsKey("state")) {
                assertThat(chat.state()).as(where + " state").isEqualTo(turn.get("state"));
            }
            if (turn.containsKey("safety")) {
                JsonNode safety = chat.last().get("safety");
                if ("none".equals(turn.get("safety"))) {
                    assertThat(safety == null || safety.isNull()).as(where + " safety should be null, was " + safety).isTrue();
                } else {
                    assertThat(safety.get("level").asString()).as(where + " safety level").isEqualTo(turn.get("safety"));
                }
            }
        }
        checkPlan(file, chat, script.get("plan"));
    }

    @SuppressWarnings("unchecked")
    private static void checkPlan(Path file, Chat chat, Object expected) {
        String where = file.getFileName() + " plan";
        if (expected == null) {
            return;
        }
        if ("none".equals(expected)) {
            TestApp.Response list = app.get("/api/plans?conversationId=" + chat.id(), TestApp.admin());
            assertThat(list.json().size()).as(where + ": no plan expected").isZero();
            return;
        }
        Map<String, Object> plan = (Map<String, Object>) expected;
        JsonNode actual = chat.plan();
        assertThat(actual.get("status").asString()).as(where).isEqualTo("DRAFT");
        assertThat(actual.get("drafter").asString()).as(where).isEqualTo("rules");
        if (plan.containsKey("urgent")) {
            assertThat(actual.get("safety").get("urgent").asBoolean()).as(where + " urgent").isEqualTo(plan.get("urgent"));
        }
        if (plan.containsKey("preferredName")) {
            assertThat(actual.get("person").get("preferredName").asString()).as(where + " name").isEqualTo(plan.get("preferredName"));
        }
        Map<String, Object> wellbeing = (Map<String, Object>) plan.getOrDefault("wellbeing", Map.of());
        wellbeing.forEach((k, v) -> assertThat(actual.get("wellbeing").get(k).asInt()).as(where + " " + k).isEqualTo(v));
        Map<String, Object> sections = (Map<String, Object>) plan.getOrDefault("sections", Map.of());
        sections.forEach((section, texts) -> {
            List<String> items = itemTexts(actual.get(section));
            for (String text : strings(texts)) {
                assertThat(items).as(where + " " + section).anySatisfy(item -> assertThat(item).containsIgnoringCase(text));
            }
        });
        Map<String, Object> absent = (Map<String, Object>) plan.getOrDefault("absent", Map.of());
        absent.forEach((section, texts) -> {
            List<String> items = itemTexts(actual.get(section));
            for (String text : strings(texts)) {
                assertThat(items).as(where + " " + section).noneSatisfy(item -> assertThat(item).isEqualToIgnoringCase(text));
            }
        });
        for (String category : strings(plan.get("flags"))) {
            List<String> categories = new ArrayList<>();
            actual.get("safety").get("flags").forEach(f -> categories.add(f.get("category").asString()));
            assertThat(categories).as(where + " flags").contains(category);
        }
        everyItemHasEvidenceFrom(chat, actual, where);
    }

    /** Every item must point at inbound messages of this very conversation. */
    static void everyItemHasEvidenceFrom(Chat chat, JsonNode plan, String where) {
        Set<Long> inbound = new HashSet<>();
        chat.transcript().get("messages").forEach(m -> {
            if ("IN".equals(m.get("direction").asString())) {
                inbound.add(m.get("id").asLong());
            }
        });
        for (String section : List.of("whatMatters", "strengths", "needs", "goals", "progress", "supportNetwork", "communityConnections", "preferences")) {
            plan.get(section).forEach(item -> {
                assertThat(item.get("evidence").size()).as(where + " " + section + " evidence for " + item).isPositive();
                item.get("evidence").forEach(id -> assertThat(inbound).as(where + " evidence " + id).contains(id.asLong()));
            });
        }
        plan.get("safety").get("flags").forEach(flag ->
                flag.get("evidence").forEach(id -> assertThat(inbound).as(where + " flag evidence").contains(id.asLong())));
    }

    private static List<String> itemTexts(JsonNode section) {
        List<String> texts = new ArrayList<>();
        section.forEach(item -> texts.add(item.get("text").asString()));
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
