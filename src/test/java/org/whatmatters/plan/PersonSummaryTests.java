package org.whatmatters.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.nlp.Readability;

class PersonSummaryTests {

    private static List<Item> items(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> Item.of(t, List.of(1L))).toList();
    }

    private static PlanContent plan(String name, List<Item> matters, List<Item> strengths, List<Item> needs, List<Item> goals) {
        return new PlanContent(new PlanContent.Person(name), matters, strengths, needs, goals, List.of(), List.of(), List.of(),
                new PlanContent.Wellbeing(null, null, null, null), List.of(), new PlanContent.Safety(false, List.of(), "c"), null, null, null, null, null);
    }

    @Test
    void saysWhatThePlanHoldsInPlainShortSentences() {
        String summary = PersonSummary.write(plan("Jo", items("my grandchildren"), items("I can knit"),
                items("money is tight", "the stairs are hard"), items("walk to the park by summer")), 2);
        assertThat(summary).startsWith("Thank you for talking with us, Jo.")
                .contains("You told us about two things that are hard right now.")
                .contains("Your goal is: walk to the park by summer.")
                .contains("We found two groups near you that might help.")
                .endsWith("You can change anything in it.");
        assertThat(Readability.grade(summary)).isLessThanOrEqualTo(PersonSummary.MAX_GRADE);
    }

    @Test
    void staysEasyToReadWhateverThePersonSaidOrIsCalled() {
        // long, technical goals and unusual names are left out rather than make the summary hard to read
        List<PlanContent> plans = List.of(
                plan(null, List.of(), List.of(), List.of(), List.of()),
                plan("Maximilianopoulos", items("x"), List.of(), items("a"), List.of()),
                plan("Sam", items("a"), items("b"), items("c"), items("Obtain comprehensive multidisciplinary rehabilitation "
                        + "and occupational therapy reassessment regarding deteriorating mobility")),
                plan("Sam", items("a"), items("b"), items("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
                        items("get my independence back after the operation, particularly regarding transportation")));
        for (PlanContent p : plans) {
            String summary = PersonSummary.write(p, 3);
            assertThat(Readability.grade(summary)).as(summary).isLessThanOrEqualTo(PersonSummary.MAX_GRADE);
            assertThat(summary).doesNotContain("comprehensive", "transportation");
        }
    }
}
