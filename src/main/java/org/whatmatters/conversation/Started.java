package org.whatmatters.conversation;

/** A new conversation: the secret token is returned only here, and only its hash is stored. */
public record Started(String id, String token, Outcome outcome) {}
