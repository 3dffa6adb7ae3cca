package org.whatmatters.plan;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.community.CommunityService;
import org.whatmatters.community.Directory;
import org.whatmatters.conversation.ConversationSnapshot;
import org.whatmatters.conversation.Direction;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.Readability;
import org.whatmatters.nlp.TextAnalyzer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Improves a rule-based draft with a language model, strictly grounded in the person's own messages. One call per
 * plan (two when the first answer is not valid JSON and one repair is asked for). What the model may change: the
 * wording and grouping of what matters, strengths, needs and goals (with 1 to 3 actions per goal), which of the
 * candidate community services to suggest, and the person's summary. Everything else (wellbeing scores, consent,
 * contact preferences, support network, safety flags and contingency) comes from the rule-based draft, never from
 * the model. Every item the model proposes must cite messages of this conversation that the person sent, and say
 * what they say (enough of its words appear in them, or it is close to them in meaning); anything else is dropped
 * and listed as not kept. A person's item the model left out is kept from the rule-based draft, so nothing they
 * said is lost.
 */
final class LlmDrafter {

    static final String NAME = "llm";
    /** Share of an item's content words that must appear in the messages it cites. */
    static final double WORD_SUPPORT = 0.5;
    /** Or: how close in meaning (all-MiniLM-L6-v2) the item must be to the messages it cites. */
    static final double MEANING_SUPPORT = 0.6;
    /** Candidate services offered to the model. */
    static final int CANDIDATES = 8;

