package org.whatmatters.conversation;

public enum ConversationState {
    /** The flow is under way. */
    ACTIVE,
    /** The flow finished and a plan was drafted. */
    COMPLETED,
    /** The conversation ended early: consent declined, or the person stopped. */
    ENDED
}
