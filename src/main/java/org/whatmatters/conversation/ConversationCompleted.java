package org.whatmatters.conversation;

/** Published inside the turn's transaction when a flow finishes, so the plan is drafted with it. */
public record ConversationCompleted(String conversationId) {}
