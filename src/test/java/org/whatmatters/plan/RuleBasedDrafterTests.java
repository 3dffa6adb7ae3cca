package org.whatmatters.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.conversation.ConversationSnapshot;
import org.whatmatters.conversation.ConversationState;
import org.whatmatters.flow.Answer;
import org.whatmatters.flow.Channel;
import org.whatmatters.flow.Flow;
import org.whatmatters.flow.FlowRegistry;
import org.whatmatters.safety.SafetyCategory;
import org.whatmatters.safety.SafetyLevel;

class RuleBasedDrafterTests {

    private static final Flow FLOW = FlowRegistry.loadFolder(Path.of("conversation-flows")).stream()
            .filter(f -> f.id().equals("what-matters")).findFirst().orElseThrow();
    private final RuleBasedDrafter drafter = new RuleBasedDrafter(Period.ofWeeks(6), ZoneId.of("Europe/London"), new org.whatmatters.nlp.TextAnalyzer(org.whatmatters.nlp.Taxonomy.load()));

    private static Answer text(String slot, String step, String text, long message) {
        return new Answer(slot, step, text, text, List.of(message), false);
    }

    private static ConversationSnapshot snapshot(List<Answer> answers, List<ConversationSnapshot.Flag> flags) {
        return new ConversationSnapshot("c1", "what-matters", 1, Channel.WEB, ConversationState.COMPLETED,
                OffsetDateTime.of(2026, 3, 30, 23, 30, 0, 0, ZoneOffset.UTC), answers, List.of(), flags,
                new ConversationSnapshot.Consent("consent-2026-11-v1", true, OffsetDateTime.of(2026, 3, 30, 23, 31, 0, 0, ZoneOffset.UTC)),
                !flags.isEmpty(), false, null, null);
    }

