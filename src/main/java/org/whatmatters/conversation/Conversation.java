package org.whatmatters.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.whatmatters.flow.Channel;

/** One person's conversation on one flow version. Guards its own state changes. */
@Entity
@Table(name = "conversation")
class Conversation {

    @Id
    private String id;
    private String tokenHash;
    private String flowId;
    private int flowVersion;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private ConversationState state;
    private String endReason;
    @Column(name = "engine_state")
    private String engineState;
    private boolean urgent;
    private boolean needsPerson;
    private String needsPersonReason;
    private String consentVersion;
    private Boolean consentGiven;
    private OffsetDateTime consentAt;
    private String phone;
    private String language;
    private Long languageMessageId;
    private OffsetDateTime callBackDoneAt;
    private String callBackDoneBy;
    private OffsetDateTime lastInboundAt;
    @Enumerated(EnumType.STRING)
    private Channel lastChannel;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Conversation() {}

    Conversation(String id, String tokenHash, String flowId, int flowVersion, Channel channel, String phone, String engineState,
            OffsetDateTime now) {
        this.id = id;
        this.phone = phone;
        this.lastChannel = channel;
        this.tokenHash = tokenHash;
        this.flowId = flowId;
        this.flowVersion = flowVersion;
        this.channel = channel;
        this.state = ConversationState.ACTIVE;
        this.engineState = engineState;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void advance(String newEngineState, OffsetDateTime now) {
        requireActive();
        this.engineState = newEngineState;
        this.updatedAt = now;
    }

    /** Notes an inbound message; says whether the person is back after a long gap or on another channel. */
    Arrival arrive(Channel via, OffsetDateTime now, java.time.Duration longGap) {
        boolean longAway = lastInboundAt != null && lastInboundAt.plus(longGap).isBefore(now);
        boolean otherChannel = lastChannel != null && lastChannel != via;
        this.lastInboundAt = now;
        this.lastChannel = via;
        return longAway ? Arrival.AFTER_LONG_GAP : otherChannel ? Arrival.ON_ANOTHER_CHANNEL : Arrival.AS_USUAL;
    }

    enum Arrival { AS_USUAL, AFTER_LONG_GAP, ON_ANOTHER_CHANNEL }

    /** The conversation carries on over another channel without the person saying anything (a call starts, or a call hands over to SMS). */
    void switchTo(Channel via, OffsetDateTime now) {
        requireActive();
        this.lastChannel = via;
        this.updatedAt = now;
    }

    void complete(OffsetDateTime now) {
        requireActive();
        this.state = ConversationState.COMPLETED;
        this.updatedAt = now;
    }

    void end(String reason, OffsetDateTime now) {
        requireActive();
        this.state = ConversationState.ENDED;
        this.endReason = reason;
        this.updatedAt = now;
    }

    void recordConsent(String version, boolean given, OffsetDateTime now) {
        this.consentVersion = version;
        this.consentGiven = given;
        this.consentAt = now;
    }

    void callBackDone(String by, OffsetDateTime now) {
        this.callBackDoneAt = now;
        this.callBackDoneBy = by;
    }

    /** Records, once, that the person seems to write in another language. Returns true the first time. */
    boolean languageSeen(String iso639_3, long messageId) {
        if (language != null) {
            return false;
        }
        this.language = iso639_3;
        this.languageMessageId = messageId;
        return true;
    }

    void markUrgent() {
        this.urgent = true;
    }

    void requestPerson(String reason) {
        this.needsPerson = true;
        if (this.needsPersonReason == null) {
            this.needsPersonReason = reason;
        }
    }

    private void requireActive() {
        if (state != ConversationState.ACTIVE) {
            throw new ConversationClosedException(state);
        }
    }

    String id() { return id; }
    String tokenHash() { return tokenHash; }
    String flowId() { return flowId; }
    int flowVersion() { return flowVersion; }
    Channel channel() { return channel; }
    ConversationState state() { return state; }
    String endReason() { return endReason; }
    String engineState() { return engineState; }
    boolean urgent() { return urgent; }
    boolean needsPerson() { return needsPerson; }
    String needsPersonReason() { return needsPersonReason; }
    String consentVersion() { return consentVersion; }
    Boolean consentGiven() { return consentGiven; }
    OffsetDateTime consentAt() { return consentAt; }
    OffsetDateTime createdAt() { return createdAt; }
    String phone() { return phone; }
    String language() { return language; }
    Long languageMessageId() { return languageMessageId; }
    OffsetDateTime callBackDoneAt() { return callBackDoneAt; }
    Channel lastChannel() { return lastChannel; }
}
