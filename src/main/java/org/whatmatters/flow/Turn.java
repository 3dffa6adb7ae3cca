package org.whatmatters.flow;

import java.util.List;

/** The result of starting a flow or handling one inbound message. */
public record Turn(EngineState state, List<Reply> replies, List<FlowEvent> events) {

    public Turn {
        replies = List.copyOf(replies);
        events = List.copyOf(events);
    }
}
