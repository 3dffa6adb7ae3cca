package org.whatmatters.safety;

/** A risk found in a message, with the exact words that raised it. */
public record SafetyFinding(SafetyLevel level, SafetyCategory category, String matchedText) {}
