package org.whatmatters.plan;


import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.whatmatters.community.CommunityService;
import org.whatmatters.community.Directory;
import org.whatmatters.conversation.ConversationSnapshot;
import org.whatmatters.flow.Answer;
import org.whatmatters.flow.Flow;
import org.whatmatters.flow.PlanField;
import org.whatmatters.flow.Step;
import org.whatmatters.nlp.Analysis;
import org.whatmatters.nlp.AnswerParser;
import org.whatmatters.nlp.People;
import org.whatmatters.nlp.Polarity;
import org.whatmatters.nlp.TextAnalyzer;
import org.whatmatters.safety.SafetyCategory;

/**
 * Drafts a plan from the answers alone: offline and deterministic. It only rearranges what the person
 * said (split into one idea per item) and never adds content of its own, except the fixed contingency text and
 * community connections suggested from the community services directory (each citing the messages it answers).
 */
final class RuleBasedDrafter {

    static final String NAME = "rules";

    private static final Pattern NOTHING = Pattern.compile(
            "(?i)^\\W*(no+|nope|nah|nothing( really| else)?|none|not really|no thanks?( you)?|n/?a|i'?m fine|all good|no,? (i'?m|that'?s) (fine|ok|okay|all))\\W*$");

    private final Period reviewAfter;
    private final ZoneId zone;
    private final TextAnalyzer analyzer;
    private final Directory directory;

    /** The most community services suggested in one plan. */
    static final int SUGGESTIONS = 3;

    /** Without a directory: no community services are suggested. */
    RuleBasedDrafter(Period reviewAfter, ZoneId zone, TextAnalyzer analyzer) {
        this(reviewAfter, zone, analyzer, null);
    }

    RuleBasedDrafter(Period reviewAfter, ZoneId zone, TextAnalyzer analyzer, Directory directory) {
        this.reviewAfter = reviewAfter;
        this.zone = zone;
        this.analyzer = analyzer;
        this.directory = directory;
    }

    PlanContent draft(ConversationSnapshot conversation, Flow flow) {
        Map<String, Step> steps = new LinkedHashMap<>();
        flow.steps().forEach(s -> steps.put(s.id(), s));
        Map<PlanField, List<Item>> sections = new EnumMap<>(PlanField.class);
        Map<PlanField, Integer> scores = new EnumMap<>(PlanField.class);
        String preferredName = null;

        for (Answer answer : conversation.answers()) {
            Step step = steps.get(answer.step());
            if (step == null || step.plan() == null || answer.skipped()) {
                continue;
            }
            PlanField field = step.plan();
            List<Long> evidence = answer.evidence();
            switch (field) {
                case PREFERRED_NAME -> preferredName = answer.value();
                case CONSENT -> { } // taken from the conversation's consent record
                case LIFE_SATISFACTION, WORTHWHILE, HAPPINESS, ANXIETY -> scores.put(field, Integer.valueOf(answer.value()));
                case CONTACT_METHOD -> add(sections, PlanField.CONTACT_METHOD, Item.of("Preferred contact: " + answer.value(), evidence));
                case GOALS -> items(answer.text()).forEach(t -> place(sections, field, Item.goal(t, evidence)));
                case COMMUNITY_CONNECTIONS -> {
                    if (!NOTHING.matcher(answer.text()).matches()) {
                        items(answer.text()).forEach(t -> place(sections, field, Item.connection(t, evidence)));
                    }
                }
                case SUPPORT_NETWORK -> items(answer.text()).forEach(t -> add(sections, field,
                        Item.of(t, evidence).analysed(analyzer.analyse(t)).withPeople(People.mentions(t))));
                default -> {
                    if (!NOTHING.matcher(answer.text()).matches()) {
                        items(answer.text()).forEach(t -> place(sections, field, Item.of(t, evidence)));
                    }
                }
            }
        }

        List<Item> preferences = new ArrayList<>();
        preferences.addAll(sections.getOrDefault(PlanField.CONTACT_METHOD, List.of()));
        preferences.addAll(sections.getOrDefault(PlanField.LANGUAGE, List.of()));
        preferences.addAll(sections.getOrDefault(PlanField.COMMUNICATION_NEEDS, List.of()));
        if (conversation.language() != null) {
            String name = new Locale(conversation.language().iso639_3()).getDisplayLanguage(Locale.UK);
            preferences.add(Item.of("Language: " + (name.isBlank() ? conversation.language().iso639_3() : name)
                    + " (detected; an interpreter was offered)", List.of(conversation.language().messageId())));
        }

        List<Item> flags = conversation.safetyFlags().stream()
                .map(f -> new Item(f.matchedText(), List.of(f.messageId()), List.of(), null, f.level().name(), f.category().name(), null, null, null, null, null))
                .toList();
        boolean abuse = conversation.safetyFlags().stream().anyMatch(f -> f.category() == SafetyCategory.ABUSE);

        LocalDate start = conversation.createdAt().atZoneSameInstant(zone).toLocalDate();
        List<Item> connections = connections(sections);
        PlanContent plan = new PlanContent(
                new PlanContent.Person(preferredName),
                sections.getOrDefault(PlanField.WHAT_MATTERS, List.of()),
                sections.getOrDefault(PlanField.STRENGTHS, List.of()),
                sections.getOrDefault(PlanField.NEEDS, List.of()),
                sections.getOrDefault(PlanField.GOALS, List.of()),
                sections.getOrDefault(PlanField.GOAL_PROGRESS, List.of()),
                sections.getOrDefault(PlanField.SUPPORT_NETWORK, List.of()),
                connections,
                new PlanContent.Wellbeing(scores.get(PlanField.LIFE_SATISFACTION), scores.get(PlanField.WORTHWHILE),
                        scores.get(PlanField.HAPPINESS), scores.get(PlanField.ANXIETY)),
                preferences,
                new PlanContent.Safety(conversation.urgent(), flags, Contingency.text(abuse)),
                new PlanContent.Consent(conversation.consent().version(), conversation.consent().given(), conversation.consent().at()),
                new PlanContent.Source(conversation.flowId(), conversation.flowVersion(),
                        conversation.channel().name().toLowerCase(Locale.ROOT), conversation.needsPerson()),
                start.plus(reviewAfter),
                null, null);
        int suggested = connections.size() - sections.getOrDefault(PlanField.COMMUNITY_CONNECTIONS, List.of()).size();
        return plan.withSummary(PersonSummary.write(plan, suggested));
    }

