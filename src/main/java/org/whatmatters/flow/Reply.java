package org.whatmatters.flow;

import java.util.List;

/**
 * One message to the person, with quick-reply options where the question has them.
 *
 * @param prompt what the question expects; null when the message asks nothing
 */
public record Reply(String text, List<String> options, Prompt prompt) {

    public Reply {
        options = List.copyOf(options);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), null);
    }

    public boolean isQuestion() {
        return prompt != null;
    }
}
