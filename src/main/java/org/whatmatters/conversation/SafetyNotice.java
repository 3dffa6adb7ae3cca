package org.whatmatters.conversation;

import org.whatmatters.safety.SafetyCategory;
import org.whatmatters.safety.SafetyLevel;

/** Tells a channel that the turn raised a safety concern (the signposting is already in the replies). */
public record SafetyNotice(SafetyLevel level, SafetyCategory category) {}