    /**
     * The groups and services the person named, then up to {@link #SUGGESTIONS} from the directory that match their
     * needs, what matters to them and their goals (needs first), each citing the messages it answers. A service
     * the person already named is not suggested again.
     */
    private List<Item> connections(Map<PlanField, List<Item>> sections) {
        List<Item> connections = new ArrayList<>(sections.getOrDefault(PlanField.COMMUNITY_CONNECTIONS, List.of()));
        if (directory == null) {
            return connections;
        }
        List<Item> sources = new ArrayList<>();
        for (PlanField field : List.of(PlanField.NEEDS, PlanField.WHAT_MATTERS, PlanField.GOALS)) {
            sections.getOrDefault(field, List.of()).stream().filter(i -> !Boolean.TRUE.equals(i.past())).forEach(sources::add);
        }
        List<Directory.Interest> interests = sources.stream().map(i -> new Directory.Interest(i.text(), i.themes())).toList();
        for (Directory.Match match : directory.match(interests, SUGGESTIONS)) {
            CommunityService service = match.service();
            String name = service.name().toLowerCase(Locale.ROOT);
            if (connections.stream().anyMatch(c -> c.text().toLowerCase(Locale.ROOT).contains(name))) {
                continue;
            }
            List<Long> evidence = match.because().stream().flatMap(i -> sources.get(i).evidence().stream()).distinct().sorted().toList();
            connections.add(new Item(service.summary(), evidence, service.themes(), null, null, null, Item.SUGGESTED, null, null, null, null));
        }
        return connections;
    }

    private static List<String> items(String text) {
        List<String> items = AnswerParser.items(text);
        return items.isEmpty() ? List.of(text.strip()) : items;
    }

    /**
     * Puts an item where it belongs: under the question it answers (unless it says that thing is fine,
     * when it is not a need), and also under needs when it describes a difficulty while answering another question.
     */
    private void place(Map<PlanField, List<Item>> sections, PlanField field, Item raw) {
        Analysis analysis = analyzer.analyse(raw.text());
        Item item = raw.analysed(analysis);
        if (field == PlanField.NEEDS && analysis.polarity() == Polarity.NEGATED) {
            return;
        }
        add(sections, field, item);
        boolean elsewhere = field == PlanField.WHAT_MATTERS || field == PlanField.GOALS || field == PlanField.COMMUNITY_CONNECTIONS;
        if (elsewhere && analysis.polarity() == Polarity.NEED && !analysis.past() && !analysis.themes().isEmpty()) {
            add(sections, PlanField.NEEDS, Item.of(raw.text(), raw.evidence()).analysed(analysis));
        }
    }

    private static void add(Map<PlanField, List<Item>> sections, PlanField field, Item item) {
        List<Item> section = sections.computeIfAbsent(field, f -> new ArrayList<>());
        boolean duplicate = section.stream().anyMatch(i -> i.text().equalsIgnoreCase(item.text()));
        if (!duplicate) {
            section.add(item);
        }
    }
}
