package org.whatmatters.conversation;

import java.util.List;
import org.whatmatters.flow.Reply;

/** What a turn produced: the conversation's state afterwards, the replies, and any safety notice. */
public record Outcome(String conversationId, ConversationState state, List<Reply> replies, SafetyNotice safety) {

    public Outcome {
        replies = List.copyOf(replies);
    }
}
