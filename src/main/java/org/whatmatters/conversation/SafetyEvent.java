package org.whatmatters.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.whatmatters.safety.SafetyCategory;
import org.whatmatters.safety.SafetyLevel;

/** A risk found in an inbound message, with the exact words that raised it. */
@Entity
@Table(name = "safety_event")
class SafetyEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String conversationId;
    private Long messageId;
    @Enumerated(EnumType.STRING)
    private SafetyLevel level;
    @Enumerated(EnumType.STRING)
    private SafetyCategory category;
    private String matchedText;
    private OffsetDateTime createdAt;

    protected SafetyEvent() {}

    SafetyEvent(String conversationId, Long messageId, SafetyLevel level, SafetyCategory category, String matchedText, OffsetDateTime createdAt) {
        this.conversationId = conversationId;
        this.messageId = messageId;
        this.level = level;
        this.category = category;
        this.matchedText = matchedText;
        this.createdAt = createdAt;
    }

    Long messageId() { return messageId; }
    SafetyLevel level() { return level; }
    SafetyCategory category() { return category; }
    String matchedText() { return matchedText; }
}
