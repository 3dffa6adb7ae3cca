package org.whatmatters.conversation;

import org.whatmatters.safety.SafetyCategory;
import org.whatmatters.safety.SafetyLevel;

public record SafetyConcernRaised(String conversationId, long messageId, SafetyLevel level, SafetyCategory category) {}
