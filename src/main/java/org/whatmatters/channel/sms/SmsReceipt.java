package org.whatmatters.channel.sms;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One inbound Twilio message, handled once: a retry of the same MessageSid gets the same answer. */
@Entity
@Table(name = "sms_receipt")
class SmsReceipt {

    @Id
    private String messageSid;
    private String phone;
    private String conversationId;
    private String replyTwiml;
    private boolean sentAsync;
    private OffsetDateTime createdAt;

    protected SmsReceipt() {}

    SmsReceipt(String messageSid, String phone, String conversationId, String replyTwiml, boolean sentAsync, OffsetDateTime createdAt) {
        this.messageSid = messageSid;
        this.phone = phone;
        this.conversationId = conversationId;
        this.replyTwiml = replyTwiml;
        this.sentAsync = sentAsync;
        this.createdAt = createdAt;
    }

    String replyTwiml() { return replyTwiml; }
    boolean sentAsync() { return sentAsync; }
}
