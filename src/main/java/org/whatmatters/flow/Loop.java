package org.whatmatters.flow;

/**
 * An "anything else?" loop on a free-text step: after each answer the person is asked {@code again},
 * until they say no or {@code max} answers were given. {@code more} is said when they only say "yes".
 */
public record Loop(int max, Wording again, Wording more) {}