    private static final Logger log = LoggerFactory.getLogger(LlmDrafter.class);
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{7,}\\d");
    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "have", "has", "had", "was", "are", "you",
            "your", "i'm", "i've", "i'll", "will", "would", "can", "could", "get", "got", "want", "like", "more", "some", "about", "into",
            "from", "they", "them", "their", "there", "what", "when", "where", "just", "really", "very", "also", "being", "been", "me",
            "my", "myself", "our", "out", "not", "but", "all", "any", "one", "its", "it's", "than", "then", "too", "who", "how");
    private static final List<String> SECTIONS = List.of("whatMatters", "strengths", "needs", "goals");

    /** What came of trying: the improved content, or the reason the rule-based draft stays. */
    record Outcome(Optional<PlanContent> content, String fallback) {
        static Outcome fallback(String reason) {
            return new Outcome(Optional.empty(), reason);
        }
    }

    private final LlmClient client;
    private final PromptTemplates prompts;
    private final LlmSettings settings;
    private final Directory directory;
    private final Embeddings embeddings;
    private final TextAnalyzer analyzer;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    LlmDrafter(LlmClient client, PromptTemplates prompts, LlmSettings settings, Directory directory, Embeddings embeddings,
               TextAnalyzer analyzer, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.client = client;
        this.prompts = prompts;
        this.settings = settings;
        this.directory = directory;
        this.embeddings = embeddings;
        this.analyzer = analyzer;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    Outcome improve(ConversationSnapshot snapshot, PlanContent rules) {
        if (!client.available()) {
            return fallback("the circuit is open after repeated failures");
        }
        Map<Long, String> said = new LinkedHashMap<>();
        snapshot.messages().stream().filter(m -> m.direction() == Direction.IN && m.text() != null && !m.text().isBlank())
                .forEach(m -> said.put(m.id(), masked(m.text())));
        if (said.isEmpty()) {
            return fallback("the person sent no messages");
        }
        List<CommunityService> candidates = candidates(rules);
        String name = settings.includePreferredName() && rules.person() != null && rules.person().preferredName() != null
                ? rules.person().preferredName() : "not given";
        String user = prompts.user(Map.of("name", name,
                "messages", said.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().replace('\n', ' ')).collect(Collectors.joining("\n")),
                "services", candidates.isEmpty() ? "(none)" : candidates.stream().map(s -> s.id() + ": " + s.name() + " - " + s.description())
                        .collect(Collectors.joining("\n"))));
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(prompts.system()), UserMessage.from(user)));
        if (log.isDebugEnabled()) {
            log.debug("LLM prompt for conversation {} ({}):\n{}", snapshot.id(), prompts.version(), user);
        }

        long started = clock.millis();
        int in = 0;
        int out = 0;
        String model = settings.model();
        JsonNode answer = null;
        String problem = null;
        for (int attempt = 0; attempt < 2 && answer == null; attempt++) {
            LlmClient.Completion c;
            try {
                meters.counter("whatmatters.llm.calls", "provider", settings.provider()).increment();
                c = client.complete(messages, settings.jsonSchema() ? FORMAT : ResponseFormat.JSON);
            } catch (LlmClient.Unavailable e) {
                meters.counter("whatmatters.llm.failures", "provider", settings.provider()).increment();
                client.outcome(false);
                return fallback(e.getMessage());
            }
            in += c.inputTokens();
            out += c.outputTokens();
            model = c.model();
            if (log.isDebugEnabled()) {
                log.debug("LLM answer for conversation {}:\n{}", snapshot.id(), masked(String.valueOf(c.text())));
            }
            try {
                answer = parse(c.text());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
                messages.add(AiMessage.from(c.text() == null ? "" : c.text()));
                messages.add(UserMessage.from("That answer could not be used: " + problem
                        + ". Answer again with JSON only, exactly matching the schema, citing only the message ids given."));
            }
        }
        long latency = clock.millis() - started;
        meters.timer("whatmatters.llm.latency", "provider", settings.provider()).record(java.time.Duration.ofMillis(latency));
        if (answer == null) {
            meters.counter("whatmatters.llm.failures", "provider", settings.provider()).increment();
            client.outcome(false);
            return fallback("the model's answer was not valid JSON twice (" + problem + ")");
        }
        client.outcome(true);
        PlanContent content = ground(answer, said, rules, candidates, new PlanContent.Drafting(NAME, model, prompts.version(), latency, in, out, null));
        meters.counter("whatmatters.llm.items.dropped").increment(content.drafting().notKept().size());
        return new Outcome(Optional.of(content), null);
    }

    private Outcome fallback(String reason) {
        meters.counter("whatmatters.llm.fallbacks").increment();
        return Outcome.fallback(reason);
    }

    /** The services whose themes and meaning match the draft's needs, what matters and goals: all the model may pick. */
    private List<CommunityService> candidates(PlanContent rules) {
        List<Directory.Interest> interests = new ArrayList<>();
        for (List<Item> section : List.of(rules.needs(), rules.whatMatters(), rules.goals())) {
            section.forEach(i -> interests.add(new Directory.Interest(i.text(), i.themes())));
        }
        return directory.match(interests, CANDIDATES).stream().map(Directory.Match::service).toList();
    }

    /** Phone numbers never go to the model (or into the debug log). */
    static String masked(String text) {
        return PHONE.matcher(text).replaceAll("[number]");
    }

    /** The answer as JSON with the expected sections; a message saying what is wrong otherwise. */
    JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the answer was empty");
        }
        String t = text.strip();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```(json)?", "").replaceFirst("```$", "").strip();
        }
        JsonNode root;
        try {
            root = json.readTree(t);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        for (String section : SECTIONS) {
            if (root.has(section) && !root.get(section).isArray()) {
                throw new IllegalArgumentException("'" + section + "' must be a list");
            }
        }
        return root;
    }

    private PlanContent ground(JsonNode answer, Map<Long, String> said, PlanContent rules, List<CommunityService> candidates,
                               PlanContent.Drafting drafting) {
        List<PlanContent.NotKept> notKept = new ArrayList<>();
        Map<String, List<Item>> kept = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            List<Item> items = new ArrayList<>();
            for (JsonNode node : answer.path(section)) {
                String text = node.path("text").asString("").strip();
                List<Long> evidence = ids(node.path("evidence"));
                if (text.isEmpty()) {
                    continue;
                }
                String why = unsupported(text, evidence, said);
                if (why != null) {
                    notKept.add(new PlanContent.NotKept(section, text, why));
                    continue;
                }
                Item item = Item.of(text, evidence).analysed(analyzer.analyse(text));
                if (section.equals("goals")) {
                    List<String> actions = new ArrayList<>();
                    node.path("actions").forEach(a -> {
                        if (!a.asString("").isBlank() && actions.size() < 3) {
                            actions.add(a.asString().strip());
                        }
                    });
                    item = item.withActions(actions, null);
                }
                items.add(item);
            }
            kept.put(section, withWhatWasLeftOut(items, rules.section(Section.fromKey(section).orElseThrow())));
        }

        // the groups the person named stay; the directory suggestions are the model's to choose, from the candidates
        List<Item> connections = new ArrayList<>(rules.communityConnections().stream()
                .filter(c -> directory.services().stream().noneMatch(s -> s.suggestedIn(c.text()))).toList());
        Set<String> picked = new HashSet<>();
        for (JsonNode node : answer.path("communityConnections")) {
            String id = node.path("serviceId").asString("");
            Optional<CommunityService> service = candidates.stream().filter(s -> s.id().equals(id)).findFirst();
            List<Long> evidence = ids(node.path("evidence"));
            if (service.isEmpty()) {
                notKept.add(new PlanContent.NotKept("communityConnections", id, "not one of the services offered from the directory"));
            } else if (evidence.isEmpty() || !said.keySet().containsAll(evidence)) {
                notKept.add(new PlanContent.NotKept("communityConnections", service.get().name(), "cites a message the person did not send"));
            } else if (picked.add(id)) {
                CommunityService s = service.get();
                connections.add(new Item(s.summary(), evidence, s.themes(), null, null, null, Item.SUGGESTED, null, null, null, null));
            }
        }

        String summary = answer.path("summary").asString("").strip();
        if (summary.isEmpty() || Readability.grade(summary) > PersonSummary.MAX_GRADE || PHONE.matcher(summary).find()) {
            if (!summary.isEmpty()) {
                notKept.add(new PlanContent.NotKept("summary", summary, "harder to read than a reading age of 11; the plain summary is used"));
            }
            summary = rules.summary();
        }
        return new PlanContent(rules.person(), kept.get("whatMatters"), kept.get("strengths"), kept.get("needs"), kept.get("goals"),
                rules.progress(), rules.supportNetwork(), connections, rules.wellbeing(), rules.preferences(), rules.safety(), rules.consent(),
                rules.source(), rules.reviewDate(), summary,
                drafting.withNotKept(notKept));
    }

    /** The model's items, then any of the rule-based draft's whose messages none of the model's items cites. */
    private static List<Item> withWhatWasLeftOut(List<Item> items, List<Item> rules) {
        Set<Long> cited = items.stream().flatMap(i -> i.evidence().stream()).collect(Collectors.toSet());
        List<Item> out = new ArrayList<>(items);
        rules.stream().filter(r -> !r.evidence().isEmpty() && !cited.containsAll(r.evidence())).forEach(out::add);
        return out;
    }

    /** Null when the cited messages exist, are the person's and say what the item says; otherwise why not. */
    String unsupported(String text, List<Long> evidence, Map<Long, String> said) {
        if (evidence.isEmpty()) {
            return "cites no message";
        }
        if (!said.keySet().containsAll(evidence)) {
            return "cites a message the person did not send in this conversation";
        }
        String cited = evidence.stream().map(said::get).collect(Collectors.joining(" "));
        Set<String> words = content(text);
        Set<String> source = content(cited);
        long shared = words.stream().filter(w -> source.stream().anyMatch(s -> stem(s).equals(stem(w)))).count();
        if (!words.isEmpty() && (double) shared / words.size() >= WORD_SUPPORT) {
            return null;
        }
        if (embeddings != null && Embeddings.similarity(embeddings.embed(text.toLowerCase(Locale.ROOT)),
                embeddings.embed(cited.toLowerCase(Locale.ROOT))) >= MEANING_SUPPORT) {
            return null;
        }
        return "the messages it cites do not say this";
    }

    private static Set<String> content(String text) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String stem(String w) {
        return w.replaceAll("(ing|ed|es|s|ly)$", "");
    }

    private static List<Long> ids(JsonNode node) {
        List<Long> ids = new ArrayList<>();
        node.forEach(n -> {
            if (n.canConvertToLong()) {
                ids.add(n.asLong());
            } else if (n.isString() && n.asString().strip().matches("\\d{1,18}")) {
                ids.add(Long.parseLong(n.asString().strip()));
            }
        });
        return ids.stream().distinct().toList();
    }

    private static final ResponseFormat FORMAT = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder()
            .name("care_plan_draft").rootElement(JsonObjectSchema.builder()
                    .addProperty("whatMatters", items(false))
                    .addProperty("strengths", items(false))
                    .addProperty("needs", items(false))
                    .addProperty("goals", items(true))
                    .addProperty("communityConnections", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                            .addStringProperty("serviceId", "the id of one of the services listed")
                            .addProperty("evidence", evidence())
                            .required("serviceId", "evidence").additionalProperties(false).build()).build())
                    .addStringProperty("summary", "3 to 6 short, plain sentences to the person")
                    .required("whatMatters", "strengths", "needs", "goals", "communityConnections", "summary")
                    .additionalProperties(false).build())
            .build()).build();

    private static JsonArraySchema items(boolean goal) {
        JsonObjectSchema.Builder item = JsonObjectSchema.builder()
                .addStringProperty("text", goal ? "the goal, in the person's words, specific and owned by them" : "one idea, in the person's words")
                .addProperty("evidence", evidence());
        if (goal) {
            item.addProperty("actions", JsonArraySchema.builder().description("1 to 3 actions: who does what")
                    .items(JsonStringSchema.builder().build()).build());
            item.required("text", "evidence", "actions");
        } else {
            item.required("text", "evidence");
        }
        return JsonArraySchema.builder().items(item.additionalProperties(false).build()).build();
    }

    private static JsonArraySchema evidence() {
        return JsonArraySchema.builder().description("ids of the person's messages this comes from")
                .items(JsonIntegerSchema.builder().build()).build();
    }
}
