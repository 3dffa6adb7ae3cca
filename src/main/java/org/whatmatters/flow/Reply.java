package org.whatmatters.flow;

import java.util.List;

/** One message to the person, with quick-reply options where the question has them. */
public record Reply(String text, List<String> options) {

    public Reply {
        options = List.copyOf(options);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of());
    }
}
