package org.whatmatters.flow;

import java.util.List;

/**
 * One answer the person gave.
 *
 * @param text the person's own words
 * @param value what the answer means: yes/no, the option chosen, the number, or the text itself
 * @param evidence ids of the inbound messages it came from
 */
public record Answer(String slot, String step, String text, String value, List<Long> evidence, boolean skipped) {

    public Answer {
        evidence = List.copyOf(evidence);
    }

    static Answer skipped(Step step, long messageId) {
        return new Answer(step.slot(), step.id(), null, null, List.of(messageId), true);
    }
}
