package org.whatmatters.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * @param options quick replies for the question now being asked (empty when finished)
 */
public record Transcript(String id, ConversationState state, List<Entry> messages, List<String> options) {

    /** @param safety true for the fixed help text sent after a safety concern */
    public record Entry(long id, Direction direction, String text, boolean safety, OffsetDateTime at) {}
}
