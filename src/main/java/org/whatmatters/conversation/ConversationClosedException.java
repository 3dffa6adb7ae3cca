package org.whatmatters.conversation;

/** A message arrived for a conversation that has already completed or ended. */
public class ConversationClosedException extends RuntimeException {

    private final ConversationState state;

    ConversationClosedException(ConversationState state) {
        super("This conversation has " + (state == ConversationState.COMPLETED ? "finished" : "ended") + ". Please start a new one.");
        this.state = state;
    }

    public ConversationState state() {
        return state;
    }
}
