package org.whatmatters.channel.voice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What a call is waiting for between Twilio's requests. */
@Entity
@Table(name = "voice_call")
class VoiceCall {

    enum Awaiting {
        /** The caller's answer to the current question. */
        ANSWER,
        /** Yes or no: is what we heard right? */
        CONFIRM,
        /** Yes or no: carry on by text instead? */
        TEXT_INSTEAD,
        /** Yes or no: be put through to someone now? */
        TRANSFER
    }

    @Id
    private String callSid;
    private String conversationId;
    private int silences;
    @Enumerated(EnumType.STRING)
    private Awaiting awaiting;
    private String pendingText;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    protected VoiceCall() {}

    VoiceCall(String callSid, String conversationId, OffsetDateTime now) {
        this.callSid = callSid;
        this.conversationId = conversationId;
        this.awaiting = Awaiting.ANSWER;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void await(Awaiting what, String pending, OffsetDateTime now) {
        this.awaiting = what;
        this.pendingText = pending;
        this.updatedAt = now;
    }

    int silence(OffsetDateTime now) {
        this.updatedAt = now;
        return ++silences;
    }

    void heard(OffsetDateTime now) {
        this.silences = 0;
        this.updatedAt = now;
    }

    void moveTo(String conversationId) {
        this.conversationId = conversationId;
    }

    String conversationId() { return conversationId; }
    Awaiting awaiting() { return awaiting == null ? Awaiting.ANSWER : awaiting; }
    String pendingText() { return pendingText; }
}
