package org.whatmatters.conversation;

import java.time.OffsetDateTime;
import org.whatmatters.flow.Channel;

/** A person who asked to talk to someone (or could not answer a question) and is waiting for a call. */
public record CallBack(String conversationId, OffsetDateTime createdAt, Channel channel, ConversationState state, boolean urgent,
        String reason, String phone) {}
