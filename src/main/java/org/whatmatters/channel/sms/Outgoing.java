package org.whatmatters.channel.sms;

import java.util.List;

/** One outgoing message the service wants to say (from the conversation engine). */
record Outgoing(String text, List<String> options, AnswerKind kind, int min, int max, boolean optional) {

    Outgoing {
        text = text == null ? "" : text;
        options = options == null ? List.of() : List.copyOf(options);
        kind = kind == null ? AnswerKind.NONE : kind;
    }

    /** A plain statement with no expected answer. */
    static Outgoing say(String text) {
        return new Outgoing(text, List.of(), AnswerKind.NONE, 0, 0, false);
    }

    /** True when this message asks something (has a kind or options), so it can carry a reply hint. */
    boolean asks() {
        return kind != AnswerKind.NONE || !options.isEmpty() || optional;
    }
}
