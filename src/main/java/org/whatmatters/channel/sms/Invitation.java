package org.whatmatters.channel.sms;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A conversation a link worker started by sending an invitation text. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    private String id;
    private String phone;
    private String flowId;
    private String conversationId;
    private String invitedBy;
    private OffsetDateTime createdAt;

    protected Invitation() {}

    Invitation(String id, String phone, String flowId, String conversationId, String invitedBy, OffsetDateTime createdAt) {
        this.id = id;
        this.phone = phone;
        this.flowId = flowId;
        this.conversationId = conversationId;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String conversationId() { return conversationId; }
    OffsetDateTime createdAt() { return createdAt; }
}
