package org.whatmatters.plan;

import java.util.ArrayList;
import java.util.List;
import org.whatmatters.nlp.Readability;

/**
 * The short summary of a plan written for the person, by the rule-based drafter: plain, warm and short, at a
 * reading age of 9 to 11 (Flesch-Kincaid grade 6 or below). It says only what the plan holds; of the person's own
 * words it quotes just their first goal, and only when that keeps the summary easy to read.
 */
final class PersonSummary {

    /** The hardest a summary may read: Flesch-Kincaid grade 6, a UK reading age of about 11. */
    static final double MAX_GRADE = 6;

    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    private PersonSummary() {}

    static String write(PlanContent plan, int suggested) {
        List<String> sentences = new ArrayList<>();
        String name = plan.person() == null ? null : plan.person().preferredName();
        sentences.add(name == null || name.isBlank() ? "Thank you for talking with us." : "Thank you for talking with us, " + name.strip() + ".");
        if (!plan.whatMatters().isEmpty()) {
            sentences.add("You told us what matters to you.");
        }
        if (!plan.strengths().isEmpty()) {
            sentences.add("You told us what is going well.");
        }
        if (!plan.needs().isEmpty()) {
            sentences.add(plan.needs().size() == 1 ? "You told us about one thing that is hard right now."
                    : "You told us about " + number(plan.needs().size()) + " things that are hard right now.");
        }
        int goalAt = sentences.size();
        if (!plan.goals().isEmpty()) {
            sentences.add("You set a goal.");
        }
        if (suggested > 0) {
            sentences.add(suggested == 1 ? "We found one group near you that might help."
                    : "We found " + number(suggested) + " groups near you that might help.");
        }
        sentences.add("Your link worker will go through this plan with you.");
        sentences.add("You can change anything in it.");
        if (!plan.goals().isEmpty()) {
            // the person's own goal, quoted, if it keeps the summary easy to read
            String goal = plan.goals().get(0).text().strip().replaceAll("[.!?]+$", "");
            List<String> withGoal = new ArrayList<>(sentences);
            withGoal.set(goalAt, "Your goal is: " + goal + ".");
            // the sentence itself must be easy too: a few easy sentences around it would hide one hard one
            if (goal.split("\\s+").length <= 12 && Readability.grade(withGoal.get(goalAt)) <= MAX_GRADE
                    && Readability.grade(String.join(" ", withGoal)) <= MAX_GRADE) {
                sentences = withGoal;
            }
        }
        String summary = String.join(" ", sentences);
        if (Readability.grade(summary) > MAX_GRADE && name != null) {
            // an unusual name alone can tip a very short summary over: leave it out rather than read harder
            sentences.set(0, "Thank you for talking with us.");
            summary = String.join(" ", sentences);
        }
        return summary;
    }

    private static String number(int n) {
        return n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }
}
