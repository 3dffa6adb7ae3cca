package org.whatmatters.conversation;

/** No conversation with this id and token. Deliberately does not say which of the two was wrong. */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException() {
        super("No conversation found.");
    }
}
