package org.whatmatters.safety;

/**
 * One risk found in a message.
 *
 * @param matchedText the exact words of the message (a substring of the original, original case) that raised it
 */
public record SafetyFinding(SafetyLevel level, SafetyCategory category, String matchedText) {}
