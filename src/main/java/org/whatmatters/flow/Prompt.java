package org.whatmatters.flow;

/**
 * What the question in a reply expects, so a channel can add the right hint ("Reply YES or NO",
 * "press 1") and map key presses to answers.
 */
public record Prompt(Expect expect, int min, int max, boolean optional) {

    static Prompt of(Step step) {
        return new Prompt(step.expect(), step.min(), step.max(), step.optional());
    }
}