    @Test
    void splitsAnswersIntoItemsThatKeepThePersonsWordsAndTheirEvidence() {
        PlanContent plan = drafter.draft(snapshot(List.of(
                new Answer("preferred_name", "name", "call me Jo please", "Jo", List.of(3L), false),
                text("what_matters", "what-matters", "My grandchildren. Getting out to the shops on my own.", 5L),
                text("what_matters_more", "what-matters-more", "my garden", 7L),
                text("needs", "needs", "Money is tight. My stairs are hard.", 9L),
                text("goal", "goal", "Walk to the park by summer", 11L),
                new Answer("ons_anxiety", "anxiety", "about a 3", "3", List.of(13L), false),
                new Answer("contact_method", "contact", "2", "Phone call", List.of(15L), false),
                text("communication_needs", "communication", "I need large print", 17L)), List.of()), FLOW);

        assertThat(plan.person().preferredName()).isEqualTo("Jo");
        assertThat(plan.whatMatters()).extracting(Item::text)
                .containsExactly("My grandchildren", "Getting out to the shops on my own", "my garden");
        assertThat(plan.whatMatters()).extracting(Item::evidence).containsExactly(List.of(5L), List.of(5L), List.of(7L));
        assertThat(plan.needs()).extracting(Item::text).containsExactly("Money is tight", "My stairs are hard");
        assertThat(plan.goals()).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo("Walk to the park by summer");
            assertThat(g.actions()).isEmpty();
        });
        assertThat(plan.wellbeing().anxiety()).isEqualTo(3);
        assertThat(plan.wellbeing().lifeSatisfaction()).isNull();
        assertThat(plan.preferences()).extracting(Item::text).containsExactly("Preferred contact: Phone call", "I need large print");
        assertThat(plan.consent().version()).isEqualTo("consent-2026-11-v1");
        assertThat(plan.safety().urgent()).isFalse();
        assertThat(plan.summary()).startsWith("Thank you for talking with us, Jo.").contains("Your goal is: Walk to the park by summer.");
        assertThat(org.whatmatters.nlp.Readability.grade(plan.summary())).isLessThanOrEqualTo(6);
    }

    @Test
    void suggestsDirectoryServicesForWhatThePersonSaidCitingTheirMessagesAndNotRepeatingOnesTheyNamed() {
        var analyzer = new org.whatmatters.nlp.TextAnalyzer(org.whatmatters.nlp.Taxonomy.load(), org.whatmatters.nlp.Embeddings.shared());
        var directory = org.whatmatters.community.Directory.load(
                analyzer.taxonomy().keys(),
                org.whatmatters.nlp.Embeddings.shared());
        RuleBasedDrafter withDirectory = new RuleBasedDrafter(Period.ofWeeks(6), ZoneId.of("Europe/London"), analyzer, directory);
        PlanContent plan = withDirectory.draft(snapshot(List.of(
                text("what_matters", "what-matters", "my garden, i love being out there", 5L),
                text("needs", "needs", "I feel lonely since my wife died, I don't see anyone for days", 9L),
                text("community", "community", "I go to Knit and Natter on Thursdays", 11L)), List.of()), FLOW);

        List<Item> suggested = plan.communityConnections().stream().filter(i -> i.evidence().stream().noneMatch(e -> e == 11L)).toList();
        assertThat(plan.communityConnections()).first().extracting(Item::text).isEqualTo("I go to Knit and Natter on Thursdays");
        assertThat(suggested).hasSizeBetween(1, RuleBasedDrafter.SUGGESTIONS).allSatisfy(i -> {
            assertThat(i.decision()).isEqualTo(Item.SUGGESTED);
            assertThat(i.evidence()).isNotEmpty().isSubsetOf(5L, 9L);
            assertThat(directory.services()).anyMatch(s -> i.text().startsWith(s.name() + ": ") && i.themes().equals(s.themes()));
        });
        assertThat(suggested).extracting(Item::text).noneMatch(t -> t.startsWith("Knit and Natter"));
        assertThat(suggested).anyMatch(i -> i.evidence().contains(9L)).anyMatch(i -> i.evidence().contains(5L));
    }

    @Test
    void answersThatSayThereIsNothingDoNotBecomeItems() {
        PlanContent plan = drafter.draft(snapshot(List.of(
                text("needs", "needs", "nothing really", 5L),
                text("communication_needs", "communication", "No thanks", 7L),
                text("support", "support", "nobody really", 9L)), List.of()), FLOW);

        assertThat(plan.needs()).isEmpty();
        assertThat(plan.preferences()).isEmpty();
        assertThat(plan.supportNetwork()).extracting(Item::text).containsExactly("nobody really");
    }

    @Test
    void skippedAnswersLeaveSectionsEmptyAndScoresNull() {
        PlanContent plan = drafter.draft(snapshot(List.of(
                new Answer("strengths", "strengths", null, null, List.of(5L), true),
                new Answer("ons_happiness", "happiness", null, null, List.of(6L), true)), List.of()), FLOW);

        assertThat(plan.strengths()).isEmpty();
        assertThat(plan.wellbeing().happiness()).isNull();
    }

    @Test
    void theReviewDateIsSixWeeksAfterTheConversationInLocalTime() {
        PlanContent plan = drafter.draft(snapshot(List.of(), List.of()), FLOW);
        // 23:30 UTC on 30 March 2026 is already 31 March in London (BST).
        assertThat(plan.reviewDate()).isEqualTo(LocalDate.of(2026, 3, 31).plusWeeks(6));
    }

    @Test
    void safetyFlagsCarryTheWordsTheirLevelAndAContingencyWithTheRightHelpline() {
        PlanContent plan = drafter.draft(snapshot(List.of(), List.of(
                new ConversationSnapshot.Flag(8L, SafetyLevel.URGENT, SafetyCategory.ABUSE, "he hits me"))), FLOW);

        assertThat(plan.safety().urgent()).isTrue();
        assertThat(plan.safety().flags()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("he hits me");
            assertThat(f.evidence()).containsExactly(8L);
            assertThat(f.level()).isEqualTo("URGENT");
            assertThat(f.category()).isEqualTo("ABUSE");
        });
        assertThat(plan.safety().contingency()).contains("999", "111", "116 123", "0808 2000 247");
    }

    @Test
    void itemsCarryThemesANeedMentionedElsewhereIsAlsoANeedAndFineIsNotANeed() {
        PlanContent plan = drafter.draft(snapshot(List.of(
                text("what_matters", "what-matters", "My garden. I'm so lonely since Bill died.", 5L),
                text("needs", "needs", "Money is fine. The damp in the flat is bad.", 7L),
                text("strengths", "strengths", "I used to sing in a choir", 9L),
                text("goal", "goal", "Join a walking group by Easter", 11L)), List.of()), FLOW);

        assertThat(plan.whatMatters()).extracting(Item::text).containsExactly("My garden", "I'm so lonely since Bill died");
        assertThat(plan.whatMatters().get(0).themes()).contains("hobbies-interests");
        assertThat(plan.needs()).extracting(Item::text).containsExactly("I'm so lonely since Bill died", "The damp in the flat is bad");
        assertThat(plan.needs().get(0).themes()).contains("loneliness", "bereavement");
        assertThat(plan.needs().get(0).evidence()).containsExactly(5L);
        assertThat(plan.needs().get(1).themes()).contains("housing");
        assertThat(plan.strengths()).singleElement().satisfies(s -> {
            assertThat(s.past()).isTrue();
            assertThat(s.themes()).contains("hobbies-interests");
        });
        assertThat(plan.goals()).singleElement().satisfies(g -> assertThat(g.timeframe()).isEqualTo("by Easter"));
    }
}
