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
import org.whatmatters.support.TwilioFake;
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
    private static TwilioFake twilio;

    @BeforeAll
    static void startService() {
        twilio = new TwilioFake();
        app = twilio.configure(TestApp.database(data.resolve("transcripts").toString())).start();
    }

    @AfterAll
    static void stopService() {
        app.close();
        twilio.close();
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptPlaysThrough() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(TRANSCRIPTS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            for (String channel : channels(file)) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " by " + channel, () -> replay(file, channel)));
            }
        }
        assertThat(tests.stream().filter(t -> t.getDisplayName().endsWith("by sms"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(tests.stream().filter(t -> t.getDisplayName().endsWith("by voice"))).hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private static List<String> channels(Path file) {
        Object listed = load(file).get("channels");
        return listed == null ? List.of("web", "sms", "voice") : (List<String>) listed;
    }

    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void replay(Path file, String channel) {
        Map<String, Object> script = load(file);
        List<Map<String, Object>> turns = (List<Map<String, Object>>) script.get("turns");
        Driver person = Driver.of(channel, app, twilio);
        person.start((String) script.get("flow"));
        for (int i = 0; i < turns.size(); i++) {
            Map<String, Object> turn = turns.get(i);
            String where = file.getFileName() + " by " + channel + " turn " + (i + 1);
            if (Boolean.TRUE.equals(turn.get("restart"))) {
                app.restart();
                continue;
            }
            if (turn.containsKey("via")) {
                person.via(String.valueOf(turn.get("via")));
            }
            if (Boolean.TRUE.equals(turn.get("resend"))) {
                person.resend();
            }
            if (Boolean.TRUE.equals(turn.get("silence"))) {
                person.silence();
            }
            if (turn.containsKey("say")) {
                String text = String.valueOf(turn.get("say"));
                int expectedStatus = turn.containsKey("status") ? (Integer) turn.get("status") : 200;
                if (expectedStatus != 200) {
                    // Only web chat answers a finished conversation with an error; by SMS or phone a new message starts anew.
                    if (channel.equals("web")) {
                        int before = person.transcript().size();
                        TestApp.Response r = ((Driver.Web) person).chat().sendRaw(text);
                        assertThat(r.status()).as(where + ": " + r.body()).isEqualTo(expectedStatus);
                        assertThat(r.header("Content-Type")).as(where).contains("application/problem+json");
                        assertThat(person.transcript().size()).as(where + ": nothing stored from a refused message").isEqualTo(before);
                    }
                    continue;
                }
                person.say(text);
            }
            String replies = person.replies();
            for (String expected : strings(turn.get("expect"))) {
                assertThat(replies).as(where + " replies").containsIgnoringCase(expected);
            }
            for (String expected : strings(turn.get("texted"))) {
                assertThat(person.texted()).as(where + " texted through the REST API").containsIgnoringCase(expected);
            }
            for (String unwanted : strings(turn.get("not"))) {
                assertThat(replies).as(where + " replies").doesNotContainIgnoringCase(unwanted);
            }
            if (turn.containsKey("state")) {
                assertThat(person.state()).as(where + " state").isEqualTo(turn.get("state"));
            }
            if (turn.containsKey("safety")) {
                assertThat(person.safety()).as(where + " safety").isEqualTo(turn.get("safety"));
            }
        }
        checkPlan(file.getFileName() + " by " + channel, person, script.get("plan"));
    }

    @SuppressWarnings("unchecked")
    private static void checkPlan(String name, Driver person, Object expected) {
        String where = name + " plan";
        if (expected == null) {
            return;
        }
        if ("none".equals(expected)) {
            TestApp.Response list = app.get("/api/plans?conversationId=" + person.conversationId(), TestApp.admin());
            assertThat(list.json().size()).as(where + ": no plan expected").isZero();
            return;
        }
        Map<String, Object> plan = (Map<String, Object>) expected;
        JsonNode actual = Chat.plan(app, person.conversationId());
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
        everyItemHasEvidenceFrom(person.transcript(), actual, where);
    }

    /** Every item must point at inbound messages of this very conversation. */
    static void everyItemHasEvidenceFrom(List<Transcript.Entry> transcript, JsonNode plan, String where) {
        Set<Long> inbound = new HashSet<>();
        transcript.stream().filter(m -> m.direction() == Direction.IN).forEach(m -> inbound.add(m.id()));
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
