package org.whatmatters.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A message in or out. Never changed once stored. */
@Entity
@Table(name = "message")
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String conversationId;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private String text;
    private String stepId;
    @Enumerated(EnumType.STRING)
    private org.whatmatters.flow.Channel channel;
    private boolean signposting;
    private OffsetDateTime createdAt;

    protected Message() {}

    Message(String conversationId, Direction direction, String text, String stepId, org.whatmatters.flow.Channel channel,
            boolean signposting, OffsetDateTime createdAt) {
        this.channel = channel;
        this.conversationId = conversationId;
        this.direction = direction;
        this.text = text;
        this.stepId = stepId;
        this.signposting = signposting;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String conversationId() { return conversationId; }
    Direction direction() { return direction; }
    String text() { return text; }
    String stepId() { return stepId; }
    boolean signposting() { return signposting; }
    org.whatmatters.flow.Channel channel() { return channel; }
    OffsetDateTime createdAt() { return createdAt; }
}
